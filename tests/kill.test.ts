// Builds killed at every stage (kill -9 of the whole process group, as an out-of-memory killer or a closed
// terminal would), a second build started during the first, and a build failing after the last one was killed
// mid-swap: a servable dist/ must survive every one of them, or be restored by the next build, never deleted.
// The build stops at named points (src/lib/testPoints.ts), so nothing here depends on timing.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestPoint } from '../src/lib/testPoints.ts';
import { cacheDirOf } from '../src/lib/incremental/store.ts';
import { nodeArgs } from '../scripts/lib/npmScripts.ts';
import { copyProject, SPAWN_TIMEOUT } from './helpers/project.ts';
import { SEED, sharedBuild } from './helpers/sharedBuilds.ts';

const MARKER = 'marker.txt';

interface RunningBuild {
  child: ChildProcess;
  stderr: () => string;
  /** Resolves when the build has printed `text` on standard error. */
  printed: (text: string) => Promise<void>;
  exited: Promise<number>;
  kill: () => Promise<void>;
}

/** Builds still running when a test ends (it failed halfway): killed, so they hold no lock for the next test. */
const running = new Set<RunningBuild>();

/** Starts npm run build in its own process group, stopping at `pauseAt` if given. */
function startBuild(root: string, pauseAt?: TestPoint, env: NodeJS.ProcessEnv = {}): RunningBuild {
  const child = spawn(process.execPath, nodeArgs(root, 'scripts/build.ts', ['--quiet']), {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Blank hosting variables and the project's own cache, whatever the developer's shell sets.
    env: { ...process.env, BASE_PATH: '', SITE_URL: '', JINDU_CACHE_DIR: '', JINDU_TODAY: SEED.today, ...(pauseAt ? { JINDU_TEST_PAUSE_AT: pauseAt } : {}), ...env },
  });
  let stderr = '';
  const waiters: Array<() => void> = [];
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const wake of waiters.splice(0)) wake();
  });
  child.stdout!.resume();
  const exited = new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))));
  const build: RunningBuild = {
    child,
    stderr: () => stderr,
    printed: async (text) => {
      while (!stderr.includes(text)) {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the build ended before printing "${text}":\n${stderr}`);
        await new Promise<void>((wake) => {
          waiters.push(wake);
          child.once('exit', () => wake());
        });
      }
    },
    exited,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
      await exited;
    },
  };
  running.add(build);
  void exited.then(() => running.delete(build));
  return build;
}

afterEach(async () => {
  await Promise.all([...running].map((build) => build.kill()));
}, SPAWN_TIMEOUT);

/** The folders beside dist/ that builds leave: .dist-building-<pid>, .dist-new-…, .dist-old-…, .dist-trash-…. */
async function leftovers(root: string): Promise<string[]> {
  return (await readdir(root)).filter((name) => name.startsWith('.dist-') || name.startsWith('.jindu-build.lock')).sort();
}

/** A site a host could serve: the home page, an article, the stylesheet folder and the search index. */
function servable(dir: string): boolean {
  return ['index.html', 'articles/daqing-high-tech-key-projects-2023/index.html', '_astro', 'pagefind/pagefind.js', 'zh-hant/index.html'].every((file) => existsSync(path.join(dir, file)));
}

let project: string;

beforeAll(async () => {
  project = await copyProject();
  // The last good site: the seed built once per run, which these builds would make (same content, settings and
  // date), with the cache it filled, as if that build had run here.
  const seed = await sharedBuild('seed');
  expect(seed.code, seed.stderr).toBe(0);
  await cp(seed.out, path.join(project, 'dist'), { recursive: true });
  await cp(seed.cache, cacheDirOf(project, {}), { recursive: true });
  await writeFile(path.join(project, 'dist', MARKER), 'the last good site');
}, 180_000);

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('a build killed at any stage', () => {
  for (const point of ['checked', 'rendering', 'indexing'] as const) {
    it(`leaves the last good site untouched when killed ${point === 'checked' ? 'early, after the content check' : `while ${point}`}`, async () => {
      // mimalloc says what it was told when Astro's bindings load (before rendering), on standard error; the
      // developer's own allocator settings, which the build would keep, are left out.
      const allocator = { MIMALLOC_VERBOSE: '1', MIMALLOC_ALLOW_THP: undefined, MALLOC_ARENA_MAX: undefined };
      const build = startBuild(project, point, point === 'rendering' ? allocator : {});
      await build.printed(`jindu-test-point ${point}`);
      const environ = (await readFile(`/proc/${build.child.pid}/environ`, 'utf8')).split('\0');
      await build.kill();
      if (point === 'rendering') {
        // The bundler's allocator was told not to use huge pages, and the build started again in place with glibc's
        // arenas limited (scripts/lib/nativeMemory.ts): the same process, with its environment from that start.
        expect(build.stderr()).toContain("mimalloc: option 'allow_thp': 0");
        expect(environ).toContain('MALLOC_ARENA_MAX=2');
      }
      expect(await readFile(path.join(project, 'dist', MARKER), 'utf8')).toBe('the last good site');
      expect(servable(path.join(project, 'dist'))).toBe(true);
      // What it leaves (its half-built folder, its lock) is for the next build to clear.
      const left = await leftovers(project);
      expect(left).toContain('.jindu-build.lock');
      if (point !== 'checked') expect(left.some((name) => name.startsWith('.dist-building-'))).toBe(true);
    }, 180_000);
  }

  it('during the swap, leaves both sites whole; the next build, even a failing one, restores the newer and clears the rest', async () => {
    const build = startBuild(project, 'swapping');
    await build.printed('jindu-test-point swapping');
    await build.kill();
    // The one instant with no dist/: the previous site and the new one are both complete beside it.
    expect(existsSync(path.join(project, 'dist'))).toBe(false);
    const pid = build.child.pid!;
    expect(await readFile(path.join(project, `.dist-old-${pid}`, MARKER), 'utf8')).toBe('the last good site');
    expect(servable(path.join(project, `.dist-old-${pid}`))).toBe(true);
    expect(servable(path.join(project, `.dist-new-${pid}`))).toBe(true);

    // The next build fails while rendering (this used to delete the last good copy as a leftover).
    const failing = startBuild(project, undefined, { JINDU_TEST_FAIL_AT: 'rendering' });
    expect(await failing.exited).toBe(1);
    const lines = failing.stderr().trim().split('\n');
    expect(lines[0]).toBe(`上次构建在替换网站时中断：已把 .dist-new-${pid} 恢复为 dist/。`);
    expect(lines.at(-1)).toBe('构建失败。dist/ 没有改动。');
    expect(failing.stderr()).not.toMatch(/^\s+at /m);
    expect(servable(path.join(project, 'dist'))).toBe(true);
    // The restored site is the complete build that was being swapped in; everything else is gone, after its
    // workers stopped (no ENOTEMPTY), including the failed build's own staging folder.
    expect(existsSync(path.join(project, 'dist', MARKER))).toBe(false);
    expect(await leftovers(project)).toEqual([]);
  }, 180_000);

});

describe('two builds in one project', () => {
  it('the second waits for the first, touches none of its files, and takes over when it is killed', async () => {
    await writeFile(path.join(project, 'dist', MARKER), 'the previous site');
    const first = startBuild(project, 'rendering');
    await first.printed('jindu-test-point rendering');
    // The second build is killed in its turn, after its swap: the last instant a kill could matter.
    const second = startBuild(project, 'swapped');
    await second.printed(`另一次构建（进程 ${first.child.pid}）正在这个项目中进行：等它结束后再开始……`);
    // Waiting: only the first build's staging folder exists, and the second has not cleared the earlier leftovers.
    const during = await leftovers(project);
    expect(during).toContain(`.dist-building-${first.child.pid}`);
    expect(during.filter((name) => name.startsWith('.dist-') && name.endsWith(`-${second.child.pid}`))).toEqual([]);
    await first.kill();
    await second.printed('jindu-test-point swapped');
    await second.kill();
    // The new site is in place; the previous one and the lock are left for the next build to clear.
    expect(servable(path.join(project, 'dist'))).toBe(true);
    expect(existsSync(path.join(project, 'dist', MARKER))).toBe(false);
    expect(await leftovers(project)).toEqual([`.dist-old-${second.child.pid}`, '.jindu-build.lock']);
  }, 240_000);
});

describe('a build failing on the machine', () => {
  it('says the disk is full in one line, stops its workers, deletes its folder and keeps dist/', async () => {
    await writeFile(path.join(project, 'dist', MARKER), 'the last good site');
    // The Traditional edition's worker writes a page to /dev/full: a real ENOSPC from the kernel.
    const build = startBuild(project, undefined, { JINDU_TEST_FAIL_AT: 'converting:ENOSPC' });
    expect(await build.exited).toBe(1);
    const lines = build.stderr().trim().split('\n');
    expect(lines.slice(-3)).toEqual(['磁盘已满（ENOSPC）：构建 dist/ 时', '', '构建失败。dist/ 没有改动。']);
    expect(build.stderr()).not.toMatch(/^\s+at /m);
    expect(await readFile(path.join(project, 'dist', MARKER), 'utf8')).toBe('the last good site');
    // It also cleared what the killed build left, before it began.
    expect(await leftovers(project)).toEqual([]);
  }, 180_000);
});
