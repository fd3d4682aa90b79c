import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/sonnec-downloads.js';
import { LANG_CONTROL, radio, SAMPLE_FEED, STATE_FEEDS, THEME_CONTROL } from './story-helpers.js';

interface Args {
  src: string;
  lang: 'de' | 'en';
  sort: 'date' | 'title';
  filters: boolean;
  category: string;
  limit: number | undefined;
  theme: '' | 'light' | 'dark' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Widgets/Dokumente',
  component: 'sonnec-downloads',
  parameters: {
    docs: {
      description: {
        component:
          'Die Dokumente der Allianz (ILREK Standard- und Kurzfassung, Flyer, Formulare), gruppiert, mit Format und Größe.',
      },
    },
  },
  args: {
    src: SAMPLE_FEED,
    lang: 'de',
    sort: 'date',
    filters: false,
    category: '',
    limit: undefined,
    theme: '',
  },
  argTypes: {
    lang: LANG_CONTROL,
    sort: radio(['date', 'title']),
    theme: THEME_CONTROL,
  },
  render: (args) => html`
    <sonnec-downloads
      src=${args.src}
      lang=${args.lang}
      sort=${args.sort}
      ?filters=${args.filters}
      category=${args.category || nothing}
      limit=${args.limit ?? nothing}
      theme=${args.theme || nothing}
    >
      <a href="https://www.sonneberg.de">Alle Dokumente auf sonneberg.de</a>
    </sonnec-downloads>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Grouped: Story = { name: 'Gruppiert' };
export const WithSortControl: Story = { name: 'Mit Sortierung', args: { filters: true } };
export const SortedByTitle: Story = { name: 'Nach Titel sortiert', args: { sort: 'title' } };
export const OnlyIlrek: Story = { name: 'Nur ILREK', args: { category: 'ILREK' } };
export const Limited: Story = { name: 'Begrenzt', args: { limit: 3 } };
export const English: Story = { name: 'Englisch', args: { lang: 'en', filters: true } };
export const Dark: Story = { name: 'Dunkel', args: { theme: 'dark' } };
export const Loading: Story = { name: 'Lädt', args: { src: STATE_FEEDS.loading } };
export const Empty: Story = { name: 'Leer', args: { src: STATE_FEEDS.empty } };
export const Error: Story = { name: 'Fehler', args: { src: STATE_FEEDS.notFound } };
export const ErrorEnglish: Story = {
  name: 'Fehler, englisch',
  args: { src: STATE_FEEDS.serverError, lang: 'en' },
};
