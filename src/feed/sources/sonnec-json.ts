/** The project's own JSON feed (docs/feed.md). */
import { FeedError } from '../errors.js';
import type { Feed } from '../types.js';
import { validateFeed } from '../validate.js';

export function parseSonnecJson(text: string): Feed {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new FeedError('parse', 'The feed is not valid JSON.');
  }
  return validateFeed(raw);
}
