// The build cache on disk, under node_modules/.astro/jindu/ (what hosts keep between builds of an Astro site): files
// named by the SHA-256 of their bytes, and manifests saying which file is what. Nothing read from it is trusted: a
// file whose bytes do not hash to its name, or a manifest whose checksum, version or code fingerprint does not match,
// is treated as missing. So a damaged or deleted cache makes a build slower, never wrong. Writes go to a temporary
// name first and are renamed into place, so a build stopped halfway leaves no half-written file under a real name.

import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from './deps.ts';

/** Bumped whenever what the cache holds changes meaning: older caches are then ignored. */
export const CACHE_FORMAT = 1;

/** The cache folder of a project: JINDU_CACHE_DIR, else node_modules/.astro/jindu/. */
export function cacheDirOf(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.JINDU_CACHE_DIR ? path.resolve(env.JINDU_CACHE_DIR) : path.join(root, 'node_modules', '.astro', 'jindu');
}

let temporary = 0;

/** Writes `file` under a temporary name first, so a stopped build never leaves it half-written. */
export async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}-${++temporary}.tmp`;
  await writeFile(partial, data);
  await rename(partial, file);
}

/** Files by content. */
export class BlobStore {
  private readonly madeFolders = new Set<string>();
  /** Written or verified in this build (so neither is done twice, and pruning keeps them). */
  readonly used = new Set<string>();

  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  private fileOf(hash: string): string {
    return path.join(this.dir, hash.slice(0, 2), hash.slice(2));
  }

  /** Stores bytes; resolves with their hash. */
  async put(bytes: Uint8Array, hash = sha256(bytes)): Promise<string> {
    if (this.used.has(hash)) return hash;
    const file = this.fileOf(hash);
    await this.ensureFolder(path.dirname(file));
    const partial = `${file}.${process.pid}-${++temporary}.tmp`;
    await writeFile(partial, bytes);
    await rename(partial, file);
    this.used.add(hash);
    return hash;
  }

  /** The bytes stored under `hash`, or undefined when they are missing or damaged. */
  async get(hash: string): Promise<Buffer | undefined> {
    if (!/^[0-9a-f]{64}$/.test(hash)) return undefined;
    let bytes: Buffer;
    try {
      bytes = await readFile(this.fileOf(hash));
    } catch {
      return undefined;
    }
    if (sha256(bytes) !== hash) return undefined;
    this.used.add(hash);
    return bytes;
  }

  /**
   * Writes the stored file into the site at `target` (a folder of the build being made), from bytes just read and
   * checked against their hash. False when the file is missing or damaged: the caller makes it afresh. A copy, not
   * a link: the site and the cache never share a file, so what happens to one never changes the other.
   */
  async place(hash: string, target: string): Promise<boolean> {
    const bytes = await this.get(hash);
    if (!bytes) return false;
    await this.ensureFolder(path.dirname(target));
    await writeFile(target, bytes);
    return true;
  }

  private async ensureFolder(folder: string): Promise<void> {
    if (this.madeFolders.has(folder)) return;
    await mkdir(folder, { recursive: true });
    this.madeFolders.add(folder);
  }

  /** Deletes every stored file this build neither wrote nor read, and leftovers of interrupted writes. */
  async prune(keep: ReadonlySet<string> = new Set()): Promise<number> {
    let removed = 0;
    let folders: string[];
    try {
      folders = await readdir(this.dir);
    } catch {
      return 0;
    }
    for (const folder of folders) {
      let names: string[];
      try {
        names = await readdir(path.join(this.dir, folder));
      } catch {
        continue;
      }
      for (const name of names) {
        const hash = folder + name;
        if (this.used.has(hash) || keep.has(hash)) continue;
        await rm(path.join(this.dir, folder, name), { force: true });
        removed++;
      }
    }
    return removed;
  }
}

interface ManifestFile<T> {
  format: number;
  /** What the cached things were made with (code, settings): another fingerprint and they are all out of date. */
  salt: string;
  checksum: string;
  entries: T;
}

/** Reads a manifest; undefined when it is missing, damaged, of another format or made with other code. */
export async function readManifest<T>(file: string, salt: string): Promise<T | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as ManifestFile<T>;
    if (parsed.format !== CACHE_FORMAT || parsed.salt !== salt) return undefined;
    if (sha256(JSON.stringify(parsed.entries)) !== parsed.checksum) return undefined;
    return parsed.entries;
  } catch {
    return undefined;
  }
}

export async function writeManifest<T>(file: string, salt: string, entries: T): Promise<void> {
  const body: ManifestFile<T> = { format: CACHE_FORMAT, salt, checksum: sha256(JSON.stringify(entries)), entries };
  await writeAtomically(file, JSON.stringify(body));
}

/** Whether a file exists (a cheap look, for deciding whether a build starts from an empty cache). */
export async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
