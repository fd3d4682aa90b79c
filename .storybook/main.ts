import type { StorybookConfig } from '@storybook/web-components-vite';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The sample feed and its images and documents, served as /feeds/… (no network needed).
  staticDirs: [{ from: '../demo/feeds', to: '/feeds' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    viteConfig.resolve ??= {};
    viteConfig.resolve.alias = [
      // Leaflet 1.9's "main" is UMD; use its ES module.
      { find: /^leaflet$/, replacement: require.resolve('leaflet/dist/leaflet-src.esm.js') },
    ];
    return viteConfig;
  },
};

export default config;
