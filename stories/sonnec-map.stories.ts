import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/sonnec-map.js';
import { CITY_CONTROL, LANG_CONTROL, radio, SAMPLE_FEED, THEME_CONTROL } from './story-helpers.js';

/**
 * Storybook has no tile server and stories must not reach the internet: "granted" shows the
 * fixture tiles of the region (demo/tiles, served as /tiles/…), drawn from our own boundary data
 * by scripts/make-fixture-tiles.mjs for zoom 8–14; the map enlarges them beyond.
 */
const LOCAL_TILES = '/tiles/{z}/{x}/{y}.png';
const LOCAL_TILES_MAX_ZOOM = 14;
const LOCAL_ATTRIBUTION = 'Demo-Kacheln aus eigenen Daten';

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
  tilesMaxZoom: number | undefined;
  attribution: string;
  consent: '' | 'granted';
  rememberConsent: boolean;
  theme: '' | 'light' | 'dark' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Widgets/Karte',
  component: 'sonnec-map',
  parameters: {
    docs: {
      description: {
        component:
          'Ausflugsziele (und auf Wunsch Veranstaltungen) auf einer Karte mit gleichwertiger Liste. Ohne Einwilligung nur die Übersichtskarte aus eigenen Daten, keine Anfrage an Dritte.',
      },
    },
  },
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
    tilesMaxZoom: undefined,
    attribution: '',
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
      tiles-max-zoom=${args.tilesMaxZoom ?? nothing}
      attribution=${args.attribution || nothing}
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

/** Vor der Einwilligung: die Übersichtskarte aus eigenen Daten und das Angebot, die Detailkarte zu laden. */
export const Consent: Story = {
  name: 'Vor der Einwilligung',
};
/** Kacheln von der Redaktion freigegeben (selbst gehostet): hier Demo-Kacheln der Region, aus eigenen Daten gezeichnet, ohne Netz. */
export const Granted: Story = {
  name: 'Kacheln freigegeben',
  args: {
    consent: 'granted',
    tiles: LOCAL_TILES,
    tilesMaxZoom: LOCAL_TILES_MAX_ZOOM,
    attribution: LOCAL_ATTRIBUTION,
  },
};
export const ListView: Story = { name: 'Listenansicht', args: { view: 'list' } };
export const Filtered: Story = { name: 'Gefiltert', args: { filters: true, city: 'neustadt' } };
export const EventsOnTheMap: Story = {
  name: 'Veranstaltungen auf der Karte',
  args: { showEvents: true, category: 'event', limit: 25, filters: true },
};
export const English: Story = { name: 'Englisch', args: { lang: 'en', filters: true } };
export const Dark: Story = { name: 'Dunkel', args: { theme: 'dark' } };
export const Loading: Story = { name: 'Lädt', args: { src: '/__story/loading' } };
export const Error: Story = { name: 'Fehler', args: { src: '/__story/404' } };
