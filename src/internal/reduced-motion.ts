import { css } from 'lit';

/**
 * For the styles that move something (news' chevron, Leaflet's zoom and fade): no motion for a
 * visitor who asked for none. Only they include it, so a page whose widgets do not move (events,
 * downloads) does not carry it: a module of its own, since a page's bundle keeps every css`…` of
 * a module it imports.
 */
export const reducedMotion = css`
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
