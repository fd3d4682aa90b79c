/**
 * Opening hours on the map, loaded with their part (only for feeds with a place that has them):
 * each place's state line and weekly table, the "Jetzt geöffnet" filter, and the timer that draws
 * the list again (and announces the change) when a place opens or closes. Kept out of the
 * element's own chunk, which most maps load without opening hours.
 */
import { nothing } from 'lit';
import type { Place } from '../../feed/types.js';
import type { Clock } from '../../internal/clock.js';
import type { Lang } from '../../internal/i18n.js';
import {
  isOpenNow,
  openingLine,
  openingTable,
  OpeningWatch,
} from '../../internal/parts/opening-hours.js';
import type { OpeningView } from './map-item.js';
import type { MapItem } from './map-types.js';

// The part's styles, adopted by the element (see `LazyPart`).
export { styles } from '../../internal/parts/opening-hours.js';

/** What the opening hours read from their `<sonnec-map>`. */
export interface OpeningHost {
  /** A fixed time (`now`): no timer then. */
  readonly now?: number | undefined;
  readonly clock: Clock;
  readonly language: Lang;
  readonly isConnected: boolean;
  requestUpdate(): void;
}

const isPlace = (item: MapItem): item is MapItem & { item: Place } => item.kind !== 'event';

/** One map's opening hours: its watch over the places' states, and the timer for the next change. */
export class MapOpening {
  /** Each place's opening phrase at the last render: a change is announced. */
  private watch: OpeningWatch | undefined;
  /** Fires when the next place opens or closes (the page may stay open past closing time). */
  private timer: { clock: Clock; handle: unknown } | undefined;

  constructor(private readonly host: OpeningHost) {}

  /** The time the map shows: `now`, else the clock's. */
  private get time(): number {
    return this.host.now ?? this.host.clock.now();
  }

  /** Renders opening hours at the current time. */
  view(lang: Lang): OpeningView {
    const now = this.time;
    return {
      line: (item) => (isPlace(item) ? openingLine(item.item, now, lang) : nothing),
      table: (item) => (isPlace(item) ? openingTable(item.item, now, lang) : nothing),
    };
  }

  /** Keeps the places open at the map's time (the filter bar's "Jetzt geöffnet"). */
  openNow(): (item: MapItem) => boolean {
    const now = this.time;
    return (item) => isPlace(item) && isOpenNow(item.item, now);
  }

  /** "Museum …: Öffnet morgen um 10 Uhr" for each of `items` whose state changed since `note`. */
  changes(items: readonly MapItem[], lang: Lang): string | undefined {
    const places = items.filter(isPlace).map((item) => item.item);
    return this.watch?.changes(places, this.time, lang);
  }

  /**
   * Notes each place's opening phrase and sets a timer for the next change (without a fixed
   * `now`): then the list is drawn again and the change announced politely. Every place, shown
   * or not: with "Jetzt geöffnet" chosen, a hidden one may open next.
   */
  note(places: readonly Place[]): void {
    this.stop();
    const { host } = this;
    if (!host.isConnected) return;
    const now = this.time;
    this.watch ??= new OpeningWatch();
    const next = this.watch.note(places, now, host.language);
    if (host.now !== undefined || next === Infinity) return;
    const clock = host.clock;
    const handle = clock.setTimeout(
      () => {
        this.timer = undefined;
        host.requestUpdate();
      },
      Math.max(0, next - now),
    );
    this.timer = { clock, handle };
  }

  stop(): void {
    if (this.timer) this.timer.clock.clearTimeout(this.timer.handle);
    this.timer = undefined;
  }
}
