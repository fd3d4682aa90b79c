import { css } from 'lit';

/**
 * Kiosk mode (`kiosk` attribute) and the parts it brings, loaded only when a widget is in kiosk
 * mode (see `LazyPart`): larger type, touch targets of at least 48 px (the filter bar reads
 * `--_target`), the take-away QR code.
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
  .take-away .qr {
    flex: 0 0 auto;
    width: var(--sonnec-qr-size, 168px);
    height: var(--sonnec-qr-size, 168px);
    border-radius: 4px;
  }
  .take-away .qr-pending {
    display: inline-block;
    width: var(--sonnec-qr-size, 168px);
    height: var(--sonnec-qr-size, 168px);
    background: var(--_surface-alt);
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
