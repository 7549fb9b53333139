// A rendered chart kept as a reviewed, pretty-printed snapshot file. On a mismatch the test fails and the new
// rendering is written beside the snapshot as <name>-changed.svg, to open or diff against it; a passing test
// removes a stale one. To accept a change: `npx vitest run --config tests/vitest.config.ts <test file> -u` (-u last:
// it takes a value, so `-u <file>` would update every snapshot of the whole suite), or delete the snapshot and run
// the test again (outside CI, where a missing snapshot fails).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { expect } from 'vitest';
import { prettySvg } from './prettySvg.ts';

/** The file a rendering that differs from `snapshot` is written to. */
export const changedFile = (snapshot: string) => snapshot.replace(/(\.svg)?$/, '-changed.svg');

/** Writes `rendering` to the -changed file when it is not what `snapshot` holds (or there is none), else removes it. */
export async function recordRendering(rendering: string, snapshot: string): Promise<boolean> {
  const kept = await readFile(snapshot, 'utf8').catch(() => undefined);
  if (kept === rendering) await rm(changedFile(snapshot), { force: true });
  else await writeFile(changedFile(snapshot), rendering);
  return kept === rendering;
}

/** Asserts that `markup`, pretty-printed, is the snapshot at the absolute path `snapshot`. */
export async function expectSvgSnapshot(markup: string, snapshot: string): Promise<void> {
  const rendering = prettySvg(markup);
  await recordRendering(rendering, snapshot);
  try {
    // Vitest's own file snapshot: it shows the diff, and -u (or a missing file outside CI) writes it.
    await expect(rendering).toMatchFileSnapshot(snapshot);
  } catch (error) {
    if (error instanceof Error) error.message += `\nThe new rendering is in ${changedFile(snapshot)}; if it is right, accept it with vitest -u.`;
    throw error;
  }
  // Written by -u or for a new snapshot: nothing is left to review.
  await rm(changedFile(snapshot), { force: true });
}
