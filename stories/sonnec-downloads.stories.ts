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
  title: 'Widgets/Downloads',
  component: 'sonnec-downloads',
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

export const Grouped: Story = {};
export const WithSortControl: Story = { args: { filters: true } };
export const SortedByTitle: Story = { args: { sort: 'title' } };
export const OnlyIlrek: Story = { args: { category: 'ILREK' } };
export const Limited: Story = { args: { limit: 3 } };
export const English: Story = { args: { lang: 'en', filters: true } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Loading: Story = { args: { src: STATE_FEEDS.loading } };
export const Empty: Story = { args: { src: STATE_FEEDS.empty } };
export const Error: Story = { args: { src: STATE_FEEDS.notFound } };
export const ErrorEnglish: Story = { args: { src: STATE_FEEDS.serverError, lang: 'en' } };
