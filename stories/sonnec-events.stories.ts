import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/sonnec-events.js';
import type { SonnecEvents } from '../src/components/events/sonnec-events.js';
import { parseIsoDate } from '../src/feed/berlin-time.js';
import {
  CITY_CONTROL,
  LANG_CONTROL,
  radio,
  SAMPLE_FEED,
  STATE_FEEDS,
  THEME_CONTROL,
} from './story-helpers.js';

interface Args {
  src: string;
  lang: 'de' | 'en';
  layout: 'list' | 'cards' | 'compact';
  filters: boolean;
  city: '' | 'sonneberg' | 'neustadt';
  category: string;
  place: string;
  organizer: string;
  from: string;
  to: string;
  limit: number | undefined;
  pageSize: number;
  theme: '' | 'light' | 'dark' | 'auto';
  /** The clock, a Berlin date-time: a Friday in Advent, when the sample feed is busy. */
  now: string;
  /** Opens the first event's detail dialog once the feed is loaded. */
  openFirst: boolean;
}

async function openFirst(e: Event): Promise<void> {
  const el = e.currentTarget as SonnecEvents;
  await el.updateComplete;
  el.shadowRoot?.querySelector<HTMLButtonElement>('button[part~="title"]')?.click();
}

const meta: Meta<Args> = {
  title: 'Widgets/Events',
  component: 'sonnec-events',
  args: {
    src: SAMPLE_FEED,
    lang: 'de',
    layout: 'list',
    filters: false,
    city: '',
    category: '',
    place: '',
    organizer: '',
    from: '',
    to: '',
    limit: undefined,
    pageSize: 20,
    theme: '',
    now: '2026-12-04T18:00',
    openFirst: false,
  },
  argTypes: {
    lang: LANG_CONTROL,
    layout: radio(['list', 'cards', 'compact']),
    city: CITY_CONTROL,
    theme: THEME_CONTROL,
    now: { control: 'text' },
  },
  render: (args) => html`
    <sonnec-events
      src=${args.src}
      lang=${args.lang}
      layout=${args.layout}
      ?filters=${args.filters}
      city=${args.city || nothing}
      category=${args.category || nothing}
      place=${args.place || nothing}
      organizer=${args.organizer || nothing}
      from=${args.from || nothing}
      to=${args.to || nothing}
      limit=${args.limit ?? nothing}
      page-size=${args.pageSize}
      theme=${args.theme || nothing}
      .now=${parseIsoDate(args.now)?.epoch}
      @sonnec-load=${args.openFirst ? openFirst : nothing}
    >
      <a href="https://www.sonneberg.de">Alle Veranstaltungen auf sonneberg.de</a>
    </sonnec-events>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const List: Story = {};
export const Cards: Story = { args: { layout: 'cards', pageSize: 9 } };
export const Compact: Story = { args: { layout: 'compact', limit: 6 } };
export const WithFilters: Story = { args: { filters: true } };
export const CardsWithFilters: Story = { args: { layout: 'cards', filters: true, pageSize: 9 } };
/** What the Sonneberg city page shows: the partner city's music. */
export const NeustadtMusic: Story = {
  args: { city: 'neustadt', category: 'Musik', filters: true },
};
/** A partner business: only the events at one place. */
export const OnePlace: Story = { args: { place: 'sternwarte-sonneberg', layout: 'compact' } };
/** The hotel box of demo/partner.html. */
export const PartnerHotel: Story = { args: { layout: 'compact', city: 'neustadt', limit: 5 } };
/** A fixed window: the Christmas season only. */
export const ChristmasSeason: Story = { args: { from: '2026-12-19', to: '2026-12-26' } };
export const Paged: Story = { args: { pageSize: 5 } };
export const DetailDialog: Story = { args: { openFirst: true } };
/** A recurring event (the observatory's monthly evening): this date or the whole series. */
export const DetailDialogSeries: Story = {
  args: { place: 'sternwarte-sonneberg', openFirst: true },
};
export const English: Story = { args: { lang: 'en', filters: true } };
export const EnglishCards: Story = { args: { lang: 'en', layout: 'cards', pageSize: 9 } };
export const EnglishCompact: Story = { args: { lang: 'en', layout: 'compact', limit: 6 } };
export const EnglishDetailDialog: Story = { args: { lang: 'en', openFirst: true } };
export const Dark: Story = { args: { theme: 'dark', filters: true } };
export const DarkCards: Story = { args: { theme: 'dark', layout: 'cards', pageSize: 9 } };
export const Loading: Story = { args: { src: STATE_FEEDS.loading } };
export const Empty: Story = { args: { src: STATE_FEEDS.empty } };
export const EmptyEnglish: Story = { args: { src: STATE_FEEDS.empty, lang: 'en' } };
export const Error: Story = { args: { src: STATE_FEEDS.notFound } };
export const ErrorEnglish: Story = { args: { src: STATE_FEEDS.serverError, lang: 'en' } };
