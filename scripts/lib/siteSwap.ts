// Putting a new build in place of the last good site so that a failure or a kill at any instant never loses it.
//
// Beside the output folder (say dist/), a build uses folders named after it and its process id:
//   .dist-building-<pid>  being built: never a site anyone should see;
//   .dist-new-<pid>       built completely, about to replace dist/;
//   .dist-old-<pid>       the previous dist/, moved aside whole;
//   .dist-trash-<pid>     being deleted.
// The swap is two renames (dist/ → old, new → dist/), each atomic. A kill between them leaves no dist/ but two
// complete sites, and the next build puts the newer one back before it does anything else (`recoverSite`); every
// other leftover is deleted only once a dist/ is in place, and only by a build holding the project's lock, so no
// running build's folder is ever touched.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { lstat, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { testPoint } from '../../src/lib/testPoints.ts';

type Kind = 'building' | 'new' | 'old' | 'trash';

export interface SiteFolders {
  outDir: string;
  parent: string;
  staging: string;
  complete: string;
  retired: string;
  trash: string;
}

export function siteFolders(outDir: string, pid = process.pid): SiteFolders {
  const parent = path.dirname(outDir);
  const name = (kind: Kind) => path.join(parent, `.${path.basename(outDir)}-${kind}-${pid}`);
  return { outDir, parent, staging: name('building'), complete: name('new'), retired: name('old'), trash: name('trash') };
}

/** The project's own folders, which a build must never replace. */
const PROJECT_FOLDERS = ['content', 'src', 'public', 'scripts', 'tests', 'docs', 'node_modules', '.git', '.ci', '.github'];

const inside = (folder: string, parent: string) => {
  const relative = path.relative(parent, folder);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/**
 * Why `outDir` cannot receive the site, in one line, or undefined. The build replaces the whole folder, so it
 * refuses the project itself, any folder holding it, the project's own folders, a file, and a folder that has
 * files but is not a site built before (no index.html), which would be someone's work.
 */
export async function outDirProblem(projectRoot: string, outDir: string, given: string): Promise<string | undefined> {
  const root = path.resolve(projectRoot);
  const shown = `--out-dir ${given}`;
  if (inside(root, outDir)) return `${shown}：这是项目本身${outDir === root ? '' : '所在的文件夹'}，构建会用网站替换它；请指定一个单独的文件夹，如 dist`;
  const own = PROJECT_FOLDERS.find((folder) => inside(outDir, path.join(root, folder)));
  if (own) return `${shown}：在项目的 ${own}/ 之内，构建会用网站替换其中的文件；请指定一个单独的文件夹，如 dist`;
  let info;
  try {
    info = await lstat(outDir);
  } catch {
    return undefined;
  }
  if (!info.isDirectory()) return `${shown}：这是一个文件${info.isSymbolicLink() ? '链接' : ''}，不是文件夹；构建需要一个文件夹来放网站`;
  const names = await readdir(outDir);
  if (names.length && !names.includes('index.html'))
    return `${shown}：文件夹里已有文件，却不像是以前构建的网站（没有 index.html）；为免替换其中的文件，构建没有开始`;
  return undefined;
}

/** Why the site in `outDir` cannot be replaced (a read-only folder), checked before spending a build on it. */
export async function replaceProblem(outDir: string, shown: string): Promise<string | undefined> {
  for (const folder of [outDir, path.dirname(outDir)]) {
    let mode: number;
    try {
      mode = (await stat(folder)).mode;
    } catch {
      continue;
    }
    // The mode bits, not access(): the build often runs as root, whom access() never refuses.
    if ((mode & 0o222) === 0) return `${folder === outDir ? shown : path.dirname(shown) || '.'}/ 是只读的，新网站无法放进去；请先改回可写（chmod u+w），原有网站保持不变`;
  }
  return undefined;
}

interface Leftover {
  path: string;
  kind: Kind;
  pid: number;
}

async function leftovers(outDir: string): Promise<Leftover[]> {
  const parent = path.dirname(outDir);
  const prefix = `.${path.basename(outDir)}-`;
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (!name.startsWith(prefix)) return [];
    // A trash folder may carry what it was after its pid (recoverSite's .dist-trash-<pid>-old-<pid>).
    const match = /^(building|new|old)-(\d+)$|^(trash)-(\d+)(?:-[a-z]+-\d+)?$/.exec(name.slice(prefix.length));
    if (match) return [{ path: path.join(parent, name), kind: (match[1] ?? match[3]) as Kind, pid: Number(match[2] ?? match[4]) }];
    return [];
  });
}

