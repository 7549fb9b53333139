// What cleaning took out of the scraped text, with where it stood, so the importer can show it.
import type { VFile } from 'vfile';

export type RemovalKind = 'pinyin' | 'chrome' | 'placeholder';

export interface Removal {
  kind: RemovalKind;
  text: string;
  line: number;
  column: number;
}

declare module 'vfile' {
  interface DataMap {
    removed: Removal[];
  }
}

export function recordRemoval(file: VFile, removal: Removal): void {
  (file.data.removed ??= []).push(removal);
}

export function removalsOf(file: VFile): Removal[] {
  return [...(file.data.removed ?? [])].sort((a, b) => a.line - b.line || a.column - b.column);
}
