import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/sonnec-map.js';
import { CITY_CONTROL, LANG_CONTROL, radio, SAMPLE_FEED, THEME_CONTROL } from './story-helpers.js';

/**
 * Storybook has no tile server and stories must not reach the internet: "granted" points at a
 * local path that has no tiles, so it shows the map's polite "tiles unavailable" note, which is
 * exactly what a visitor sees offline.
 */
const LOCAL_TILES = '/tiles/{z}/{x}/{y}.png';

interface Args {
  src: string;
  lang: 'de' | 'en';
  view: 'map' | 'list';
  filters: boolean;
  showEvents: boolean;
  city: '' | 'sonneberg' | 'neustadt';
  category: string;
  limit: number | undefined;
  tiles: string;
  consent: '' | 'granted';
  rememberConsent: boolean;
  theme: '' | 'light' | 'dark' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Widgets/Map',
  component: 'sonnec-map',
  args: {
    src: SAMPLE_FEED,
    lang: 'de',
    view: 'map',
    filters: false,
    showEvents: false,
    city: '',
    category: '',
    limit: undefined,
    tiles: '',
    consent: '',
    rememberConsent: false,
    theme: '',
  },
  argTypes: {
    lang: LANG_CONTROL,
    view: radio(['map', 'list']),
    city: CITY_CONTROL,
    consent: radio(['', 'granted']),
    theme: THEME_CONTROL,
  },
  render: (args) => html`
    <sonnec-map
      src=${args.src}
      lang=${args.lang}
      view=${args.view}
      ?filters=${args.filters}
      ?show-events=${args.showEvents}
      city=${args.city || nothing}
      category=${args.category || nothing}
      limit=${args.limit ?? nothing}
      tiles=${args.tiles || nothing}
      consent=${args.consent || nothing}
      ?remember-consent=${args.rememberConsent}
      theme=${args.theme || nothing}
    >
      <a href="https://www.sonneberg.de">Ausflugsziele auf sonneberg.de</a>
    </sonnec-map>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Before consent: the schematic map from our own data, and the offer to load the detailed map. */
export const Consent: Story = {};
/** Tiles allowed by the webmaster (self-hosted); here without a tile server, so the polite note shows. */
export const Granted: Story = { args: { consent: 'granted', tiles: LOCAL_TILES } };
export const ListView: Story = { args: { view: 'list' } };
export const Filtered: Story = { args: { filters: true, city: 'neustadt' } };
export const EventsOnTheMap: Story = {
  args: { showEvents: true, category: 'event', limit: 25, filters: true },
};
export const English: Story = { args: { lang: 'en', filters: true } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Loading: Story = { args: { src: '/__story/loading' } };
export const Error: Story = { args: { src: '/__story/404' } };
