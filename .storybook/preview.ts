import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import apiDe from './api-de.json';
import { germanManifest } from './api-de.mjs';
import '../src/sonnec.js';
import './story-fetch.js';
import { globalTypes, initialGlobals, withThemeAndLanguage } from './theme-decorator.js';

// The docs pages in German; the JSDoc behind custom-elements.json stays English (see api-de.mjs).
setCustomElementsManifest(germanManifest(manifest, apiDe));

const preview: Preview = {
  // Every component gets a docs page from custom-elements.json: attributes, events, parts, custom properties.
  tags: ['autodocs'],
  globalTypes,
  initialGlobals,
  decorators: [withThemeAndLanguage],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    viewport: {
      options: {
        phone: { name: 'Phone (360 × 740)', styles: { width: '360px', height: '740px' } },
        desktop: { name: 'Desktop (1280 × 800)', styles: { width: '1280px', height: '800px' } },
        kiosk: { name: 'Kiosk 1080p portrait', styles: { width: '1080px', height: '1920px' } },
      },
    },
  },
};

export default preview;
