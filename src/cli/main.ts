/**
 * `sonnec-feed`: the alliance's command-line tool. `run()` holds every decision and message;
 * the launcher (bin/sonnec-feed.js) only supplies Node's I/O, an XML parser, HTML's entity table
 * and the JSON Schema checker, so the commands are tested without touching a real disk or network.
 */
import { loadOpeningHoursReader } from '../feed/opening-hours-reader.js';
import { toWire } from '../feed/serialize.js';
import type { Feed, FeedCalendar } from '../feed/types.js';
import { parseArgs, USAGE, UsageError, type Command, type SourceSpec } from './args.js';
import { buildFeed, type LoadedSource, type LoadRequest } from './build.js';
import { checkFeed, ruleMessage, ruleWarnings, type Problem, type SchemaCheck } from './check.js';
import { ruleProblem } from '../feed/rule-problem.js';
import { slug } from './text.js';
import type { ParseOptions, XmlParser } from '../feed/sources/index.js';
import { tableReferences } from './table-references.js';

export interface CliIo {
  /** Reads a file path or an http(s) URL (with the request's headers). */
  load(location: string, request?: LoadRequest): Promise<LoadedSource>;
  /** Reads an environment variable: the values of `--header-env` and `--query-env`. */
  env?(name: string): string | undefined;
  /**
   * Writes a file so that readers never see half of it, and leaves it alone (its date, hence its
   * ETag) when it already holds the text. Resolves false when nothing had to be written.
   */
  write(path: string, text: string): Promise<boolean>;
  out(text: string): void;
  err(text: string): void;
  readonly xmlParser: XmlParser;
  /** Reads one source with a hard time limit (a worker thread); default: in this thread. */
  readonly parse?: (text: string, options: ParseOptions) => Promise<Feed>;
  /** HTML's named character references, name (no `;`) → text: xmldom's copy of the WHATWG table. */
  readonly htmlEntities: Readonly<Record<string, string>>;
  /**
   * The build's clock: when an event of the calendars changed, if the feed has no `updated`
   * (the launcher honours SOURCE_DATE_EPOCH). Default: Date.now().
   */
  now?(): number;
  /** The path of `target` relative to the folder of the file `from`, with `/` (for feed links). */
  relative?(from: string, target: string): string;
  /** The JSON Schema check; undefined when the schema cannot be found. */
  readonly schema?: SchemaCheck;
  readonly version: string;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`sonnec-feed: ${error.message}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  switch (command.command) {
    case 'help':
      io.out(`${USAGE}\n`);
      return EXIT_OK;
    case 'version':
      io.out(`${io.version}\n`);
      return EXIT_OK;
    case 'validate':
      return validate(command.files, command.strict, io);
    case 'build':
      return build(command, io);
  }
}

async function build(
  command: Extract<Command, { command: 'build' }>,
  plainIo: CliIo,
): Promise<number> {
  const requests = requestsFromEnv(command.sources, plainIo);
  if (typeof requests === 'string') {
    plainIo.err(`sonnec-feed: ${requests}\n`);
    return EXIT_USAGE;
  }
  // A key must never reach a log, even inside a message a server or library wrote (a URL's
  // query spells it encoded).
  const secrets = [...requests.values()]
    .flatMap((r) => [...Object.values(r.headers ?? {}), ...Object.values(r.query ?? {})])
    .flatMap((value) => [value, encodeURIComponent(value)]);
  const redact = (text: string) => secrets.reduce((t, secret) => t.split(secret).join('***'), text);
  const io: CliIo = {
    ...plainIo,
    out: (text) => plainIo.out(redact(text)),
    err: (text) => plainIo.err(redact(text)),
  };
  const result = await buildFeed(command.sources, {
    load: (location, request) => io.load(location, request),
    requestOf: (spec) => requests.get(spec),
    ...(command.follow && { follow: command.follow }),
    xmlParser: io.xmlParser,
    ...(io.parse && { parse: io.parse }),
    decodeReferences: tableReferences(io.htmlEntities),
    ...(command.title !== undefined && { title: command.title }),
    ...(command.only && { only: command.only }),
  });
  const width = Math.max(...command.sources.map((s) => s.location.length));
  let failed = 0;
  let warnings = 0;
  for (const { spec, feed, error } of result.results) {
    const label = `${(spec.city ?? 'both').padEnd(9)} ${spec.location.padEnd(width)}`;
    if (error !== undefined) {
      failed++;
      io.err(`  FAIL ${label}  ${error}\n`);
      continue;
    }
    io.err(`  ok   ${label}  ${counts(feed!)}${left(feed!)}\n`);
    for (const d of feed!.dropped) {
      const where = d.index < 0 ? d.section : `${d.section}[${d.index}]`;
      io.err(`         ${where}${d.id ? ` ${d.id}` : ''}: ${d.reason}\n`);
    }
    for (const event of feed!.events) {
      const why = event.rrule === undefined ? undefined : ruleProblem(event.rrule);
      if (why === undefined) continue;
      warnings++;
      io.err(`  warn ${label}  ${ruleMessage(event.id, why)}\n`);
    }
  }
  if (command.strict && warnings > 0) {
    io.err(`sonnec-feed: nothing written: ${warnings} warning(s) and --strict.\n`);
    return EXIT_PROBLEMS;
  }
  if (!result.wire || (failed > 0 && !command.keepGoing)) {
    io.err(
      result.wire
        ? `sonnec-feed: nothing written: ${failed} of ${command.sources.length} source(s) failed (--keep-going publishes the others).\n`
        : 'sonnec-feed: nothing written: no source could be read.\n',
    );
    return EXIT_PROBLEMS;
  }
  let wire = result.wire;
  let calendarFiles: Map<string, string> | undefined;
  if (command.calendars !== undefined) {
    const written = await calendarsOf(result.feed!, command, io);
    calendarFiles = written.files;
    wire = toWire({ ...result.feed!, calendars: written.calendars });
  }
  // The feed must pass the check the webmasters use: anything else is a bug of this tool.
  await loadOpeningHoursReader();
  const problems = checkFeed(wire, io.schema);
  if (problems.length > 0) {
    io.err('sonnec-feed: the built feed does not pass its own check (please report this):\n');
    printProblems(problems, io.err);
    return EXIT_PROBLEMS;
  }
  // Compact unless asked: the feed goes to every visitor's phone (-10 % gzip on the sample).
  const json = `${JSON.stringify(wire, null, command.pretty ? 2 : undefined)}\n`;
  // The calendars and the Atom feed first: the feed never names a file that is not there yet.
  if (calendarFiles) {
    let changed = 0;
    for (const [file, text] of calendarFiles) {
      // The state file is not a calendar: written, not counted.
      if ((await io.write(file, text)) && file.endsWith('.ics')) changed++;
    }
    io.err(
      `sonnec-feed: calendars in ${command.calendars}: ${calendarFiles.size - 1} file(s), ${changed} changed.\n`,
    );
  }
  if (command.atom !== undefined) {
    const { toAtom } = await import('./atom.js');
    const atom = await toAtom(result.feed!, {
      title: feedName(result.feed!),
      idName: uidDomain(result.feed!),
    });
    const changed = await io.write(command.atom, atom);
    io.err(
      `sonnec-feed: ${changed ? `wrote ${command.atom}` : `${command.atom} is up to date`}.\n`,
    );
  }
  let done = 'feed written to standard output';
  if (command.output) {
    const changed = await io.write(command.output, json);
    done = changed ? `wrote ${command.output}` : `${command.output} is up to date`;
  } else {
    io.out(json);
  }
  io.err(
    `sonnec-feed: ${done}: ${counts(result.feed!)} from ${command.sources.length - failed} source(s).\n`,
  );
  return EXIT_OK;
}

/** The feed's title as the calendars' and the Atom feed's name. */
function feedName(feed: Feed): string {
  const title = feed.title;
  const text = typeof title === 'string' ? title : (title?.de ?? title?.en);
  return text?.trim() || 'SON.NEC';
}

/** The part after `@` of every UID: the feed's name as a slug (`SON.NEC` → `son-nec`). */
function uidDomain(feed: Feed): string {
  return slug(feedName(feed)) || 'sonnec';
}

/**
 * The calendars' files (their state file last) and the feed's entries for them, their URLs
 * relative to the feed.
 */
async function calendarsOf(
  feed: Feed,
  command: Extract<Command, { command: 'build' }>,
  io: CliIo,
): Promise<{ files: Map<string, string>; calendars: FeedCalendar[] }> {
  const { buildCalendars, readState, STATE_FILE } = await import('./calendars.js');
  const dir = command.calendars!;
  const statePath = `${dir}/${STATE_FILE}`;
  const stateText = await io.load(statePath).then(
    (s) => s.text,
    () => undefined,
  );
  const set = await buildCalendars(feed, {
    uidDomain: uidDomain(feed),
    titlePrefix: feedName(feed),
    now: io.now?.() ?? Date.now(),
    state: readState(stateText),
    decodeReferences: tableReferences(io.htmlEntities),
  });
  const base = io.relative ? io.relative(command.output!, dir) : dir;
  const prefix = base === '' || base === '.' ? '' : `${base.replace(/\/+$/, '')}/`;
  const files = new Map<string, string>();
  for (const [name, text] of set.files) files.set(`${dir}/${name}`, text);
  files.set(statePath, `${JSON.stringify(set.state, null, 1)}\n`);
  return {
    files,
    calendars: set.calendars.map((c) => ({ ...c, url: prefix + c.url })),
  };
}

/** Header values of every source from the environment, or what is missing (never a value). */
/** Each source's headers and query keys, read from the environment; a message when one is missing. */
function requestsFromEnv(
  sources: readonly SourceSpec[],
  io: CliIo,
): Map<SourceSpec, LoadRequest> | string {
  const out = new Map<SourceSpec, LoadRequest>();
  for (const spec of sources) {
    for (const { in: where, name, variable } of spec.secrets ?? []) {
      const what = where === 'header' ? `the header ${name}` : `the query parameter ${name}`;
      const value = io.env?.(variable);
      if (!value) return `the environment variable ${variable} (for ${what}) is not set.`;
      // eslint-disable-next-line no-control-regex
      if (value !== value.trim() || /[\u0000-\u0008\u000a-\u001f\u007f]/.test(value)) {
        return `the environment variable ${variable} holds no valid value for ${what}.`;
      }
      const request = out.get(spec) ?? {};
      const key = where === 'header' ? 'headers' : 'query';
      out.set(spec, { ...request, [key]: { ...request[key], [name]: value } });
    }
  }
  return out;
}

async function validate(files: readonly string[], strict: boolean, io: CliIo): Promise<number> {
  await loadOpeningHoursReader(); // checkFeed reads places' opening hours
  if (!io.schema) {
    io.err("sonnec-feed: JSON Schema not found; checking against the widgets' rules only.\n");
  }
  let invalid = 0;
  for (const file of files) {
    let problems: Problem[];
    let value: unknown;
    try {
      const source = await io.load(file);
      try {
        value = JSON.parse(source.text.replace(/^\ufeff/, ''));
        problems = checkFeed(value, io.schema);
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        problems = [{ path: '$', message: `not valid JSON (${error.message})` }];
      }
    } catch (error) {
      io.err(`${file}: cannot be read (${(error as Error).message})\n`);
      invalid++;
      continue;
    }
    const warnings = ruleWarnings(value);
    const warned = warnings.length ? `; ${plural(warnings.length, 'warning')}` : '';
    if (strict && warnings.length > 0) invalid++;
    if (problems.length === 0) {
      const sections = ['events', 'news', 'places', 'downloads'] as const;
      const record = value as Record<string, unknown>;
      const summary = sections
        .map((s) => `${Array.isArray(record[s]) ? (record[s] as unknown[]).length : 0} ${s}`)
        .join(', ');
      io.out(`${file}: valid (${summary})${warned}\n`);
    } else {
      invalid++;
      io.out(`${file}: ${plural(problems.length, 'problem')}${warned}\n`);
      printProblems(problems, io.out);
    }
    for (const w of warnings) io.out(`  warning ${w.path}: ${w.message}\n`);
  }
  return invalid > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function printProblems(problems: readonly Problem[], print: (text: string) => void): void {
  for (const p of problems) print(`  ${p.path}: ${p.message}\n`);
}

function counts(feed: Feed): string {
  const parts = (['events', 'news', 'places', 'downloads'] as const)
    .filter((s) => feed[s].length > 0)
    .map((s) => `${feed[s].length} ${s}`);
  return parts.length ? parts.join(', ') : 'no items';
}

function left(feed: Feed): string {
  const out = feed.dropped.filter((d) => !d.kept).length;
  const noted = feed.dropped.length - out;
  const parts = [
    ...(out ? [`${out} left out`] : []),
    ...(noted ? [`${noted} shown with a note`] : []),
  ];
  return parts.length ? `; ${parts.join(', ')}:` : '';
}
