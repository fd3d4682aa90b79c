import { css } from 'lit';

/**
 * Styles of the detail dialog's body, adopted into the shadow root when the dialog is first
 * opened (with the detail code), so that a list never opened does not load them.
 */
export const eventDetailStyles = css`
  .detail-image {
    margin: 0 0 0.75em;
  }
  .detail-image img {
    display: block;
    width: 100%;
    max-height: 18em;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  .detail-facts {
    margin: 0 0 1em;
  }
  .detail-row {
    display: grid;
    grid-template-columns: 8em minmax(0, 1fr);
    gap: 0.25em 1em;
    padding: 0.25em 0;
  }
  .detail-row dt {
    font-weight: 600;
  }
  .detail-row dd {
    margin: 0;
  }
  .rich-text > :first-child {
    margin-top: 0;
  }
  .rich-text p,
  .rich-text ul,
  .rich-text ol {
    margin: 0 0 0.6em;
  }
  .more {
    display: inline-block;
    margin: 0.75em 0;
  }
  .add-to-calendar {
    margin-top: 1em;
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .add-to-calendar ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    margin-top: 0.35em;
  }
  .add-to-calendar a {
    display: inline-block;
    padding: 0.6em 0;
  }
`;
