// Named points in the build where a test can stop it or make it fail, so the kill and failure tests are
// deterministic instead of timed: JINDU_TEST_PAUSE_AT=<point> prints "jindu-test-point <point>" on standard error
// and waits there until the process is killed; JINDU_TEST_FAIL_AT=<point> fails there (`<point>:ENOSPC` by writing
// to /dev/full, a real "no space left on device"). Only honoured under the test runner (VITEST set), so a stray
// variable in an editor's shell changes nothing.
import { writeSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';

export const TEST_POINTS = [
  /** The content is checked: nothing is built yet, or (a build from a warm cache) Astro has started beside the check. */
  'checked',
  /** Astro is rendering pages and the edition and search workers are writing beside it. */
  'rendering',
  /** The Traditional edition's worker is writing its pages. */
  'converting',
  /** Every page is rendered; the workers are writing the search indexes. */
  'indexing',
  /** The previous site has been moved aside and the new one is not in its place yet. */
  'swapping',
  /** The new site is in place; the previous one is not deleted yet. */
  'swapped',
] as const;

export type TestPoint = (typeof TEST_POINTS)[number];

function honoured(): boolean {
  return Boolean(process.env.VITEST);
}

export async function testPoint(point: TestPoint): Promise<void> {
  if (!honoured()) return;
  const fail = process.env.JINDU_TEST_FAIL_AT;
  if (fail === point) throw new Error(`test failure at ${point}`);
  if (fail === `${point}:ENOSPC`) await writeFile('/dev/full', 'x');
  if (process.env.JINDU_TEST_PAUSE_AT === point) {
    // Written straight to the file descriptor, so it arrives even from a worker thread whose main thread is busy.
    writeSync(2, `jindu-test-point ${point}\n`);
    await new Promise<never>(() => setInterval(() => undefined, 60_000));
  }
}
