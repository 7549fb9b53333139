// Where each character of a cleaned text node stood in the scraped file, so warnings raised after
// earlier steps removed text still point at the editor's original line and column.
// Columns count UTF-16 code units from 1, as unist positions do.
import type { Text } from 'mdast';
import type { Point, Position } from 'unist';

declare module 'mdast' {
  interface TextData {
    /** Original column of each UTF-16 unit of `value`, plus one entry for the end. */
    columns?: number[];
  }
}

export interface Edit {
  start: number;
  end: number;
  insert?: string;
}

export function columnsOf(node: Text): number[] {
  const known = node.data?.columns;
  if (known && known.length === node.value.length + 1) return known;
  const first = node.position?.start.column ?? 1;
  return Array.from({ length: node.value.length + 1 }, (_, i) => first + i);
}

export function pointAt(node: Text, index: number): Point {
  const columns = columnsOf(node);
  const column = columns[Math.max(0, Math.min(index, columns.length - 1))] ?? 1;
  return { line: node.position?.start.line ?? 1, column };
}

/** The original span of `value.slice(start, end)`: from its first unit to just after its last. */
export function placeOf(node: Text, start: number, end: number): Position {
  const columns = columnsOf(node);
  const last = columns[Math.max(start, end - 1)] ?? 1;
  const line = node.position?.start.line ?? 1;
  return { start: pointAt(node, start), end: { line, column: end > start ? last + 1 : last } };
}

/** Applies non-overlapping edits; inserted text of the same length keeps the columns it replaces. */
export function applyEdits(node: Text, edits: readonly Edit[]): void {
  if (edits.length === 0) return;
  const columns = columnsOf(node);
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let value = '';
  const nextColumns: number[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) throw new RangeError('applyEdits: overlapping edits');
    value += node.value.slice(cursor, edit.start);
    nextColumns.push(...columns.slice(cursor, edit.start));
    const insert = edit.insert ?? '';
    value += insert;
    const sameLength = insert.length === edit.end - edit.start;
    for (let i = 0; i < insert.length; i++) nextColumns.push(columns[sameLength ? edit.start + i : edit.start] ?? 1);
    cursor = edit.end;
  }
  value += node.value.slice(cursor);
  nextColumns.push(...columns.slice(cursor));
  node.value = value;
  node.data = { ...node.data, columns: nextColumns };
}
