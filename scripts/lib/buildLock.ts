// One build at a time in a project folder: two builds share Astro's cache and the output folder's neighbours, and
// used to delete each other's staging folders. The lock is a file naming the build's process; a build that finds
// it waits until that process has ended (a lock left by a killed build is taken over, never waited on forever).
import { readFileSync } from 'node:fs';
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const LOCK_FILE = '.jindu-build.lock';

interface Holder {
  pid: number;
  /** The process's start time (Linux), so a pid reused by another program is not taken for the build. */
  started?: string | undefined;
}

function startTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function isRunning(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = startTime(holder.pid);
  return holder.started === undefined || started === undefined || started === holder.started;
}

async function readHolder(file: string): Promise<{ text: string; holder: Holder | undefined } | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value = JSON.parse(text) as Holder;
    return { text, holder: Number.isInteger(value.pid) ? value : undefined };
  } catch {
    return { text, holder: undefined };
  }
}

export interface BuildLock {
  release: () => Promise<void>;
}

/** Takes the project's build lock, waiting while another build holds it; `onWait` is told once whom it waits for. */
export async function acquireBuildLock(root: string, onWait: (pid: number) => void, pollMs = 250): Promise<BuildLock> {
  const lockFile = path.join(root, LOCK_FILE);
  const mine = `${JSON.stringify({ pid: process.pid, started: startTime(process.pid) } satisfies Holder)}\n`;
  const prepared = `${lockFile}.${process.pid}.tmp`;
  await writeFile(prepared, mine);
  let told = false;
  try {
    for (;;) {
      try {
        // A hard link appears whole or not at all, and fails when a lock is there.
        await link(prepared, lockFile);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const found = await readHolder(lockFile);
      if (!found) continue;
      if (found.holder && isRunning(found.holder)) {
        if (!told) onWait(found.holder.pid);
        told = true;
        await sleep(pollMs);
        continue;
      }
      // Left by a build that no longer runs: move it aside (only one waiting build wins the rename), and put it
      // back if, in the meantime, it had become another live build's lock.
      const aside = `${lockFile}.stale-${process.pid}`;
      try {
        await rename(lockFile, aside);
      } catch {
        continue;
      }
      const moved = await readHolder(aside);
      if (moved && moved.text !== found.text) await link(aside, lockFile).catch(() => undefined);
      await rm(aside, { force: true });
    }
  } finally {
    await rm(prepared, { force: true });
  }
  return {
    release: async () => {
      const found = await readHolder(lockFile);
      if (found?.text === mine) await rm(lockFile, { force: true });
    },
  };
}
