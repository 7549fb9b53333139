// The build cache on disk, under node_modules/.astro/jindu/ (what hosts keep between builds of an Astro site): files
// named by the SHA-256 of their bytes, and manifests saying which file is what. Nothing read from it is trusted: a
// file whose bytes do not hash to its name, or a manifest whose checksum, version or code fingerprint does not match,
// is treated as missing. So a damaged or deleted cache makes a build slower, never wrong. Writes go to a temporary
// name first and are renamed into place, so a build stopped halfway leaves no half-written file under a real name.
//
// Reading and hashing every stored page on every build would cost more than the pages' rendering saves, so a file
// whose bytes were checked is stamped (its size, modification and change times to the nanosecond, and inode) and
// copied by the kernel as long as its stamp holds. Any write to the file, a `touch`, a copy or restore of the cache
// from elsewhere changes the stamp (the change time cannot be set back by a program), and the file is then read and
// hashed again before it is used.

import { copyFile, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
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

/** What a stored file looked like when its bytes were checked: size, times (ns) and inode. */
type Stamp = string;

async function stampOf(file: string): Promise<Stamp | undefined> {
  try {
    const { size, mtimeNs, ctimeNs, ino } = await stat(file, { bigint: true });
    return `${size}:${mtimeNs}:${ctimeNs}:${ino}`;
  } catch {
    return undefined;
  }
}

/** Where the stamps of a cache's stored files are kept, beside their folder. */
export function stampsFileOf(blobsDir: string): string {
  return path.join(path.dirname(blobsDir), 'stamps.json');
}
const STAMPS_SALT = 'stamps';

/** Files by content. */
export class BlobStore {
  private readonly madeFolders = new Set<string>();
  /** Written or verified in this build (so neither is done twice, and pruning keeps them). */
  readonly used = new Set<string>();
  /** Stamps of files checked by an earlier build (loadStamps), and of those written or checked by this one. */
  private stamps = new Map<string, Stamp>();
  readonly stamped = new Map<string, Stamp>();

  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** Reads the stamps an earlier build saved; without them every file is read and hashed before use. */
  async loadStamps(): Promise<void> {
    this.stamps = new Map(Object.entries((await readManifest<Record<string, Stamp>>(stampsFileOf(this.dir), STAMPS_SALT)) ?? {}));
  }

  private async stamp(hash: string): Promise<void> {
    const found = await stampOf(this.fileOf(hash));
    if (found) this.stamped.set(hash, found);
  }

  /** Whether the stored file is as it was when its bytes were last checked (no read, one stat). */
  private async unchanged(hash: string): Promise<boolean> {
    if (this.stamped.has(hash)) return (await stampOf(this.fileOf(hash))) === this.stamped.get(hash);
    const known = this.stamps.get(hash);
    if (!known || (await stampOf(this.fileOf(hash))) !== known) return false;
    this.stamped.set(hash, known);
    return true;
  }

  /** Whether the file under `hash` is there with these bytes: by its stamp, else by reading and hashing it. */
  async intact(hash: string): Promise<boolean> {
    if (!/^[0-9a-f]{64}$/.test(hash)) return false;
    if (await this.unchanged(hash)) {
      this.used.add(hash);
      return true;
    }
    return (await this.get(hash)) !== undefined;
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
    await this.stamp(hash);
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
    await this.stamp(hash);
    return bytes;
  }

  /**
   * Writes the stored file into the site at `target` (a folder of the build being made), from bytes just read and
   * checked against their hash. False when the file is missing or damaged: the caller makes it afresh. A copy, not
   * a link: the site and the cache never share a file, so what happens to one never changes the other.
   */
  async place(hash: string, target: string): Promise<boolean> {
    if (/^[0-9a-f]{64}$/.test(hash) && (await this.unchanged(hash))) {
      this.used.add(hash);
      await this.ensureFolder(path.dirname(target));
      await copyFile(this.fileOf(hash), target);
      return true;
    }
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

/**
 * Saves the stamps of the files kept: those checked in this build (by any of its stores, `checked`) and, for the rest,
 * what an earlier build recorded.
 */
export async function saveStamps(blobsDir: string, kept: ReadonlySet<string>, checked: ReadonlyArray<ReadonlyMap<string, string> | Record<string, string>>): Promise<void> {
  const previous = (await readManifest<Record<string, Stamp>>(stampsFileOf(blobsDir), STAMPS_SALT)) ?? {};
  const next: Record<string, Stamp> = {};
  for (const hash of kept) if (previous[hash]) next[hash] = previous[hash];
  for (const stamps of checked) for (const [hash, stamp] of stamps instanceof Map ? stamps : Object.entries(stamps)) if (kept.has(hash)) next[hash] = stamp;
  await writeManifest(stampsFileOf(blobsDir), STAMPS_SALT, next);
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
