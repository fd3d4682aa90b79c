/**
 * Storybook has no test server, so the states that need a slow or failing network are
 * simulated here for URLs under /__story/. Every other request goes to the real fetch.
 */
const realFetch = window.fetch.bind(window);

window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (!url.pathname.startsWith('/__story/')) return realFetch(input, init);
  const kind = url.pathname.slice('/__story/'.length);
  if (kind === 'loading') {
    // Never answers (until the widget gives up waiting).
    return new Promise((_resolve, reject) =>
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
    );
  }
  if (kind === 'empty') {
    return Promise.resolve(
      new Response('{"version":1,"events":[],"news":[],"places":[],"downloads":[]}', {
        headers: { 'content-type': 'application/json' },
      }),
    );
  }
  const status = Number(kind) || 500;
  return Promise.resolve(new Response('Error', { status }));
};
