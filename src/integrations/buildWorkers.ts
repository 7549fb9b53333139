// What a failing build must stop before it deletes the folder it was writing: the edition and search worker
// threads, and Astro's rendering of the pages still queued (Astro goes on rendering them after one has failed).
// Process-wide (src/lib/processWide.ts): the build script and the copy of the integration that Astro's config loads
// are different module instances in one process.
import type { Worker } from 'node:worker_threads';
import { processWide } from '../lib/processWide.ts';

interface BuildRun {
  workers: Set<Worker>;
  aborted: boolean;
  /** Settles true when the content check running beside Astro found no error (scripts/lib/checkThread.ts). */
  checked: Promise<boolean>;
}

const run = processWide<BuildRun>('buildRun', () => ({ workers: new Set<Worker>(), aborted: false, checked: Promise.resolve(true) }));

/** No page is rendered before `passed` settles, and none at all when it settles false. */
export function holdRenderingUntil(passed: Promise<boolean>): void {
  run.checked = passed;
}

/** Whether rendering may start: the content check beside Astro is over and found no error. */
export function renderingAllowed(): Promise<boolean> {
  return run.checked;
}

export function registerBuildWorker(worker: Worker): void {
  run.workers.add(worker);
  worker.once('exit', () => run.workers.delete(worker));
}

/** True once the build has failed: pages not yet rendered are not rendered any more. */
export function buildAborted(): boolean {
  return run.aborted;
}

/** Stops rendering and every worker; resolves once all workers have exited, so none writes any more. */
export async function abortBuild(): Promise<void> {
  run.aborted = true;
  await Promise.all([...run.workers].map((worker) => worker.terminate()));
  run.workers.clear();
}
