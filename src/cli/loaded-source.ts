/** What the injected `load` of `sonnec-feed build` reads: one source's text. */
export interface LoadedSource {
  readonly text: string;
  readonly contentType?: string;
  /** The final http(s) URL of a downloaded source: relative links are resolved against it. */
  readonly url?: string;
}

/**
 * What a request adds: headers from `--header-env`, an Accept for followed resources, query
 * parameters from `--query-env` (added to the URL for the request only; the loaded `url` is
 * without them, so they never reach a resolved link).
 */
export interface LoadRequest {
  readonly headers?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
}
