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
