/**
 * How each kind of place looks: a glyph and a colour, so markers and legend differ by shape as
 * well as by colour (WCAG 1.4.1). White glyphs on these colours reach at least 4.5:1.
 * Unknown kinds from the feed share the generic look and show their own name.
 */
export interface KindStyle {
  readonly glyph: string;
  readonly color: string;
}

export const KIND_STYLES: Readonly<Record<string, KindStyle>> = {
  'town-centre': { glyph: '⌂', color: '#005a87' },
  museum: { glyph: '■', color: '#6b2a80' },
  sight: { glyph: '★', color: '#a4161a' },
  observatory: { glyph: '✦', color: '#1d3f8f' },
  memorial: { glyph: '❖', color: '#3b3f45' },
  market: { glyph: '▼', color: '#7a4b00' },
  nature: { glyph: '▲', color: '#1e6b32' },
  leisure: { glyph: '●', color: '#00607a' },
  info: { glyph: 'i', color: '#4d535b' },
  event: { glyph: '◆', color: '#8a3f00' },
  place: { glyph: '⬤', color: '#34495e' },
};

/** Kinds the feed may spell differently: folded onto the ones above. */
const ALIASES: Readonly<Record<string, string>> = {
  stadtzentrum: 'town-centre',
  denkmal: 'memorial',
  gedenkstaette: 'memorial',
  markt: 'market',
  sehenswuerdigkeit: 'sight',
  sehenswürdigkeit: 'sight',
  attraction: 'sight',
  monument: 'sight',
  sternwarte: 'observatory',
  excursion: 'nature',
  ausflugsziel: 'nature',
  hiking: 'nature',
  park: 'nature',
  freizeit: 'leisure',
  'tourist-info': 'info',
  touristinfo: 'info',
  'town-hall': 'info',
  rathaus: 'info',
  veranstaltung: 'event',
};

/** The kind whose look a feed kind takes. */
export function kindKey(kind: string): string {
  return KIND_STYLES[kind] ? kind : (ALIASES[kind] ?? 'place');
}

export function kindStyle(kind: string): KindStyle {
  return KIND_STYLES[kindKey(kind)]!;
}
