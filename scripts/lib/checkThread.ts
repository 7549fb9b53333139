// The content check on a worker thread, for a build from a warm cache: Astro starts beside it instead of after it.
// At 1,000 articles the check takes about two seconds and Astro's start about five, mostly on one core each, and
// such a build renders only the pages that changed, so the check was a fifth of its time. The thread sends back the
// lines to print (scripts/lib/messages.ts prints the same for a build that checks first) and the counts.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkContentAt } from './content.ts';
import { messageLines, type CheckOutcome } from './messages.ts';

const KIND = 'jindu:content-check';

/** Checks the content of `root` on another thread. */
export function checkOnThread(root: string, today: string): Promise<CheckOutcome> {
  return new Promise<CheckOutcome>((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { kind: KIND, root, today } });
    worker.once('message', (outcome: CheckOutcome) => resolve(outcome));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`内容检查线程意外退出（退出码 ${code}）`)));
  });
}

if (!isMainThread && (workerData as { kind?: string } | undefined)?.kind === KIND) {
  const { root, today } = workerData as { root: string; today: string };
  const content = await checkContentAt(root, today);
  parentPort!.postMessage(messageLines(content.files));
}
