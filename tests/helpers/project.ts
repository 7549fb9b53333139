// Test helpers that build the site the way an editor does, through npm run build's script.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkNodeModules } from '../../scripts/bench/measure.ts';
import { nodeArgs } from '../../scripts/lib/npmScripts.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The time a test or hook running a command in a child process is given: a script starts Node with TypeScript and
 * may load OpenCC's dictionaries, seconds alone but far longer on a busy 2-core machine, so no such test leans on
 * vitest's defaults (5 s a test, 10 s a hook). Tests that run a whole build set their own, longer.
 */
export const SPAWN_TIMEOUT = 120_000;

/** The time a test or hook running a whole build is given: about a minute on a 2-core machine under a load of 18. */
export const BUILD_TIMEOUT = 300_000;

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a project script with the project's own Node (the one running the tests) and the options its npm script gives
 * it, optionally feeding its stdin.
 */
export function runScript(root: string, script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}, input?: string | Uint8Array): Promise<RunResult> {
  return runProcess(root, nodeArgs(root, script, args), env, input);
}

/** Runs the project's own Node with `args` in `cwd`, optionally feeding its stdin. */
export function runProcess(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}, input?: string | Uint8Array): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
    // A command may refuse its input before reading it all (npm run import of a huge paste).
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
  });
}

/**
 * A throwaway copy of the project sharing node_modules, for breaking its content without touching ours: what a
 * build reads, and the `also` entries (such as `tests`) a test needs besides.
 */
export async function copyProject(also: readonly string[] = []): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), 'jindu-project-'));
  // package-lock.json too: it is part of the code the page cache is keyed on, so a copy can use a cache filled here.
  for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', ...also]) {
    await cp(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
  }
  // Packages linked one by one: node_modules/.astro (Astro's content store, our build cache) stays the copy's own, so
  // builds of copies running at once never read each other's articles or pages.
  await linkNodeModules(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
  return copy;
}

export async function tempDir(prefix = 'jindu-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

/** Every file under a folder, as paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))).sort();
}

export function readText(file: string): Promise<string> {
  return readFile(file, 'utf8');
}
