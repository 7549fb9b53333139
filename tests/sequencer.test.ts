// The sequencer's list names files that exist: a renamed slow file would otherwise silently lose its place.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { SLOW_FILES } from './sequencer.ts';
import { ROOT } from './helpers/project.ts';

it('lists only test files that exist, each once', () => {
  expect(SLOW_FILES.filter((file) => !existsSync(path.join(ROOT, file)))).toEqual([]);
  expect(new Set(SLOW_FILES).size).toBe(SLOW_FILES.length);
});
