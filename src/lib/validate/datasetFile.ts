// Reads content/data/projects.json as an editor wrote it: syntax errors, duplicate keys, schema problems and
// duplicate ids all become messages with the line and column of the offending value.

import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { VFile } from 'vfile';
import { datasetSchema, type Dataset } from '../schema.ts';
import { flag } from './diagnostics.ts';
import { createPositionFinder, type Place } from './position.ts';
import { explainIssue, formatPath, parseOptions, quoted } from './zodIssues.ts';
import { MAX_JSON_DEPTH, forbiddenCharacter, jsonNestingOffset, stringsIn } from './fileText.ts';

export type JsonPath = readonly (string | number)[];

export interface ParsedDataset {
  dataset: Dataset | undefined;
  /** Project ids as written, even when the dataset is invalid, so articles can still be checked against them. */
  projectIds: Set<string> | undefined;
  /** Where a value sits in the file, for messages raised by later checks. */
  locate: (path: JsonPath) => Place | undefined;
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: '此处的字符不合 JSON 语法',
  InvalidNumberFormat: '数字写得不对',
  PropertyNameExpected: '应为加双引号的字段名（是不是“}”前多了逗号？）',
  ValueExpected: '应为一个值（是不是“]”前多了逗号？）',
  ColonExpected: '字段名后应有“:”',
  CommaExpected: '各项之间应有“,”',
  CloseBraceExpected: '应有“}”结束这个对象',
  CloseBracketExpected: '应有“]”结束这个列表',
  EndOfFileExpected: 'JSON 结束之后还有多余的文字',
  InvalidCommentToken: 'JSON 里不能写注释',
  UnexpectedEndOfComment: 'JSON 里不能写注释',
  UnexpectedEndOfString: '文字缺少结束的双引号',
  UnexpectedEndOfNumber: '数字写得不对',
  InvalidUnicode: '\\u 转义写得不对',
  InvalidEscapeCharacter: '转义写得不对：反斜杠本身请写成 \\\\',
  InvalidCharacter: '文字里有不允许的字符（是不是直接换行或用了制表符？）',
};

function placeOf(node: Node, position: (offset: number) => { line: number; column: number }): Place {
  return { start: position(node.offset), end: position(node.offset + node.length) };
}

/** Objects that name one key twice: JSON.parse would silently keep the last. */
function flagDuplicateKeys(file: VFile, node: Node, position: (offset: number) => { line: number; column: number }) {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (!key) continue;
      const name = String(key.value);
      if (seen.has(name)) flag(file, 'error', `字段 ${name} 在这个对象里出现了两次`, placeOf(key, position), 'duplicate-key');
      seen.add(name);
    }
  }
  for (const child of node.children ?? []) flagDuplicateKeys(file, child, position);
}

interface IdOwner {
  path: JsonPath;
  label: string;
}

function flagDuplicateIds(file: VFile, value: unknown, locate: ParsedDataset['locate']) {
  const record = (value ?? {}) as Record<string, unknown>;
  const lists: IdOwner[] = [
    { path: ['projects'], label: '项目' },
    { path: ['events'], label: '事件' },
  ];
  const projects = Array.isArray(record.projects) ? record.projects : [];
  projects.forEach((_project, index) => lists.push({ path: ['projects', index, 'milestones'], label: '节点' }));
  for (const { path, label } of lists) {
    let list: unknown = record;
    for (const segment of path) list = (list as Record<string | number, unknown> | undefined)?.[segment];
    if (!Array.isArray(list)) continue;
    const first = new Map<string, number>();
    list.forEach((item, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') return;
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, index);
      else
        flag(
          file,
          'error',
          `${formatPath([...path, index, 'id'])}：${label} id ${quoted(id)}已被 ${formatPath([...path, earlier])} 使用；每个${label}的 id 只能用一次`,
          locate([...path, index, 'id']),
          'duplicate-id',
        );
    });
  }
}

