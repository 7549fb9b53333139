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

/** Text in Chinese quotation marks, on one line: a line break or control character is shown escaped. */
export function quoted(text: string): string {
  return `“${JSON.stringify(text).slice(1, -1).replaceAll('\\"', '"')}”`;
}

/** A short, quoted rendering of the value an editor wrote. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '空';
  if (value === null) return 'null';
  if (typeof value === 'string') return quoted(value.length > 40 ? `${value.slice(0, 37)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return '列表';
  if (value instanceof Date) return `日期 ${value.toISOString().slice(0, 10)}`;
  return '对象';
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表',
  object: '对象',
  date: '日期',
};

/** Per-parse error map: wording for issues the schema did not word itself. */
export function describeIssue(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `应为以下之一：${issue.values.map((value) => (typeof value === 'string' ? quoted(value) : String(value))).join('、')}`;
    case 'too_small':
      if (issue.origin === 'array') return `应至少有 ${issue.minimum} 项`;
      if (issue.origin === 'string') return '应填写文字，不能为空';
      return `应为${issue.inclusive ? '不小于' : '大于'} ${issue.minimum} 的数字`;
    case 'too_big':
      return `应不超过 ${issue.maximum}`;
    case 'unrecognized_keys':
      return `不认识的字段 ${issue.keys.join('、')}`;
    case 'invalid_format':
      return issue.format === 'url' ? '应为完整的网址' : `应为 ${issue.format} 格式`;
    case 'invalid_union':
      return '不符合任何一种允许的写法';
    default:
      return issue.message ?? '值无效';
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

/** The field names an object schema accepts at a path, for 是不是 … hints. */
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
      .map(([key, match]) => (issue.keys.length > 1 ? `${key} 是不是 ${match}？` : `是不是 ${match}？`));
    return hints.length ? `${text}（${hints.join('')}）` : `${text}；可用的字段：${known.join('、')}`;
  }
  const input = (issue as { input?: unknown }).input;
  if (input === undefined && issue.code === 'invalid_type') return `缺少此项；${text}`;
  if (input !== undefined && typeof input !== 'object') {
    const value = describeValue(input);
    text += `，实为${value.startsWith('“') ? '' : ' '}${value}`;
  }
  if (issue.code === 'invalid_value' && typeof input === 'string') {
    const match = closestMatch(
      input,
      issue.values.filter((value): value is string => typeof value === 'string'),
    );
    if (match) text += `（是不是${quoted(match)}？）`;
  }
  return text;
}
