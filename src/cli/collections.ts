/** The collections a feed carries (its `cities` always come along): `--only` names them. */
export type Collection = 'events' | 'news' | 'places' | 'downloads';
export const COLLECTIONS: readonly Collection[] = ['events', 'news', 'places', 'downloads'];
