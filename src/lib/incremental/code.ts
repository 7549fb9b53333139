// Fingerprints of what a build is made from. The code's (src/, the Astro config, the exact packages in the lockfile,
// the Node version, whose ICU gives collation and number formats, and the settings the build is given) salts every
// cached page, twin, index and image: any change and that cache is ignored as a whole, since code changes are rare
// next to content changes and this never misses one. The inputs' (the code's plus the content, public/ and the
// build scripts) tells whether a site is still what a build would write today.

import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';

const CODE_FILES = ['astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
const CODE_FOLDERS = ['src'];
/** Besides the code: what editors change, the static files, the build's own scripts and what npm installed. */
const INPUT_FILES = [...CODE_FILES, 'package.json', 'node_modules/.package-lock.json', '.env', '.env.production', '.env.local', '.env.production.local'];
const INPUT_FOLDERS = [...CODE_FOLDERS, 'content', 'public', 'scripts'];

async function filesUnder(root: string, folder: string): Promise<string[]> {
  try {
    const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  } catch {
    return [];
  }
}

async function fingerprint(root: string, fileNames: readonly string[], folders: readonly string[], settings: Readonly<Record<string, string>>): Promise<string> {
  const files = [...fileNames, ...(await Promise.all(folders.map((folder) => filesUnder(root, folder)))).flat()].sort();
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

/** A fingerprint of the code and `settings` (SITE_URL, BASE_PATH …, as the caller names them). */
export function codeFingerprint(root: string, settings: Readonly<Record<string, string>>): Promise<string> {
  return fingerprint(root, CODE_FILES, CODE_FOLDERS, settings);
}

/** A fingerprint of everything a build reads: the code, the content, public/, the scripts, and `settings`. */
export function inputsFingerprint(root: string, settings: Readonly<Record<string, string>>): Promise<string> {
  return fingerprint(root, INPUT_FILES, INPUT_FOLDERS, settings);
}
