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
  parameters: {
    viewport: { defaultViewport: 'kiosk' },
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Die Widgets im Wechsel auf einem Touch-Bildschirm im Tourismusbüro: unbeaufsichtigt, mit QR-Codes statt Links und Zurücksetzen nach „Noch da?“.',
      },
    },
  },
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

export const Rotating: Story = {
  name: 'Wechselnd',
}; /** Nur der Ausflugstipp: ein Ort aus dem Feed mit seinem QR-Code. */
export const FeaturedPlace: Story = { name: 'Ausflugstipp', args: { views: 'place' } };
export const NewsAndMap: Story = {
  name: 'Neuigkeiten und Karte',
  args: { views: 'news,map' },
}; /** „Noch da?“ nach 10 s ohne Berührung (zuerst den Bildschirm berühren). */
export const QuickIdle: Story = { name: '„Noch da?“ nach 10 s', args: { idle: 10 } };
export const English: Story = { name: 'Englisch', args: { lang: 'en' } };
export const Dark: Story = { name: 'Dunkel', args: { theme: 'dark' } };
export const Error: Story = { name: 'Fehler', args: { src: STATE_FEEDS.serverError } };
/** Ein Widget im Kiosk-Modus: die Dokumente als QR-Codes statt Links. */
export const DownloadsInKioskMode: StoryObj = {
  name: 'Dokumente im Kiosk-Modus',
  render: () => html`<sonnec-downloads kiosk src=${SAMPLE_FEED}></sonnec-downloads>`,
};
