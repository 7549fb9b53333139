// Zod issues reworded for editors: the field path, what was expected, what was found, and for a typo the
// field or value that was probably meant. Schema-level messages (set in schema.ts) win over these defaults.

import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;
type PathSegment = PropertyKey;

/** `projects[0].figures.investment[1].value` */
export function formatPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text ? `.${String(segment)}` : String(segment);
  }
  return text;
}

/** A short, quoted rendering of the value an editor wrote. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  return 'an object';
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  date: 'a date',
};

/** Per-parse error map: wording for issues the schema did not word itself. */
export function describeIssue(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `expected at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return 'expected some text, not an empty string';
      return `expected a number ${issue.inclusive ? '≥' : '>'} ${issue.minimum}`;
    case 'too_big':
      return `expected at most ${issue.maximum}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'invalid_format':
      return `expected ${issue.format === 'url' ? 'an absolute URL' : `a ${issue.format}`}`;
    case 'invalid_union':
      return 'expected one of the allowed shapes';
    default:
      return issue.message ?? 'invalid value';
  }
}

export const parseOptions = { reportInput: true, error: describeIssue } as const;

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The candidate an editor most likely meant, if one is close. */
export function closestMatch(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(value.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

interface SchemaDef {
  type: string;
  innerType?: SchemaLike;
  out?: SchemaLike;
  in?: SchemaLike;
  element?: SchemaLike;
  shape?: Record<string, SchemaLike>;
}
interface SchemaLike {
  _zod: { def: SchemaDef };
}

function unwrap(schema: SchemaLike): SchemaLike {
  let current = schema;
  for (;;) {
    const def = current._zod.def;
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.out) current = def.out._zod.def.type === 'transform' && def.in ? def.in : def.out;
    else return current;
  }
}

/** The field names an object schema accepts at a path, for "did you mean" hints. */
export function knownKeysAt(schema: SchemaLike, path: readonly PathSegment[]): string[] {
  let current = unwrap(schema);
  for (const segment of path) {
    const def = current._zod.def;
    if (def.type === 'array' && def.element && typeof segment === 'number') current = unwrap(def.element);
    else if (def.type === 'object' && def.shape && typeof segment === 'string' && def.shape[segment])
      current = unwrap(def.shape[segment]);
    else return [];
  }
  const def = current._zod.def;
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** The sentence after the path: what was expected, what was found, and a likely fix. */
export function explainIssue(issue: Issue, schema: SchemaLike): string {
  let text = issue.message;
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(schema, issue.path);
    const hints = issue.keys
      .map((key) => [key, closestMatch(key, known)] as const)
      .filter(([, match]) => match !== undefined)
      .map(([key, match]) => (issue.keys.length > 1 ? `"${match}" for "${key}"` : `"${match}"`));
    return hints.length ? `${text} (did you mean ${hints.join(', ')}?)` : `${text}; allowed: ${known.join(', ')}`;
  }
  const input = (issue as { input?: unknown }).input;
  if (input === undefined && issue.code === 'invalid_type') return `missing: ${text}`;
  if (input !== undefined && typeof input !== 'object') text += `, got ${describeValue(input)}`;
  if (issue.code === 'invalid_value' && typeof input === 'string') {
    const match = closestMatch(
      input,
      issue.values.filter((value): value is string => typeof value === 'string'),
    );
    if (match) text += ` (did you mean "${match}"?)`;
  }
  return text;
}
