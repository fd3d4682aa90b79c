/**
 * Microsoft's Channel Definition Format (CDF, W3C Note of 1997, read by feedparser as a feed): a
 * root `<CHANNEL HREF=… BASE=… LASTMOD=…>` with `<TITLE>`, `<ABSTRACT>`, `<LOGO>` and `<ITEM
 * HREF=… LASTMOD=…>` children, which hold the same; sub-channels nest further `<CHANNEL>`s.
 * Element and attribute names are matched in any case (the Note writes them upper case,
 * feedparser lower-cases them).
 *
 * This module knows the structure only; the RSS/Atom adapter finishes the items as it finishes
 * its own (titles from text, the channel's date for items without one, the notes).
 */
import { readFeedDate } from './feed-dates.js';
import { absoluteLink, baseOf } from './xml-base.js';
import { childElements, textOf } from './xml-nodes.js';

export interface CdfItem {
  readonly url?: string;
  readonly title?: string;
  /** ABSTRACT, as written (text). */
  readonly abstract?: string;
  readonly image?: string;
  /** Wire date, when LASTMOD reads. */
  readonly date?: string;
  readonly problem?: string;
}

export interface CdfChannel {
  readonly title?: string;
  readonly date?: string;
  /** Every ITEM of the channel and its sub-channels, in document order. */
  readonly items: readonly CdfItem[];
}

export function isCdf(root: Element): boolean {
  return root.localName.toUpperCase() === 'CHANNEL';
}

export function readCdf(root: Element, sourceUrl: string | undefined): CdfChannel {
  const items: CdfItem[] = [];
  collect(root, baseOf(root, sourceUrl), items);
  return {
    ...optional('title', textOf(kid(root, 'TITLE')) ?? attr(root, 'TITLE')),
    ...optional('date', lastMod(root).date),
    items,
  };
}

/** The ITEMs of a channel and of the channels it nests, each resolved against its BASE. */
function collect(channel: Element, outer: string | undefined, items: CdfItem[]): void {
  const base = resolve(attr(channel, 'BASE'), outer);
  for (const el of childElements(channel)) {
    const name = el.localName.toUpperCase();
    if (name === 'CHANNEL') collect(el, base, items);
    if (name !== 'ITEM') continue;
    const url = absoluteLink(attr(el, 'HREF'), base);
    const image = logoOf(el, base);
    items.push({
      ...optional('url', url),
      ...optional('title', textOf(kid(el, 'TITLE')) ?? attr(el, 'TITLE')),
      ...optional('abstract', textOf(kid(el, 'ABSTRACT')) ?? attr(el, 'ABSTRACT')),
      ...optional('image', image),
      ...lastMod(el),
    });
  }
}

/**
 * LASTMOD, ISO 8601 as the Note writes it (`1998-11-05T22:12`). Without an offset it is UTC, as
 * feedparser (the reference reader) and W3C-DTF read it; never Berlin time.
 */
function lastMod(el: Element): { date?: string; problem?: string } {
  const value = attr(el, 'LASTMOD');
  if (!value) return {};
  const utc = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(value)
    ? `${value.length === 10 ? `${value}T00:00` : value}Z`
    : value;
  const { wire, problem } = readFeedDate(utc) ?? {};
  return { ...optional('date', wire), ...optional('problem', problem) };
}

/** A LOGO shown as a picture (STYLE IMAGE or IMAGE-WIDE; ICON is too small for a card). */
function logoOf(item: Element, base: string | undefined): string | undefined {
  const logo = kids(item, 'LOGO').find((el) => /^IMAGE/i.test(attr(el, 'STYLE') ?? ''));
  return logo && absoluteLink(attr(logo, 'HREF'), base);
}

function kids(parent: Element, name: string): Element[] {
  return childElements(parent).filter((el) => el.localName.toUpperCase() === name);
}

const kid = (parent: Element, name: string) => kids(parent, name)[0];

/** An attribute in any case: CDF writes HREF, feeds in the wild also href. */
function attr(el: Element, name: string): string | undefined {
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (a.name.toUpperCase() === name) return a.value.trim() || undefined;
  }
  return undefined;
}

function resolve(url: string | undefined, base: string | undefined): string | undefined {
  if (!url) return base;
  try {
    return new URL(url, base).href;
  } catch {
    return base;
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
