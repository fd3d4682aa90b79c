/** What the injected `load` of `sonnec-feed build` reads: one source's text. */
export interface LoadedSource {
  readonly text: string;
  readonly contentType?: string;
  /** The final http(s) URL of a downloaded source: relative links are resolved against it. */
  readonly url?: string;
}

/** What a request adds: headers from `--header-env`, an Accept for followed resources. */
export interface LoadRequest {
  readonly headers?: Readonly<Record<string, string>>;
}
