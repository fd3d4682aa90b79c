// The XSS suite puts malformed percent-escapes into URLs on purpose. The dev server's static
// handler throws on them and prints a stack trace, which a newcomer reads as a failure: answer
// such a request with a plain 400 here, before it reaches the static handler.
export async function undecodablePaths(context, next) {
  try {
    decodeURIComponent(context.path);
  } catch {
    context.status = 400;
    context.body = 'undecodable path';
    return;
  }
  await next();
}
