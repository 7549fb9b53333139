// The order vitest starts test files in, two at a time (tests/vitest.config.ts). With no times from an earlier run
// (CI's fresh clone) vitest runs the browser project's files first and then the rest largest first, which starts
// some of the slowest late: the type check, a small file that keeps one core busy for about 20 s, would come last,
// with the other core idle. Here the slow files start first, in a fixed order, the browser files between the ones that
// build; the rest follow in vitest's order, which fills the end with short files.
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The slowest files, slowest first, the browser files between the ones that build (docs/testing.md). */
export const SLOW_FILES = [
  'tests/incremental.test.ts',
  'tests/browser/search.test.ts',
  'tests/kill.test.ts',
  'tests/browser/pages.test.ts',
  'tests/tools.test.ts',
  'tests/typecheck.test.ts',
  'tests/bench.test.ts',
  'tests/browser/segmented-search.test.ts',
  'tests/build.test.ts',
  'tests/hostile.test.ts',
  'tests/hostile-output.test.ts',
  'tests/factCheck.planted.test.ts',
];

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = SLOW_FILES.indexOf(path.relative(file.project.config.root, file.moduleId).split(path.sep).join('/'));
      return index === -1 ? SLOW_FILES.length : index;
    };
    // Array.prototype.sort is stable: files of equal rank keep vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
