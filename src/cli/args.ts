/**
 * The command line of `sonnec-feed`, read into a plain command. Pure: no I/O, no process.
 *
 *   sonnec-feed build [--title T] --city sonneberg a.ics b.xml --city neustadt c.ics [-o feed.json]
 *   sonnec-feed validate feed.json
 */
import { isSourceFormat, type SourceFormat } from '../feed/sources/index.js';
import type { CityId } from '../feed/types.js';
import { COLLECTIONS, type Collection } from './collections.js';

export interface SourceSpec {
  /** A file path or an http(s) URL. */
  readonly location: string;
  /** The city of the items the source does not place itself; undefined: `both`. */
  readonly city?: CityId;
  /** Forced with `--format` right before the source; else detected. */
  readonly format?: SourceFormat;
  /**
   * Request headers (`--header-env`) and query parameters (`--query-env`) of the source, their
   * values in environment variables.
   */
  readonly secrets?: readonly SecretFromEnv[];
}

/**
 * A request header or query parameter (an API key) whose value is read from an environment
 * variable, never from the command line.
 */
export interface SecretFromEnv {
  readonly in: 'header' | 'query';
  readonly name: string;
  readonly variable: string;
}

/** The most resources `--follow` may fetch per source. */
export const MAX_FOLLOW = 50;

export type Command =
  | {
      readonly command: 'build';
      readonly sources: readonly SourceSpec[];
      readonly output?: string;
      readonly title?: string;
      readonly keepGoing: boolean;
      /** Only these collections (`--only events,news`); all when absent. */
      readonly only?: readonly Collection[];
      /** Indented JSON for people to read (`--pretty`); compact by default, for phones. */
      readonly pretty: boolean;
      /** Warnings (a recurrence rule the widgets do not expand) fail the build (`--strict`). */
      readonly strict: boolean;
      /** JSON-LD references to further resources of the same origin to fetch, per source. */
      readonly follow?: number;
      /** A folder for the calendars to subscribe to (`--calendars DIR`), beside the feed. */
      readonly calendars?: string;
      /** A file for the Atom feed of the news (`--atom FILE`). */
      readonly atom?: string;
    }
  | { readonly command: 'validate'; readonly files: readonly string[]; readonly strict: boolean }
  | { readonly command: 'help' }
  | { readonly command: 'version' };

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage:
  sonnec-feed build [options] [--city CITY] SOURCE… [--city CITY SOURCE…]
  sonnec-feed validate FEED…

