import type { StorybookConfig } from '@storybook/web-components-vite';
import { LEAFLET_ESM } from '../scripts/leaflet-alias.mjs';
import { leafletTrustedTypes } from '../scripts/leaflet-trusted-types.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The sample feed and its images and documents, served as /feeds/… (no network needed).
  // The fixture tiles of the region (scripts/make-fixture-tiles.mjs), served as /tiles/….
  staticDirs: [
    { from: '../demo/feeds', to: '/feeds' },
    { from: '../demo/tiles', to: '/tiles' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    viteConfig.resolve ??= {};
    viteConfig.resolve.alias = [
      // Leaflet 1.9's "main" is UMD; use its ES module.
      { find: /^leaflet$/, replacement: LEAFLET_ESM },
    ];
    // Leaflet's own innerHTML strings through our Trusted Types policy, as in the bundle. Vite
    // would pre-bundle Leaflet past our plugins, so it is served as it is, and transformed.
    viteConfig.plugins = [...(viteConfig.plugins ?? []), leafletTrustedTypes()];
    viteConfig.optimizeDeps ??= {};
    viteConfig.optimizeDeps.exclude = [...(viteConfig.optimizeDeps.exclude ?? []), 'leaflet'];
    return viteConfig;
  },
};

export default config;
