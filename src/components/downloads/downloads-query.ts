/** Pure selection for `<sonnec-downloads>`: filter by group, sort, cap, and group for display. */
import type { Download, Text } from '../../feed/types.js';
import { localText, type Lang } from '../../internal/i18n.js';
import { collator } from '../../internal/format.js';

export type DownloadSort = 'date' | 'title';

export interface DownloadGroup {
  /** Stable key for rendering; empty for documents without a group. */
  readonly key: string;
  readonly title: Text | undefined;
  readonly items: readonly Download[];
}

export interface DownloadQuery {
  readonly lang: Lang;
  readonly sort: DownloadSort;
  /** Lower-case group names (any language); empty = all. */
  readonly groups: readonly string[];
  readonly limit?: number | undefined;
}

function groupKey(group: Text | undefined): string {
  return group === undefined ? '' : localText(group, 'de').toLowerCase();
}

function matchesGroup(item: Download, wanted: readonly string[]): boolean {
  if (wanted.length === 0) return true;
  const g = item.group;
  if (g === undefined) return false;
  const names = typeof g === 'string' ? [g] : Object.values(g);
  return names.some((name) => wanted.includes(name.toLowerCase()));
}

export function sortDownloads(
  items: readonly Download[],
  sort: DownloadSort,
  lang: Lang,
): Download[] {
  const byTitle = (a: Download, b: Download) =>
    collator(lang).compare(localText(a.title, lang), localText(b.title, lang));
  return [...items].sort(
    sort === 'title'
      ? byTitle
      : // Newest first; undated documents after dated ones, then by title.
        (a, b) => (b.published ?? -Infinity) - (a.published ?? -Infinity) || byTitle(a, b),
  );
}

/** Groups in the order the feed first names them; documents without a group come last. */
export function selectDownloads(
  items: readonly Download[],
  query: DownloadQuery,
): { groups: DownloadGroup[]; count: number } {
  const order = new Map<string, Text | undefined>();
  for (const item of items) {
    const key = groupKey(item.group);
    if (!order.has(key) && key) order.set(key, item.group);
  }
  order.set('', undefined);

  let chosen = sortDownloads(
    items.filter((item) => matchesGroup(item, query.groups)),
    query.sort,
    query.lang,
  );
  const byGroup = new Map<string, Download[]>();
  for (const item of chosen) {
    const key = groupKey(item.group);
    let list = byGroup.get(key);
    if (!list) byGroup.set(key, (list = []));
    list.push(item);
  }
  chosen = [...order.keys()].flatMap((key) => byGroup.get(key) ?? []);
  if (query.limit !== undefined && query.limit >= 0) chosen = chosen.slice(0, query.limit);

  const limited = new Set(chosen);
  const groups: DownloadGroup[] = [];
  for (const [key, title] of order) {
    const groupItems = (byGroup.get(key) ?? []).filter((item) => limited.has(item));
    if (groupItems.length > 0) groups.push({ key, title, items: groupItems });
  }
  return { groups, count: chosen.length };
}
