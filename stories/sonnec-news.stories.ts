import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/sonnec-news.js';
import { parseIsoDate } from '../src/feed/berlin-time.js';
import { CITY_CONTROL, LANG_CONTROL, radio, SAMPLE_FEED, THEME_CONTROL } from './story-helpers.js';

interface Args {
  src: string;
  lang: 'de' | 'en';
  layout: 'list' | 'cards' | 'teaser' | 'timeline';
  filters: boolean;
  city: '' | 'sonneberg' | 'neustadt';
  category: string;
  limit: number | undefined;
  pageSize: number;
  theme: '' | 'light' | 'dark' | 'auto';
  /** Die Uhr für die Marke „Neu“, ein Berliner Datum: die neuesten Beiträge des Beispiel-Feeds gelten als neu. */
  now: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Neuigkeiten',
  component: 'sonnec-news',
  parameters: {
    docs: {
      description: {
        component:
          'Gemeinsame Neuigkeiten beider Städte als Liste, Karten, Anreißer oder Zeitleiste der Geschichte.',
      },
    },
  },
  args: {
    src: SAMPLE_FEED,
    lang: 'de',
    layout: 'list',
    filters: false,
    city: '',
    category: '',
    limit: undefined,
    pageSize: 10,
    theme: '',
    now: '2026-12-04',
  },
  argTypes: {
    lang: LANG_CONTROL,
    layout: radio(['list', 'cards', 'teaser', 'timeline']),
    city: CITY_CONTROL,
    theme: THEME_CONTROL,
    now: { control: 'text' },
  },
  render: (args) => html`
    <sonnec-news
      src=${args.src}
      lang=${args.lang}
      layout=${args.layout}
      ?filters=${args.filters}
      city=${args.city || nothing}
      category=${args.category || nothing}
      limit=${args.limit ?? nothing}
      page-size=${args.pageSize}
      theme=${args.theme || nothing}
      .now=${parseIsoDate(args.now)?.epoch}
    >
      <a href="https://www.sonneberg.de">Alle Meldungen auf sonneberg.de</a>
    </sonnec-news>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const List: Story = { name: 'Liste' };
export const Cards: Story = { name: 'Karten', args: { layout: 'cards', pageSize: 6 } };
export const Teaser: Story = { name: 'Anreißer', args: { layout: 'teaser' } };
export const TeaserOne: Story = { name: 'Ein Anreißer', args: { layout: 'teaser', limit: 1 } };
export const Timeline: Story = {
  name: 'Zeitleiste',
  args: { layout: 'timeline', category: 'Geschichte' },
};
export const WithFilters: Story = { name: 'Mit Filtern', args: { filters: true } };
export const TimelineWithFilters: Story = {
  name: 'Zeitleiste mit Filtern',
  args: { layout: 'timeline', category: 'Geschichte', filters: true },
}; /** Was die Sonneberger Stadtseite zeigt: die Neuigkeiten der Partnerstadt. */
export const PartnerCityNeustadt: Story = {
  name: 'Partnerstadt Neustadt',
  args: { city: 'neustadt', layout: 'cards' },
};
export const English: Story = { name: 'Englisch', args: { lang: 'en', filters: true } };
export const EnglishTimeline: Story = {
  name: 'Englisch, Zeitleiste',
  args: { lang: 'en', layout: 'timeline', category: 'History' },
};
export const Dark: Story = { name: 'Dunkel', args: { theme: 'dark', layout: 'cards' } };
export const Loading: Story = { name: 'Lädt', args: { src: '/__story/loading' } };
export const Empty: Story = { name: 'Leer', args: { src: '/__story/empty' } };
export const Error: Story = { name: 'Fehler', args: { src: '/__story/404' } };
export const ErrorEnglish: Story = {
  name: 'Fehler, englisch',
  args: { src: '/__story/500', lang: 'en' },
};
