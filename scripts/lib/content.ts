// Reads the editor's content folder into vfiles for the pure checks in src/lib/validate. A file that cannot be
// read as text (missing, a folder, too large, not UTF-8) gets one message saying so and is marked unreadable, so
// the checks do not add a second, misleading one ("the file is empty").
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { checkContent, type CheckedContent, type ContentFiles } from '../../src/lib/validate/checkContent.ts';
import { flag } from '../../src/lib/validate/diagnostics.ts';
import type { RuleId } from '../../src/lib/validate/rules/index.ts';
import { MAX_ARTICLE_BYTES, MAX_DATASET_BYTES, decodeUtf8, formatBytes } from '../../src/lib/validate/fileText.ts';

export const ARTICLES_DIR = 'content/articles';
export const DATASET_PATH = 'content/data/projects.json';

async function readContentFile(root: string, relative: string, limit: number, what: string): Promise<VFile> {
  const file = new VFile({ path: relative, value: '' });
  const unreadable = (reason: string, rule: RuleId, place = { start: { line: 1, column: 1 } }) => {
    flag(file, 'error', reason, place, rule);
    file.data.unreadable = true;
    return file;
  };
  const absolute = path.join(root, relative);
  let size: number;
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) return unreadable(`这是一个文件夹，不是${what}文件`, 'missing-file');
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? unreadable(`找不到${what}文件：${relative} 不存在`, 'missing-file') : unreadable(`无法读取${what}文件（${code}）`, 'missing-file');
  }
  if (size > limit) return unreadable(`${what}文件有 ${formatBytes(size)}，超过上限 ${formatBytes(limit)}：不像是编辑写的内容，没有读取`, 'too-large');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    return unreadable(`无法读取${what}文件（${(error as NodeJS.ErrnoException).code ?? String(error)}）`, 'missing-file');
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return unreadable(decoded.reason, 'encoding', { start: decoded.place });
  file.value = decoded.text;
  return file;
}

/** Paths are kept relative to the project root, as editors see them in messages. */
export async function readContentFiles(root: string): Promise<ContentFiles> {
  const dataset = await readContentFile(root, DATASET_PATH, MAX_DATASET_BYTES, '数据集');
  let names: string[] = [];
  try {
    names = (await readdir(path.join(root, ARTICLES_DIR))).filter((name) => /\.mdx?$/i.test(name)).sort();
  } catch {
    names = [];
  }
  const articles = await Promise.all(names.map((name) => readContentFile(root, `${ARTICLES_DIR}/${name}`, MAX_ARTICLE_BYTES, '文章')));
  return { dataset, articles };
}

export async function checkContentAt(root: string, today?: string): Promise<CheckedContent> {
  return checkContent({ ...(await readContentFiles(root)), today });
}