async function newestFirst(folders: Leftover[]): Promise<Leftover[]> {
  const times = await Promise.all(folders.map(async (folder) => (await stat(folder.path).catch(() => undefined))?.mtimeMs ?? 0));
  return folders.map((folder, index) => ({ folder, time: times[index]! })).sort((a, b) => b.time - a.time).map(({ folder }) => folder);
}

/** Deletes a folder: renamed aside first, so what is left if the deletion is cut short is plainly rubbish. */
async function discard(folder: string, trash: string): Promise<void> {
  let target = folder;
  if (path.basename(folder) !== path.basename(trash)) {
    try {
      await rename(folder, trash);
      target = trash;
    } catch {
      // Already gone, or not movable: delete it where it is.
    }
  }
  // Retried: a late write by a stopped worker can land in it while it is being emptied.
  await rm(target, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

/**
 * Run by a build holding the lock, before anything else: if an interrupted swap left no site, the newest complete
 * one (a finished new build, else the previous site) becomes the site again; then every leftover of earlier builds
 * is deleted. Returns what was restored, for one line to the editor.
 */
export async function recoverSite(outDir: string): Promise<string | undefined> {
  const found = (await leftovers(outDir)).filter((leftover) => leftover.pid !== process.pid);
  let restored: string | undefined;
  if (!existsSync(outDir)) {
    const candidates = [...(await newestFirst(found.filter((f) => f.kind === 'new'))), ...(await newestFirst(found.filter((f) => f.kind === 'old')))];
    for (const candidate of candidates) {
      try {
        await rename(candidate.path, outDir);
        restored = candidate.path;
        break;
      } catch {
        // Try the next one.
      }
    }
  }
  const own = siteFolders(outDir);
  for (const leftover of found) if (leftover.path !== restored) await discard(leftover.path, `${own.trash}-${leftover.kind}-${leftover.pid}`);
  return restored;
}

let stagingBlock: string | undefined;

/**
 * Deletes this build's staging folder after a failure (its workers stopped first by the caller). Pages Astro had
 * begun may still be written after that: a file left at the staging folder's name makes those writes fail instead
 * of creating the folder again. The caller removes it (`releaseStagingBlock`) as it exits.
 */
export async function discardStaging(folders: SiteFolders): Promise<void> {
  try {
    await rename(folders.staging, folders.trash);
  } catch {
    // Never created.
  }
  try {
    writeFileSync(folders.staging, '', { flag: 'wx' });
    stagingBlock = folders.staging;
  } catch {
    // Created again already: it is deleted below with the rest.
    await rm(folders.staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
  await rm(folders.trash, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

export function releaseStagingBlock(): void {
  if (stagingBlock) rmSync(stagingBlock, { force: true });
  stagingBlock = undefined;
}

/**
 * Puts the complete build in `staging` in place of `outDir`. At every instant either `outDir` is a whole site or
 * (between the two renames) the next build's `recoverSite` restores one. On a refusal the previous site is put back.
 */
export async function swapIn(folders: SiteFolders): Promise<void> {
  const { outDir, staging, complete, retired } = folders;
  await rename(staging, complete);
  const hadSite = existsSync(outDir);
  if (hadSite) {
    try {
      await rename(outDir, retired);
    } catch (error) {
      await discard(complete, folders.trash);
      throw error;
    }
  }
  await testPoint('swapping');
  try {
    await rename(complete, outDir);
  } catch (error) {
    if (hadSite) await rename(retired, outDir).catch(() => undefined);
    await discard(complete, folders.trash);
    throw error;
  }
  await testPoint('swapped');
  if (hadSite) await discard(retired, folders.trash);
}
