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
  /** Die Uhr, Berliner Ortszeit: ein Freitag im Advent, wenn der Beispiel-Feed voll ist. */
  now: string;
  /** Öffnet den Detaildialog der ersten Veranstaltung, sobald der Feed geladen ist. */
  openFirst: boolean;
}

async function openFirst(e: Event): Promise<void> {
  const el = e.currentTarget as SonnecEvents;
  await el.updateComplete;
  el.shadowRoot?.querySelector<HTMLButtonElement>('button[part~="title"]')?.click();
}

const meta: Meta<Args> = {
  title: 'Widgets/Veranstaltungen',
  component: 'sonnec-events',
  parameters: {
    docs: {
      description: {
        component:
          'Der gemeinsame Veranstaltungskalender beider Städte: kommende Termine nach Tagen, mit Filtern, Terminreihen, Detaildialog und „Zum Kalender hinzufügen“.',
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

export const List: Story = { name: 'Liste' };
export const Cards: Story = { name: 'Karten', args: { layout: 'cards', pageSize: 9 } };
export const Compact: Story = { name: 'Kompakt', args: { layout: 'compact', limit: 6 } };
export const WithFilters: Story = { name: 'Mit Filtern', args: { filters: true } };
export const CardsWithFilters: Story = {
  name: 'Karten mit Filtern',
  args: { layout: 'cards', filters: true, pageSize: 9 },
}; /** Was die Sonneberger Stadtseite zeigt: die Musik der Partnerstadt. */
export const NeustadtMusic: Story = {
  name: 'Musik in Neustadt',
  args: { city: 'neustadt', category: 'Musik', filters: true },
}; /** Ein Partnerbetrieb: nur die Veranstaltungen an einem Ort. */
export const OnePlace: Story = {
  name: 'Ein Ort (Partnerbetrieb)',
  args: { place: 'sternwarte-sonneberg', layout: 'compact' },
}; /** Der Hotel-Kasten aus demo/partner.html. */
export const PartnerHotel: Story = {
  name: 'Hotel-Kasten (Partnerbetrieb)',
  args: { layout: 'compact', city: 'neustadt', limit: 5 },
}; /** Ein fester Zeitraum: nur die Weihnachtszeit. */
export const ChristmasSeason: Story = {
  name: 'Weihnachtszeit',
  args: { from: '2026-12-19', to: '2026-12-26' },
};
/** Ein abgesagter Termin (der Silvesterlauf des Beispiel-Feeds): das Wort neben dem Titel, die Zeit bleibt lesbar. */
export const Cancelled: Story = {
  name: 'Abgesagter Termin',
  args: { city: 'neustadt', from: '2026-12-31', to: '2026-12-31', layout: 'cards' },
};
export const Paged: Story = { name: 'Seitenweise', args: { pageSize: 5 } };
export const DetailDialog: Story = {
  name: 'Detaildialog',
  tags: ['!autodocs'],
  args: { openFirst: true },
}; /** Eine Terminreihe (der monatliche Abend der Sternwarte): dieser Termin oder die ganze Reihe. Nicht auf der Dokumentationsseite, weil der Dialog modal ist. */
export const DetailDialogSeries: Story = {
  name: 'Detaildialog einer Terminreihe',
  tags: ['!autodocs'],
  args: { place: 'sternwarte-sonneberg', openFirst: true },
};
export const English: Story = { name: 'Englisch', args: { lang: 'en', filters: true } };
export const EnglishCards: Story = {
  name: 'Englisch, Karten',
  args: { lang: 'en', layout: 'cards', pageSize: 9 },
};
export const EnglishCompact: Story = {
  name: 'Englisch, kompakt',
  args: { lang: 'en', layout: 'compact', limit: 6 },
};
export const EnglishDetailDialog: Story = {
  name: 'Englisch, Detaildialog',
  tags: ['!autodocs'],
  args: { lang: 'en', openFirst: true },
};
export const Dark: Story = { name: 'Dunkel', args: { theme: 'dark', filters: true } };
export const DarkCards: Story = {
  name: 'Dunkel, Karten',
  args: { theme: 'dark', layout: 'cards', pageSize: 9 },
};
export const Loading: Story = { name: 'Lädt', args: { src: STATE_FEEDS.loading } };
export const Empty: Story = { name: 'Leer', args: { src: STATE_FEEDS.empty } };
export const EmptyEnglish: Story = {
  name: 'Leer, englisch',
  args: { src: STATE_FEEDS.empty, lang: 'en' },
};
export const Error: Story = { name: 'Fehler', args: { src: STATE_FEEDS.notFound } };
export const ErrorEnglish: Story = {
  name: 'Fehler, englisch',
  args: { src: STATE_FEEDS.serverError, lang: 'en' },
};
