/**
 * The title of a VEVENT without SUMMARY. RFC 5545 makes SUMMARY optional, and calendar apps show
 * such events all the same (Google: "(Kein Titel)" / "(No title)"), so the widgets do too: the
 * first line of the DESCRIPTION, else the LOCATION, else that same fixed text. The adapter
 * notes it per event (a `kept` entry of the feed's `dropped` report).
 */
import { htmlToText, looksLikeHtml } from './wire.js';

/** As Google Calendar labels an event without a title, in both languages. */
export const NO_TITLE = { de: '(Kein Titel)', en: '(No title)' } as const;

/** Longer first lines are cut at a word, as the RSS adapter cuts titles taken from text. */
const TITLE_LENGTH = 80;

export interface FallbackTitle {
  readonly title: string | typeof NO_TITLE;
  /** For the report: what the title was taken from. */
  readonly reason: string;
}

export function fallbackTitle(
  description: string | undefined,
  location: string | undefined,
): FallbackTitle {
  const line = description && firstLine(description);
  if (line)
    return { title: cut(line), reason: 'no SUMMARY: the title is the DESCRIPTION’s first line' };
  if (location)
    return { title: cut(oneLine(location)), reason: 'no SUMMARY: the title is the LOCATION' };
  return { title: NO_TITLE, reason: `no SUMMARY: shown as “${NO_TITLE.de}”` };
}

/** The first non-empty line of a text, or of an HTML fragment (up to its first block or break). */
function firstLine(text: string): string | undefined {
  const lines = looksLikeHtml(text)
    ? text
        .split(/<\/?(?:p|br|div|li|ul|ol|h[1-6]|tr|table|blockquote)\b[^<>]*>/i)
        .map((part) => htmlToText(part))
    : text.split(/\r\n?|\n/);
  return lines.map(oneLine).find(Boolean);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function cut(text: string): string {
  if (text.length <= TITLE_LENGTH) return text;
  const head = text.slice(0, TITLE_LENGTH);
  const word = head.replace(/\s+\S*$/, '');
  return `${(word.length > TITLE_LENGTH / 2 ? word : head).replace(/[\s,.;:–-]+$/, '')}…`;
}
