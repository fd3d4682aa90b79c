/**
 * `sonnec-feed`: the alliance's command-line tool. `run()` holds every decision and message;
 * the launcher (bin/sonnec-feed.js) only supplies Node's I/O, an XML parser, HTML's entity table
 * and the JSON Schema checker, so the commands are tested without touching a real disk or network.
 */
import type { Feed } from '../feed/types.js';
import { parseArgs, USAGE, UsageError, type Command } from './args.js';
import { buildFeed, type LoadedSource } from './build.js';
import { checkFeed, type Problem, type SchemaCheck } from './check.js';
import { tableReferences } from './table-references.js';
import type { XmlParser } from '../feed/sources/index.js';

export interface CliIo {
  /** Reads a file path or an http(s) URL. */
  load(location: string): Promise<LoadedSource>;
  /**
   * Writes a file so that readers never see half of it, and leaves it alone (its date, hence its
   * ETag) when it already holds the text. Resolves false when nothing had to be written.
   */
  write(path: string, text: string): Promise<boolean>;
  out(text: string): void;
  err(text: string): void;
  readonly xmlParser: XmlParser;
  /** HTML's named character references, name (no `;`) → text: xmldom's copy of the WHATWG table. */
  readonly htmlEntities: Readonly<Record<string, string>>;
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
      return validate(command.files, io);
    case 'build':
      return build(command, io);
  }
}

async function build(command: Extract<Command, { command: 'build' }>, io: CliIo): Promise<number> {
  const result = await buildFeed(command.sources, {
    load: (location) => io.load(location),
    xmlParser: io.xmlParser,
    decodeReferences: tableReferences(io.htmlEntities),
    ...(command.title !== undefined && { title: command.title }),
    ...(command.only && { only: command.only }),
  });
  const width = Math.max(...command.sources.map((s) => s.location.length));
  let failed = 0;
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
  }
  if (!result.wire || (failed > 0 && !command.keepGoing)) {
    io.err(
      result.wire
        ? `sonnec-feed: nothing written: ${failed} of ${command.sources.length} source(s) failed (--keep-going publishes the others).\n`
        : 'sonnec-feed: nothing written: no source could be read.\n',
    );
    return EXIT_PROBLEMS;
  }
  // The feed must pass the check the webmasters use: anything else is a bug of this tool.
  const problems = checkFeed(result.wire, io.schema);
  if (problems.length > 0) {
    io.err('sonnec-feed: the built feed does not pass its own check (please report this):\n');
    printProblems(problems, io.err);
    return EXIT_PROBLEMS;
  }
  // Compact unless asked: the feed goes to every visitor's phone (-10 % gzip on the sample).
  const json = `${JSON.stringify(result.wire, null, command.pretty ? 2 : undefined)}\n`;
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

async function validate(files: readonly string[], io: CliIo): Promise<number> {
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
    if (problems.length === 0) {
      const sections = ['events', 'news', 'places', 'downloads'] as const;
      const record = value as Record<string, unknown>;
      const summary = sections
        .map((s) => `${Array.isArray(record[s]) ? (record[s] as unknown[]).length : 0} ${s}`)
        .join(', ');
      io.out(`${file}: valid (${summary})\n`);
      continue;
    }
    invalid++;
    io.out(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
    printProblems(problems, io.out);
  }
  return invalid > 0 ? EXIT_PROBLEMS : EXIT_OK;
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
