/** The English half of the messages every widget shares (i18n.ts `common`). */
import type { CommonMessages } from './i18n.js';

export const common: CommonMessages = {
  loading: 'Loading …',
  loadMore: 'Load more',
  partFailed: 'This content could not be loaded just now. Please try again.',
  asOf: (when) => `As of ${when}`,
  cities: {
    sonneberg: 'Sonneberg',
    neustadt: 'Neustadt b. Coburg',
    both: 'Sonneberg & Neustadt',
  },
};
