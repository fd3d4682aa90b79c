/** What went wrong while loading a feed; widgets translate the kind into a message. */
export type FeedErrorKind =
  | 'no-source' // no src, no <sonnec-feed>, no <meta name="sonnec:feed">
  | 'network' // fetch failed: offline, DNS, CORS
  | 'http' // the server answered with an error status
  | 'timeout' // no complete answer in time
  | 'parse' // the body is not JSON (or not the format we expected)
  | 'invalid'; // JSON, but not a SON.NEC feed

export class FeedError extends Error {
  readonly kind: FeedErrorKind;
  readonly url: string | undefined;
  readonly status: number | undefined;

  constructor(
    kind: FeedErrorKind,
    message: string,
    options: { url?: string; status?: number } = {},
  ) {
    super(message);
    this.name = 'FeedError';
    this.kind = kind;
    this.url = options.url;
    this.status = options.status;
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
