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
  /** The clock for the "Neu" mark, a Berlin date: the sample feed's newest items count as new. */
  now: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/News',
  component: 'sonnec-news',
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
    now: '2026-11-03',
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

export const List: Story = {};
export const Cards: Story = { args: { layout: 'cards', pageSize: 6 } };
export const Teaser: Story = { args: { layout: 'teaser' } };
export const TeaserOne: Story = { args: { layout: 'teaser', limit: 1 } };
export const Timeline: Story = { args: { layout: 'timeline', category: 'Geschichte' } };
export const WithFilters: Story = { args: { filters: true } };
export const TimelineWithFilters: Story = {
  args: { layout: 'timeline', category: 'Geschichte', filters: true },
};
/** What the Sonneberg city page shows: the partner city's news. */
export const PartnerCityNeustadt: Story = { args: { city: 'neustadt', layout: 'cards' } };
export const English: Story = { args: { lang: 'en', filters: true } };
export const EnglishTimeline: Story = {
  args: { lang: 'en', layout: 'timeline', category: 'History' },
};
export const Dark: Story = { args: { theme: 'dark', layout: 'cards' } };
export const Loading: Story = { args: { src: '/__story/loading' } };
export const Empty: Story = { args: { src: '/__story/empty' } };
export const Error: Story = { args: { src: '/__story/404' } };
export const ErrorEnglish: Story = { args: { src: '/__story/500', lang: 'en' } };
