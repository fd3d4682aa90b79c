/**
 * Checks a parsed feed the way a webmaster needs it before publishing: against the JSON Schema
 * (through an injected checker, so this file needs no validator library) and against the
 * widgets' own rules (`validateFeed`: duplicate ids, unsafe URLs, impossible dates…).
 * Every problem carries a JSON path such as `$.events[3].start`.
 */
import { FeedError } from '../feed/errors.js';
import { ruleProblem } from '../feed/rule-problem.js';
import { validateFeed } from '../feed/validate.js';

/** One error of a JSON Schema validator, in the shape Ajv reports it. */
export interface SchemaIssue {
  /** JSON Pointer of the value: `/events/3/start`. */
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string;
  readonly params?: Readonly<Record<string, unknown>>;
  /** Where in the schema it failed: `#/$defs/text/oneOf/1/additionalProperties/type`. */
  readonly schemaPath?: string;
  /** For a failed `propertyNames`: the key. */
  readonly propertyName?: string;
  /** The `description` of the schema that failed, when the validator gives it. */
  readonly description?: string;
}

export type SchemaCheck = (value: unknown) => readonly SchemaIssue[];

export interface Problem {
  /** JSONPath: `$`, `$.events[3].start`. */
  readonly path: string;
  readonly message: string;
}

export function checkFeed(value: unknown, schema?: SchemaCheck): Problem[] {
  const problems = schema ? schemaProblems(schema(value)) : [];
  try {
    const feed = validateFeed(value);
    for (const d of feed.dropped) {
      const path = d.index < 0 ? `$.${d.section}` : `$.${d.section}[${d.index}]`;
      problems.push({ path, message: `left out by the widgets: ${d.reason}` });
    }
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    if (problems.length === 0) problems.push({ path: '$', message: error.message });
  }
  // Problems of one item together, items in document order.
  const key = (p: Problem) =>
    p.path.replace(/\[(\d+)\]/g, (_, n: string) => `[${n.padStart(9, '0')}]`);
  return problems
    .map((p, i) => ({ p, i, k: key(p) }))
    .sort((a, b) => (a.k === b.k ? a.i - b.i : a.k < b.k ? -1 : 1))
    .map(({ p }) => p);
}

/**
 * Recurring events whose rule the widgets do not expand (they show its first date only): not an
 * error, since the feed is valid, but the webmaster should know. One per event, with its id.
 */
