// Writing an article file without ever leaving half a file or silently replacing an editor's work: the text goes
// to a temporary file in the same folder, which then becomes the article in one step (a hard link that fails if
// the article exists, or a rename when replacing is asked for).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '../../src/lib/schema.ts';
import { parseDatasetFile } from '../../src/lib/validate/datasetFile.ts';
import { VFile } from 'vfile';
import { ARTICLES_DIR, DATASET_PATH } from './content.ts';

export type WriteOutcome = { status: 'created' | 'replaced' } | { status: 'exists'; existing: string };

/** Another article at the same address (x.md or x.mdx), relative to the root. */
export async function existingArticle(root: string, slug: string): Promise<string | undefined> {
  let names: string[] = [];
  try {
    names = await readdir(path.join(root, ARTICLES_DIR));
  } catch {
    return undefined;
  }
  const name = names.find((candidate) => candidate === `${slug}.md` || candidate === `${slug}.mdx`);
  return name === undefined ? undefined : `${ARTICLES_DIR}/${name}`;
}

/** Writes `relativePath` atomically; refuses when an article with its address exists, unless `replace`. */
export async function writeArticle(root: string, relativePath: string, text: string, options: { replace: boolean; slug: string }): Promise<WriteOutcome> {
  const existing = await existingArticle(root, options.slug);
  // Replacing is only ever of the same file: x.mdx is not replaced by x.md, which would publish at one address twice.
  if (existing && (!options.replace || existing !== relativePath)) return { status: 'exists', existing };
  const target = path.join(root, relativePath);
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
  try {
    if (options.replace && existsSync(target)) {
      await rename(temporary, target);
      return { status: 'replaced' };
    }
    try {
      await link(temporary, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { status: 'exists', existing: relativePath };
      throw error;
    }
    return { status: 'created' };
  } finally {
    await rm(temporary, { force: true });
  }
}

/** The dataset if it is valid; the tools still work without it (no projects recognised). */
export async function readDataset(root: string): Promise<Dataset | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(root, DATASET_PATH), 'utf8');
  } catch {
    return undefined;
  }
  const parsed = parseDatasetFile(new VFile({ path: DATASET_PATH, value: text }));
  return parsed.dataset ?? undefined;
}


/** The dataset file's text, as the editor wrote it. */
export async function readDatasetText(root: string): Promise<string> {
  return readFile(path.join(root, DATASET_PATH), 'utf8');
}

/**
 * Why --apply may not replace the dataset, in one line, or undefined. Replacing is a rename, which a read-only
 * file does not prevent (only its folder's mode matters), so the file's own mode is read: an editor who made it
 * read-only meant it. The mode bits, not access(), because the tools often run as root.
 */
export async function datasetWriteProblem(root: string): Promise<string | undefined> {
  const target = path.join(root, DATASET_PATH);
  let mode: number;
  try {
    mode = (await stat(target)).mode;
  } catch {
    return undefined;
  }
  if ((mode & 0o222) === 0) return `${DATASET_PATH} 是只读文件，--apply 没有写入任何内容；需要写入时请先改为可写（chmod u+w），它的权限保持不变`;
  if ((await stat(path.dirname(target))).mode & 0o222) return undefined;
  return `${path.dirname(DATASET_PATH)}/ 是只读文件夹，--apply 没有写入任何内容；需要写入时请先改为可写（chmod u+w）`;
}

/**
 * Replaces the dataset in one step (a temporary file renamed over it), so it is never half-written; the new file
 * keeps the old one's permissions.
 */
export async function writeDataset(root: string, text: string): Promise<void> {
  await replaceFile(root, DATASET_PATH, text);
}

/**
 * Replaces a file in one step (a temporary file in its folder renamed over it), so it is never half-written. With
 * `unless`, nothing is written when the file no longer holds that text (an editor saved it meanwhile): returns false.
 */
export async function replaceFile(root: string, relativePath: string, text: string, unless?: { changedFrom: string }): Promise<boolean> {
  const target = path.join(root, relativePath);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const mode = (await stat(target).catch(() => undefined))?.mode;
  await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
  try {
    if (unless && (await readFile(target, 'utf8')) !== unless.changedFrom) return false;
    if (mode !== undefined) await chmod(temporary, mode & 0o7777);
    await rename(temporary, target);
    return true;
  } finally {
    await rm(temporary, { force: true });
  }
}
