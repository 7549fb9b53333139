// What every cached page, twin, index and image was made with besides the content: the project's code (src/, the
// Astro config, the exact packages in the lockfile), the Node version (collation and number formats come from its
// ICU) and the settings the build is given. Any change and the cache is ignored as a whole: code changes are rare
// next to content changes, and this never misses one.

import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';

const FILES = ['astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
const FOLDERS = ['src'];

async function filesUnder(root: string, folder: string): Promise<string[]> {
  try {
    const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  } catch {
    return [];
  }
}

/** A fingerprint of the code and `settings` (SITE_URL, BASE_PATH …, as the caller names them). */
export async function codeFingerprint(root: string, settings: Readonly<Record<string, string>>): Promise<string> {
  const files = [...FILES, ...(await Promise.all(FOLDERS.map((folder) => filesUnder(root, folder)))).flat()].sort();
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\n`);
  for (const [name, value] of Object.entries(settings).sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${name}=${value}\n`);
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(root, file));
    } catch {
      continue;
    }
    hash.update(`${file}\n${bytes.length}\n`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
