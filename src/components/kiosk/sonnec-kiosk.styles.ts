import { css } from 'lit';

export const kioskLayoutStyles = css`
  :host {
    height: var(--sonnec-kiosk-height, 100dvh);
    overflow: hidden;
    user-select: none;
    overscroll-behavior: none;
  }
  .base {
    height: 100%;
  }
  .kiosk {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    height: 100%;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 12px var(--_space);
    align-items: center;
    justify-content: space-between;
    padding: 12px var(--_space);
    border-bottom: 4px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .brand {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .nav .button[aria-current='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .play {
    min-width: 48px;
    min-height: 48px;
  }
  .play .icon {
    font-size: 1.2em;
    line-height: 1;
  }
  .views {
    position: relative;
    min-height: 0;
  }
  .view {
    height: 100%;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: var(--_space);
    animation: sonnec-kiosk-in 400ms ease-out;
  }
  @keyframes sonnec-kiosk-in {
    from {
      opacity: 0;
      transform: translateX(3%);
    }
    to {
      opacity: 1;
      transform: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .view {
      animation: none;
    }
  }
  .view > * {
    --sonnec-map-height: calc(100dvh - 22em);
  }
  .place {
    max-width: 46em;
    margin: 0 auto;
  }
  .place img {
    display: block;
    width: 100%;
    max-height: 40vh;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  .place .eyebrow {
    margin: 0 0 0.25em;
    color: var(--_muted);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  .place .heading {
    font-size: 2em;
  }
  .warning {
    position: fixed;
    inset: auto var(--_space) var(--_space);
    z-index: 10;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
    padding: var(--_space);
    border: 3px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 0.5em 2em rgb(0 0 0 / 0.35);
  }
  .warning p {
    margin: 0;
  }
  .warning strong {
    font-size: 1.25em;
  }
  /* "Demnächst": the next days' events under a quiet day. */
  .coming-up {
    margin-top: calc(var(--_space) * 1.5);
  }
`;
