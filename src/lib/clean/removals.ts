// What cleaning took out of the scraped text, with where it stood, so the importer can show it.
import type { VFile } from 'vfile';

/** `headline` and `byline` lines are moved to the frontmatter, not deleted. */
export type RemovalKind = 'pinyin' | 'chrome' | 'placeholder' | 'headline' | 'byline';

export interface Removal {
  kind: RemovalKind;
  text: string;
  line: number;
  column: number;
  /** For chrome, what kind (metadata, navigation, list …, see chrome.ts; `site` for lines above the headline). */
  detail?: string;
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
