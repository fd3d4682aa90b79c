/** Shared by the stories (not a story file: Storybook would take its exports for stories). */

/** The sample feed, served by Storybook from demo/feeds (see .storybook/main.ts). */
export const SAMPLE_FEED = '/feeds/sonnec.json';

/** Feed URLs that .storybook/story-fetch.ts answers with a simulated state. */
export const STATE_FEEDS = {
  loading: '/__story/loading',
  empty: '/__story/empty',
  notFound: '/__story/404',
  serverError: '/__story/500',
} as const;

/** A row of radio buttons in the Controls panel. */
export const radio = (options: string[]) => ({ control: 'inline-radio' as const, options });

/** The controls of attributes several widgets share. */
export const LANG_CONTROL = radio(['de', 'en']);
export const CITY_CONTROL = radio(['', 'sonneberg', 'neustadt']);
export const THEME_CONTROL = radio(['', 'light', 'dark', 'auto']);
