// Plumbing for npm run bench: throwaway copies of a project whose caches start empty, and child processes timed
// with their peak memory.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, stat, symlink } from 'node:fs/promises';
import path from 'node:path';

/** Entries of node_modules that hold build caches (Astro's data store, Vite, ours); never shared between copies. */
const CACHE_ENTRIES = new Set(['.astro', '.cache', '.vite']);

/**
 * A node_modules of symlinks, one per package of `from`, so the copy resolves the same packages while
 * node_modules/.astro (Astro's content store) and node_modules/.cache stay its own and start empty.
 */
export async function linkNodeModules(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from)) {
    if (CACHE_ENTRIES.has(entry)) continue;
    await symlink(path.join(from, entry), path.join(to, entry), 'dir');
  }
}

/** Copies the named entries of `from` into `to`, then links the packages of `modules` (from's own by default). */
export async function copyProjectFiles(from: string, to: string, entries: readonly string[], modules = path.join(from, 'node_modules')): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of entries) if (existsSync(path.join(from, entry))) await cp(path.join(from, entry), path.join(to, entry), { recursive: true });
  await linkNodeModules(modules, path.join(to, 'node_modules'));
}

let setAside = 0;

/**
 * Moves a file or folder into `trash` (a folder on the same file system, emptied once the measuring is over)
 * instead of deleting it. Deleting tens of thousands of files right before a timed build slows the build's own
 * file creation on some file systems (ext4 without a journal passes over recently freed inodes for a while), and
 * that would be timed as the build's cost.
 */
export async function moveAside(target: string, trash: string): Promise<void> {
  if (!existsSync(target)) return;
  await mkdir(trash, { recursive: true });
  await rename(target, path.join(trash, String(++setAside)));
}

/** Removes everything a previous build of the copy left to speed up the next one, into `trash`. */
export async function clearCaches(root: string, trash: string, extra: readonly string[] = []): Promise<void> {
  for (const dir of ['.astro', 'node_modules/.astro', 'node_modules/.cache', 'node_modules/.vite', ...extra]) await moveAside(path.resolve(root, dir), trash);
}

export interface Measured {
  code: number;
  seconds: number;
  /** Peak resident set size in MiB, see `rssMethod`. */
  peakRssMB: number;
  rssMethod: string;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command and measures wall time and peak memory. With GNU time (`/usr/bin/time -v`) the peak is its
 * "Maximum resident set size": the largest single process of the tree (getrusage reports maxima, not sums).
 * Without it, /proc is polled every 100 ms and the peak is the largest sum of VmRSS over the process and its
 * descendants (or the root's VmHWM, if larger), which can miss short spikes.
 */
export async function runMeasured(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  const useTime = existsSync(GNU_TIME) && process.env.BENCH_RSS !== 'proc';
  const [file, argv] = useTime ? [GNU_TIME, ['-v', command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let polledPeakKB = 0;
  const poll = useTime ? undefined : setInterval(() => void treeRssKB(child.pid!).then((kb) => (polledPeakKB = Math.max(polledPeakKB, kb))), 100);
  const code = await new Promise<number>((resolve) => child.on('close', (exit) => resolve(exit ?? 1)));
  const seconds = (performance.now() - started) / 1000;
  if (poll) clearInterval(poll);
  if (useTime) {
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    const program = stderr.replace(/\n?\tCommand being timed:[\s\S]*$/u, '').replace(/^Command exited with non-zero status \d+\n?/mu, '');
    return { code, seconds, peakRssMB: match ? Number(match[1]) / 1024 : Number.NaN, rssMethod: 'GNU time -v: max RSS of the largest process', stdout, stderr: program };
  }
  return { code, seconds, peakRssMB: polledPeakKB / 1024, rssMethod: '/proc polled every 100 ms: peak sum of VmRSS over the process tree', stdout, stderr };
}

async function procField(pid: number, field: string): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Sum of VmRSS (KiB) of a process and its descendants, or its own VmHWM if that is larger. */
async function treeRssKB(root: number): Promise<number> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …; comm may hold spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // Gone already.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  const rss = (await Promise.all(tree.map((pid) => procField(pid, 'VmRSS')))).reduce((sum, kb) => sum + kb, 0);
  return Math.max(rss, await procField(root, 'VmHWM'));
}

/** Every file under a folder with its size. */
export async function filesIn(dir: string): Promise<{ path: string; bytes: number }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  return Promise.all(files.map(async (file) => ({ path: path.relative(dir, file), bytes: (await stat(file)).size })));
}