export function ruleWarnings(value: unknown): Problem[] {
  const events = (value as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return [];
  const out: Problem[] = [];
  events.forEach((event: unknown, i) => {
    const { id, rrule } = (event ?? {}) as { id?: unknown; rrule?: unknown };
    const why = typeof rrule === 'string' ? ruleProblem(rrule) : undefined;
    if (why !== undefined) {
      out.push({ path: `$.events[${i}].rrule`, message: ruleMessage(String(id), why) });
    }
  });
  return out;
}

/** The warning for one event: `event "x" shows only its first date: FREQ=HOURLY is not supported`. */
export function ruleMessage(id: string, why: string): string {
  return `event ${JSON.stringify(id)} shows only its first date: its rule is not expanded (${why})`;
}

/** JSON Pointer → JSONPath: `/events/3/title/de-AT` → `$.events[3].title["de-AT"]`. */
export function jsonPath(pointer: string): string {
  if (!pointer) return '$';
  return (
    '$' +
    pointer
      .slice(1)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((key) =>
        /^\d+$/.test(key)
          ? `[${key}]`
          : /^[A-Za-z_$][\w$]*$/.test(key)
            ? `.${key}`
            : `[${JSON.stringify(key)}]`,
      )
      .join('')
  );
}

/**
 * One line per problem, without the noise of unions. A validator reports every branch of a
 * failed `oneOf`/`anyOf`; here the branch the author meant speaks:
 * - a branch that failed inside the value (or on `required`, `pattern`, …) was meant, so the
 *   other branches' "must be string"/"must be object" are left out;
 * - when the meant branch is a record with required fields (a location object), the record-of-
 *   strings branch (a language map) is left out too;
 * - a value that fits no branch's type reads "must be string or object", and a string that
 *   fits no branch's pattern "does not match any of: …".
 */
function schemaProblems(issues: readonly SchemaIssue[]): Problem[] {
  const isChoice = (i: SchemaIssue) => i.keyword === 'oneOf' || i.keyword === 'anyOf';
  const choices = new Set(issues.filter(isChoice).map((i) => i.instancePath));
  const at = (path: string) => issues.filter((i) => i.instancePath === path);
  const isRecordBranch = (path: string) =>
    at(path).some((i) => i.keyword === 'required' || i.keyword === 'dependentRequired');
  const isMapIssue = (i: SchemaIssue) => {
    const parent = i.instancePath.slice(0, i.instancePath.lastIndexOf('/'));
    return (
      (choices.has(i.instancePath) &&
        isRecordBranch(i.instancePath) &&
        (i.keyword === 'propertyNames' || i.propertyName !== undefined)) ||
      (choices.has(parent) &&
        isRecordBranch(parent) &&
        /\/additionalProperties\/type$/.test(i.schemaPath ?? ''))
    );
  };
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const add = (pointer: string, message: string) => {
    const key = `${pointer}\n${message}`;
    if (!seen.has(key)) problems.push({ path: jsonPath(pointer), message });
    seen.add(key);
  };
  for (const issue of issues) {
    const path = issue.instancePath;
    if (isMapIssue(issue)) continue;
    // ajv reports a bad key twice: as the key's `pattern` and as `propertyNames`.
    if (issue.propertyName !== undefined && issue.keyword !== 'propertyNames') continue;
    if (
      !choices.has(path) ||
      !(isChoice(issue) || issue.keyword === 'type' || issue.keyword === 'pattern')
    ) {
      add(path, describe(issue, issues));
      continue;
    }
    const here = at(path).filter((i) => !isMapIssue(i));
    const meant = issues.some(
      (i) =>
        (i.instancePath.startsWith(`${path}/`) && !isMapIssue(i)) ||
        (i.instancePath === path &&
          !isChoice(i) &&
          i.keyword !== 'type' &&
          i.keyword !== 'pattern'),
    );
    if (meant) {
      if (issue.keyword === 'pattern') add(path, describe(issue, issues));
      continue;
    }
    const patterns = here.filter((i) => i.keyword === 'pattern');
    const types = [
      ...new Set(here.filter((i) => i.keyword === 'type').map((i) => String(i.params?.type))),
    ];
    if (patterns.length > 1) {
      add(
        path,
        `does not match any of: ${patterns.map((i) => firstSentence(i.description) ?? i.message).join('; ')}`,
      );
    } else if (patterns.length === 1) {
      add(path, describe(patterns[0]!, issues));
    } else if (types.length) {
      add(path, `must be ${types.join(' or ')}`);
    } else {
      add(path, describe(issue, issues));
    }
  }
  return problems;
}

function firstSentence(text: string | undefined): string | undefined {
  return text?.split(/(?<=\.)\s+(?=[A-Z])/)[0]?.replace(/\.$/, '');
}

function describe(issue: SchemaIssue, all: readonly SchemaIssue[]): string {
  const params = issue.params ?? {};
  switch (issue.keyword) {
    case 'required':
      return `missing required field "${String(params.missingProperty)}"`;
    case 'enum': {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [];
      return `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
    }
    case 'propertyNames': {
      const key = String(params.propertyName ?? issue.propertyName);
      const rule = all.find((i) => i.propertyName === key && i.keyword === 'pattern');
      return `key "${key}" is not allowed${rule ? ` (keys must match ${String(rule.params?.pattern)})` : ''}`;
    }
    case 'pattern': {
      // The pattern itself helps nobody; the schema's description says what is meant.
      const what = firstSentence(issue.description);
      return what ? `does not match: ${what}` : (issue.message ?? 'does not match its pattern');
    }
    default:
      return issue.message ?? issue.keyword;
  }
}
