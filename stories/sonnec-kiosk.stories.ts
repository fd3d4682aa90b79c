import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/sonnec-kiosk.js';
import '../src/define/sonnec-downloads.js';
import { LANG_CONTROL, SAMPLE_FEED, STATE_FEEDS, THEME_CONTROL } from './story-helpers.js';

interface Args {
  src: string;
  lang: 'de' | 'en';
  views: string;
  rotate: number;
  idle: number;
  refresh: number;
  theme: '' | 'light' | 'dark' | 'auto';
}

/**
 * The tourism offices' touch display: rotating views, a pause control, "Noch da?" after `idle`
 * seconds and a full reset 20 s later. Best seen with the "Kiosk 1080p portrait" viewport.
 * In the catalogue it writes the last good feed to this browser's localStorage, as a kiosk does.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Kiosk',
  component: 'sonnec-kiosk',
  parameters: { viewport: { defaultViewport: 'kiosk' }, layout: 'fullscreen' },
  globals: { viewport: { value: 'kiosk', isRotated: false } },
  args: {
    src: SAMPLE_FEED,
    lang: 'de',
    views: 'today,week,news,map,place',
    rotate: 20,
    idle: 90,
    refresh: 10,
    theme: '',
  },
  argTypes: {
    lang: LANG_CONTROL,
    theme: THEME_CONTROL,
  },
  render: (args) => html`
    <sonnec-kiosk
      src=${args.src}
      lang=${args.lang}
      views=${args.views}
      rotate=${args.rotate}
      idle=${args.idle}
      refresh=${args.refresh}
      theme=${args.theme || nothing}
      style="--sonnec-kiosk-height: 100vh"
    >
      <p>Veranstaltungen: sonneberg.de · neustadt-bei-coburg.de</p>
    </sonnec-kiosk>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Rotating: Story = {};
/** The featured destination alone: a place of the feed with its QR code. */
export const FeaturedPlace: Story = { args: { views: 'place' } };
export const NewsAndMap: Story = { args: { views: 'news,map' } };
/** "Noch da?" after 10 s without a touch (touch the display first). */
export const QuickIdle: Story = { args: { idle: 10 } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Error: Story = { args: { src: STATE_FEEDS.serverError } };

/** One widget in kiosk mode: the documents as QR codes instead of links. */
export const DownloadsInKioskMode: StoryObj = {
  render: () => html`<sonnec-downloads kiosk src=${SAMPLE_FEED}></sonnec-downloads>`,
};