build   Reads iCalendar (.ics), RSS/Atom, GeoJSON, schema.org JSON-LD and SON.NEC JSON
        sources (files or http(s) URLs), merges them into one feed and writes it as JSON.
          --city sonneberg|neustadt|both
                          city of the sources that follow (default: both)
          --format ics|rss|atom|geojson|jsonld|sonnec
                          format of the next source, when it cannot be detected
          --header-env NAME=VARIABLE
                          request header NAME for the next source (an http(s) URL) and
                          the resources followed from it; its value is read from the
                          environment variable VARIABLE (for API keys); repeatable
          --query-env NAME=VARIABLE
                          the same as a query parameter NAME (for APIs that take their
                          key in the URL, such as ThüCAT's); never printed
          --follow N      JSON-LD: fetch up to N referenced resources (containsPlace,
                          location, subEvent …) of the source's own origin; default 0,
                          at most ${MAX_FOLLOW}
          -o, --output FILE
                          write the feed here (atomically); default: standard output
          --title TEXT    the feed's title
          --calendars DIR write calendars to subscribe to (.ics: all events, each city,
                          each category) into DIR and name them in the feed; needs -o
          --atom FILE     write the news as an Atom feed too
          --only events,news,places,downloads
                          write only these collections (a smaller feed for a page that
                          shows one widget); default: all
          --pretty        indented JSON, for people to read (default: compact)
          --keep-going    publish even when a source fails (default: fail, write nothing)
          --strict        fail on warnings too (write nothing)
validate  Checks feeds (files or URLs) against the JSON Schema and the widgets' rules;
          prints every problem with its JSON path. Exit code 1 when there are problems.
          --strict        warnings count as problems

Warnings (exit code 0): a recurring event whose rule the widgets do not expand
(FREQ=HOURLY, BYWEEKNO, COUNT with UNTIL, …); the widgets show its first date only.

Exit codes: 0 success, 1 a source failed or the feed has problems, 2 wrong usage.`;

const CITIES: readonly CityId[] = ['sonneberg', 'neustadt', 'both'];

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  switch (command) {
    case 'build':
      return parseBuild(rest);
    case 'validate': {
      const files = rest.filter((arg) => arg !== '--strict');
      if (files.length === 0) throw new UsageError('validate needs a feed file or URL.');
      const option = files.find((arg) => arg.startsWith('-') && arg !== '-');
      if (option) throw new UsageError(`Unknown option for validate: ${option}`);
      return { command: 'validate', files, strict: files.length < rest.length };
    }
    case undefined:
    case 'help':
    case '-h':
    case '--help':
      return { command: 'help' };
    case '-v':
    case '--version':
      return { command: 'version' };
    default:
      throw new UsageError(`Unknown command: ${command}`);
  }
}

function parseBuild(args: readonly string[]): Command {
  const sources: SourceSpec[] = [];
  let city: CityId | undefined;
  let format: SourceFormat | undefined;
  let output: string | undefined;
  let title: string | undefined;
  let keepGoing = false;
  let only: Collection[] | undefined;
  let pretty = false;
  let strict = false;
  let follow: number | undefined;
  let calendars: string | undefined;
  let atom: string | undefined;
  let secrets: SecretFromEnv[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined || (next.startsWith('-') && next !== '-')) {
        throw new UsageError(`${arg} needs a value.`);
      }
      return next;
    };
    switch (arg) {
      case '--city': {
        const name = value().toLowerCase();
        if (!CITIES.includes(name as CityId)) {
          throw new UsageError(`Unknown city "${name}": use sonneberg, neustadt or both.`);
        }
        city = name as CityId;
        break;
      }
      case '--format': {
        const name = value().toLowerCase();
        if (!isSourceFormat(name)) {
          throw new UsageError(
            `Unknown format "${name}": use ics, rss, atom, geojson, jsonld or sonnec.`,
          );
        }
        format = name;
        break;
      }
      case '--header-env':
      case '--query-env': {
        // The value itself never appears here: shell history and process lists would show it.
        const header = arg === '--header-env';
        const name = header ? /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/ : /^[A-Za-z0-9._~-]+$/;
        const [, key, variable] = /^([^=]+)=([A-Za-z_][A-Za-z0-9_]*)$/.exec(value()) ?? [];
        if (!key || !variable || !name.test(key)) {
          throw new UsageError(
            `${arg} needs NAME=VARIABLE: a ${header ? 'header' : 'query parameter'} name and an environment variable.`,
          );
        }
        secrets.push({ in: header ? 'header' : 'query', name: key, variable });
        break;
      }
      case '--follow': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0 || n > MAX_FOLLOW) {
          throw new UsageError(`--follow needs a number from 0 to ${MAX_FOLLOW}.`);
        }
        follow = n;
        break;
      }
      case '-o':
      case '--output':
        output = value();
        break;
      case '--title':
        title = value();
        break;
      case '--calendars':
        calendars = value().replace(/(.)\/+$/, '$1');
        break;
      case '--atom':
        atom = value();
        break;
      case '--keep-going':
        keepGoing = true;
        break;
      case '--pretty':
        pretty = true;
        break;
      case '--strict':
        strict = true;
        break;
      case '--only': {
        const names = value().toLowerCase().split(',').filter(Boolean);
        const unknown = names.find((n) => !COLLECTIONS.includes(n as Collection));
        if (unknown !== undefined || names.length === 0) {
          throw new UsageError(
            `Unknown collection "${unknown ?? ''}": use events, news, places or downloads.`,
          );
        }
        only = names as Collection[];
        break;
      }
      default:
        if (arg.startsWith('-')) throw new UsageError(`Unknown option: ${arg}`);
        if (secrets.length && !/^https?:\/\//i.test(arg)) {
          throw new UsageError(`${envOption(secrets)} applies to an http(s) source only.`);
        }
        sources.push({
          location: arg,
          ...(city && { city }),
          ...(format && { format }),
          ...(secrets.length && { secrets }),
        });
        format = undefined;
        secrets = [];
    }
  }
  if (format) throw new UsageError('--format must come right before a source.');
  if (secrets.length) throw new UsageError(`${envOption(secrets)} must come before its source.`);
  if (sources.length === 0) throw new UsageError('build needs at least one source.');
  // The feed names its calendars by their address relative to it.
  if (calendars !== undefined && (output === undefined || output === '-')) {
    throw new UsageError('--calendars needs -o: the feed names the calendars relative to it.');
  }
  return {
    command: 'build',
    sources,
    keepGoing,
    pretty,
    strict,
    ...(follow && { follow }),
    ...(only && { only }),
    ...(output !== undefined && output !== '-' && { output }),
    ...(title !== undefined && { title }),
    ...(calendars !== undefined && { calendars }),
    ...(atom !== undefined && { atom }),
  };
}

/** The option that named the first of these secrets, for messages. */
function envOption(secrets: readonly SecretFromEnv[]): string {
  return secrets[0]!.in === 'header' ? '--header-env' : '--query-env';
}
