/**
 * Styles for what Leaflet draws (markers, clusters, popups, controls, areas), adopted into the
 * shadow root together with Leaflet's own CSS when the map loads, after it, so ours win.
 */
import { css } from 'lit';

export const leafletViewStyles = css`
  /*
   * Leaflet's zoom and fade transitions: none for a visitor who asked for no motion. The rule of
   * REDUCED_MOTION in styles.ts, written here so that the map's first file does not carry it
   * for this lazy part.
   */
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  /* The state border on the map and in the legend. */
  :host {
    --_map-border: var(--sonnec-map-border, #3b3f45);
  }
  :host([theme='dark']) {
    --_map-border: var(--sonnec-map-border, #e8eaed);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_map-border: var(--sonnec-map-border, #e8eaed);
    }
  }
  /* The palette follows the widget's color-scheme (see styles.ts). */
  @supports (color: light-dark(#000, #fff)) and (color: oklch(from #000 l c h)) {
    :host,
    :host([theme]) {
      --_map-border: var(--sonnec-map-border, light-dark(#3b3f45, #e8eaed));
    }
  }
  /* The consent panel and the legend (map-stage.ts). */
  .consent {
    margin: 0.75em 0 0;
  }
  .legend {
    margin-top: 0.75em;
    font-size: 0.9375em;
  }
  .legend-title {
    margin: 0 0 0.25em;
    font-weight: 700;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    gap: 0.4em;
    align-items: center;
  }
  .border-sample {
    width: 2em;
    border-top: 3px dashed var(--_map-border);
  }
  .area-sample {
    width: 1.5em;
    height: 1em;
    border: 1.5px solid var(--_muted);
  }
  .area-sample.sonneberg {
    background: color-mix(in srgb, var(--_city-sonneberg) 20%, transparent);
  }
  .area-sample.neustadt {
    background: color-mix(in srgb, var(--_city-neustadt) 20%, transparent);
  }
  /* Inside Leaflet: our tokens, not Leaflet's fonts and colours. */
  .leaflet-container {
    font: inherit;
    font-size: 0.875em;
    background: var(--_surface-alt);
  }
  .leaflet-container a {
    color: var(--_accent);
  }
  .leaflet-container :focus-visible,
  .leaflet-container.leaflet-container:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .leaflet-popup-content-wrapper,
  .leaflet-popup-tip {
    background: var(--_surface);
    color: var(--_text);
  }
  .leaflet-popup-content {
    margin: 0.9em 1.1em;
    font-size: calc(var(--_font-size) * 0.9375);
    line-height: 1.45;
  }
  .popup p {
    margin: 0.3em 0 0;
  }
  .popup .popup-title {
    margin: 0;
    padding-inline-end: 1em;
    font-size: 1.0625em;
  }
  .popup:focus {
    outline: none;
  }
  .popup:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .leaflet-control-attribution {
    font-size: calc(var(--_font-size) * 0.75);
    background: rgb(255 255 255 / 0.9);
    color: #1f2328;
  }
  .leaflet-control-attribution a {
    color: #00507a;
  }
  /* The zoom bar in our palette, its boundary at 3:1 against map and buttons (WCAG 1.4.11). */
  .leaflet-bar.leaflet-bar {
    border: 2px solid var(--_border);
  }
  .leaflet-bar a {
    width: 36px;
    height: 36px;
    line-height: 36px;
    border-color: var(--_border);
    background-color: var(--_surface);
    color: var(--_text);
  }
  .leaflet-bar a:is(:hover, :focus, .leaflet-disabled) {
    background-color: var(--_surface-alt);
  }
  .leaflet-bar a.leaflet-disabled {
    color: var(--_muted);
  }
  .leaflet-container a.leaflet-popup-close-button {
    color: var(--_muted);
  }
  .marker,
  .cluster {
    display: grid;
    place-items: center;
    background: none;
    border: 0;
  }
  .marker > span,
  .cluster > span {
    display: grid;
    place-items: center;
    border: 2px solid #fff;
    border-radius: 50%;
    background: var(--_kind, var(--_accent));
    color: #fff;
    line-height: 1;
  }
  .marker > span {
    width: 28px;
    height: 28px;
    font-size: 14px;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.5);
  }
  .cluster > span {
    width: 38px;
    height: 38px;
    font-size: 15px;
    font-weight: 700;
    background: #1f2328;
    border-width: 3px;
    box-shadow: 0 0 0 3px rgb(31 35 40 / 0.35);
  }
  .marker:focus-visible,
  .cluster:focus-visible {
    outline: none;
  }
  .marker:focus-visible > span,
  .cluster:focus-visible > span {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  path.area {
    stroke: var(--_muted);
    stroke-width: 1.5;
    fill-opacity: 0.1;
  }
  path.area.sonneberg {
    fill: var(--_city-sonneberg);
  }
  path.area.neustadt {
    fill: var(--_city-neustadt);
  }
  /* Names on the map (schematic-layer.ts): centred on their point, with a halo to stay legible. */
  .leaflet-tooltip.area-label {
    padding: 0;
    border: 0;
    background: none;
    box-shadow: none;
    pointer-events: none;
    white-space: nowrap;
    color: var(--_text);
    text-shadow:
      0 0 3px var(--_surface),
      0 0 3px var(--_surface),
      0 0 6px var(--_surface);
  }
  .area-label > span > span {
    display: block;
    text-align: center;
  }
  .area-label .town {
    font-size: 1.2em;
    font-weight: 700;
  }
  .area-label .state {
    color: var(--_muted);
    font-size: 0.9em;
    font-style: italic;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
  path.state-border {
    stroke: var(--_map-border);
    stroke-width: 3;
    stroke-dasharray: 8 6;
    stroke-opacity: 1;
  }
`;