export function parseDatasetFile(file: VFile): ParsedDataset {
  const nothing: ParsedDataset = { dataset: undefined, projectIds: undefined, locate: () => undefined };
  // A file that could not be read (missing, not UTF-8) already has its one message.
  if (file.data.unreadable) return nothing;
  let text = String(file.value ?? '');
  if (text.startsWith('\uFEFF')) {
    // Windows editors save UTF-8 with a byte order mark, which JSON does not allow; the rest is still checked.
    flag(file, 'error', '文件开头有字节顺序标记（BOM）：JSON 不允许它；请存为不带 BOM 的 UTF-8（记事本：另存为，编码选“UTF-8”）', { start: { line: 1, column: 1 } }, 'json-syntax');
    text = ` ${text.slice(1)}`;
  }
  const position = createPositionFinder(text);
  const deep = jsonNestingOffset(text);
  if (deep !== -1) {
    // The parser would overflow its stack long before a real dataset's eight levels matter.
    flag(file, 'error', `JSON 嵌套过深（超过 ${MAX_JSON_DEPTH} 层括号）：不像是数据集，请检查此处`, { start: position(deep) }, 'json-syntax');
    return nothing;
  }
  const errors: ParseError[] = [];
  const root = text.trim() ? parseTree(text, errors, { disallowComments: true, allowTrailingComma: false }) : undefined;

  const locate = (path: JsonPath): Place | undefined => {
    if (!root) return undefined;
    for (let length = path.length; length >= 0; length--) {
      const node = findNodeAtLocation(root, path.slice(0, length) as (string | number)[]);
      if (node) {
        // Point at "key": value rather than the value alone, so the line shows which field it is.
        const anchor = length === path.length && node.parent?.type === 'property' ? node.parent : node;
        return placeOf(anchor, position);
      }
    }
    return undefined;
  };

  if (!root) {
    flag(file, 'error', '文件是空的：应为含 projects 和 indicators 的 JSON 对象', { start: { line: 1, column: 1 } }, 'json-syntax');
    return { dataset: undefined, projectIds: undefined, locate };
  }
  const seenOffsets = new Set<number>();
  for (const error of errors) {
    // One mistake often trips the parser twice at the same spot; the first reading is the useful one.
    if (seenOffsets.has(error.offset)) continue;
    seenOffsets.add(error.offset);
    const code = printParseErrorCode(error.error);
    flag(file, 'error', `JSON 语法错误：${SYNTAX_MESSAGES[code] ?? code}`, { start: position(error.offset) }, 'json-syntax');
  }
  if (errors.length) return { dataset: undefined, projectIds: undefined, locate };

  flagDuplicateKeys(file, root, position);
  const value: unknown = getNodeValue(root);
  for (const [string, path] of stringsIn(value)) {
    const forbidden = forbiddenCharacter(string);
    if (forbidden) flag(file, 'error', `${formatPath(path)}：含有不可见的控制字符 ${forbidden.code}：网页、订阅源和图片都无法容纳它，请删除`, locate(path), 'control-character');
  }
  flagDuplicateIds(file, value, locate);
  const rawProjects = (value as { projects?: unknown } | null)?.projects;
  const projectIds = new Set(
    (Array.isArray(rawProjects) ? rawProjects : [])
      .map((project) => (project as { id?: unknown } | null)?.id)
      .filter((id): id is string => typeof id === 'string'),
  );

  const result = datasetSchema.safeParse(value, parseOptions);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path as (string | number)[];
      const where = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : path;
      const field = formatPath(path);
      flag(file, 'error', `${field ? `${field}：` : ''}${explainIssue(issue, datasetSchema)}`, locate(where), 'schema');
    }
    return { dataset: undefined, projectIds, locate };
  }
  return { dataset: file.messages.some((message) => message.fatal) ? undefined : result.data, projectIds, locate };
}
