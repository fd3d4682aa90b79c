/** The library's version; rollup replaces it at build time, tests see the placeholder. */
export const VERSION: string = '__SONNEC_VERSION__';
