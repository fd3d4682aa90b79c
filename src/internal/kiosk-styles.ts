import { css } from 'lit';

/**
 * Kiosk mode (`kiosk` attribute) and the parts it brings, loaded only when a widget is in kiosk
 * mode (see `LazyPart`): larger type, touch targets of at least 48 px (the filter bar reads
 * `--_target`), the take-away QR code, feed links shown as plain text.
 */
export const styles = css`
  :host([kiosk]) {
    --_font-size: var(--sonnec-kiosk-font-size, 22px);
    --_space: var(--sonnec-kiosk-space, 24px);
    --_target: 48px;
    -webkit-tap-highlight-color: transparent;
    -webkit-touch-callout: none;
  }
  :host([kiosk]) button,
  :host([kiosk]) select,
  :host([kiosk]) input,
  :host([kiosk]) .button {
    min-height: 48px;
    min-width: 48px;
  }
  :host([kiosk]) .leaflet-touch .leaflet-bar a,
  :host([kiosk]) .leaflet-bar a {
    width: 48px;
    height: 48px;
    line-height: 48px;
  }
  :host([kiosk]) .cluster > span {
    width: 48px;
    height: 48px;
  }
  :host([kiosk]) .leaflet-control-attribution a {
    display: inline-flex;
    align-items: center;
    min-height: 48px;
  }
  :host([kiosk]) .leaflet-container a.leaflet-popup-close-button {
    width: 48px;
    height: 48px;
    font-size: 32px;
    line-height: 48px;
  }
  .take-away {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin: 0.75em 0;
  }
  /* Prominent: large, on a white frame that also keeps the quiet zone on a dark surface. */
  .take-away .qr,
  .take-away .qr-pending {
    flex: 0 0 auto;
    box-sizing: content-box;
    width: var(--sonnec-qr-size, var(--_qr-size, 220px));
    height: var(--sonnec-qr-size, var(--_qr-size, 220px));
    padding: 8px;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: #fff;
  }
  .take-away .qr-pending {
    display: inline-block;
    background: var(--_surface-alt);
  }
  /* A kiosk's cards share the whole row (a quiet day's two cards are large, not two of six
     columns); a picture never taller than a third of a portrait screen's room. */
  :host([kiosk]) .cards {
    grid-template-columns: repeat(auto-fit, minmax(min(var(--_card-min), 100%), 1fr));
  }
  :host([kiosk]) .card-image {
    max-height: 18em;
  }
  /* An event's title is a 48 px touch target too (the min-height above needs a block box). */
  :host([kiosk]) .title-button {
    display: inline-block;
  }
  /* The compact list's date tiles ("SA 05.12."): wide enough for the date at kiosk size. */
  :host([kiosk]) .compact-item {
    grid-template-columns: 4.5em minmax(0, 1fr);
  }
  :host([kiosk]) .date-block .daymonth {
    white-space: nowrap;
  }
  /* Links inside feed texts lead nowhere in a kiosk (the page stays): not styled as tappable. */
  :host([kiosk]) .rich-text a {
    color: inherit;
    text-decoration: none;
    pointer-events: none;
    cursor: default;
  }
  .take-away figcaption {
    flex: 1 1 10em;
    min-width: 0;
  }
  .take-away .url {
    display: block;
    color: var(--_muted);
    font-size: 0.8125em;
    overflow-wrap: anywhere;
    hyphens: none;
  }
`;
