export default {
  globs: ['src/components/**/*.ts', 'src/internal/sonnec-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.messages.ts', 'src/**/*-query.ts'],
  outdir: '.',
  litelement: true,
};
