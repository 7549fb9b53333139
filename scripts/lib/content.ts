// Reads the editor's content folder into vfiles for the pure checks in src/lib/validate.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { checkContent, type CheckedContent } from '../../src/lib/validate/checkContent.ts';

export const ARTICLES_DIR = 'content/articles';
export const DATASET_PATH = 'content/data/projects.json';

/** Paths are kept relative to the project root, as editors see them in messages. */
export async function readContentFiles(root: string): Promise<{ dataset: VFile; articles: VFile[] }> {
  const readText = async (relative: string) => new VFile({ path: relative, value: await readFile(path.join(root, relative), 'utf8') });
  let dataset: VFile;
  try {
    dataset = await readText(DATASET_PATH);
  } catch {
    dataset = new VFile({ path: DATASET_PATH, value: '' });
  }
  let names: string[] = [];
  try {
    names = (await readdir(path.join(root, ARTICLES_DIR))).filter((name) => /\.mdx?$/i.test(name)).sort();
  } catch {
    names = [];
  }
  const articles = await Promise.all(names.map((name) => readText(`${ARTICLES_DIR}/${name}`)));
  return { dataset, articles };
}

export async function checkContentAt(root: string): Promise<CheckedContent> {
  return checkContent(await readContentFiles(root));
}
