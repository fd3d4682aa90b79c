// `npm start`: serves the demo pages and the built drop-in script on localhost, offline.
export default {
  rootDir: '.',
  port: 8000,
  nodeResolve: false,
  middleware: [
    function demoIndex(ctx, next) {
      if (ctx.path === '/') ctx.redirect('/demo/');
      return next();
    },
  ],
};
