import { css, unsafeCSS } from 'lit';
import { REDUCED_MOTION } from '../../internal/styles.js';

export const newsStyles = css`
  ${unsafeCSS(REDUCED_MOTION)}
  :host {
    --_card-min: var(--sonnec-news-card-min, 16em);
    --_image-width: var(--sonnec-news-image-width, 10em);
  }
  /* Layouts follow the widget's width, not the window's: it may sit in a narrow sidebar. */
  .base {
    container-type: inline-size;
  }
  /* Our own lists, not those in an article's body (they keep their bullets). */
  :is(ul, ol):not(.rich-text *) {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    display: grid;
    gap: 0.5em 1em;
    align-content: start;
  }
  .content > * {
    margin: 0 0 0.5em;
  }
  .content > :last-child {
    margin-bottom: 0;
  }
  .title {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  /* A title focused by "Mehr laden" after a click shows no ring (a keyboard user sees the shared one). */
  .title:focus:not(:focus-visible) {
    outline: none;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: center;
  }
  .new {
    display: inline-block;
    padding: 0.05em 0.5em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-text);
    font-size: 0.8125em;
    font-weight: 700;
  }
  .summary {
    margin: 0;
  }
  figure {
    margin: 0;
  }
  .image img {
    display: block;
    width: 100%;
    aspect-ratio: 3 / 2;
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .credit {
    margin-top: 0.25em;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .more {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    font-weight: 600;
  }
  /* "Weiterlesen" looks the same whether it opens the article here (a button) or leads to its
     page (a link): accent text, underlined, as the shared links. */
  button.more {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .more:hover {
    text-decoration-thickness: 2px;
  }
  .chevron {
    display: inline-block;
    width: 0.5em;
    height: 0.5em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
    transition: transform 0.15s;
  }
  [aria-expanded='true'] .chevron {
    transform: translateY(0.1em) rotate(-135deg);
  }
  /* list (default): rows, a small picture beside the text */
  .items.list > .item {
    padding: var(--_space) 0;
    border-top: 1px solid var(--_border);
  }
  .items.list > .item:last-child {
    border-bottom: 1px solid var(--_border);
  }
  .items.list > .item:has(> .image) {
    grid-template-columns: var(--_image-width) minmax(0, 1fr);
  }

  /* cards: a grid of boxes, picture on top */
  .items:is(.cards, .teaser) {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min)), 1fr));
    gap: var(--_space);
  }
  :is(.cards, .teaser) > .item {
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  :is(.cards, .teaser) > .item > .content {
    padding: 0 var(--_space) var(--_space);
  }
  :is(.cards, .teaser) > .item:not(:has(> .image)) > .content {
    padding-top: var(--_space);
  }
  :is(.cards, .teaser) .image img {
    border-radius: 0;
  }
  :is(.cards, .teaser) .credit {
    padding: 0 var(--_space);
  }

  /* teaser: one to three large items; of one or three, the first spans the width */
  .items.teaser {
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 36em) {
    .items.teaser {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .teaser > .item:first-child:nth-last-child(odd) {
      grid-column: 1 / -1;
    }
  }
  @container (min-width: 48em) {
    .teaser > .item:first-child:nth-last-child(odd):has(> .image) {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      grid-template-rows: auto;
    }
    .teaser > .item:first-child:nth-last-child(odd):has(> .image) > .content {
      padding: var(--_space) var(--_space) var(--_space) 0;
    }
  }
  .teaser > .item:first-child .title {
    font-size: 1.5em;
  }

  .load-more {
    margin-top: var(--_space);
    text-align: center;
  }
  @container (max-width: 30em) {
    .items.list > .item:has(> .image) {
      grid-template-columns: 1fr;
    }
  }
`;
