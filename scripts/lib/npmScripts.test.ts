import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeArgs, nodeOptionsFor } from './npmScripts.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('nodeOptionsFor', () => {
  const scripts = {
    build: 'node --max-semi-space-size=4 --import=./scripts/lib/first.ts scripts/build.ts',
    check: 'node scripts/check.ts',
    test: 'astro check && vitest run',
    lint: 'nodeish --flag scripts/build.ts',
  };

  it("gives the options of the entry that runs the script, before the script's name", () => {
    expect(nodeOptionsFor(scripts, 'scripts/build.ts')).toEqual(['--max-semi-space-size=4', '--import=./scripts/lib/first.ts']);
    expect(nodeOptionsFor(scripts, './scripts/build.ts')).toEqual(['--max-semi-space-size=4', '--import=./scripts/lib/first.ts']);
  });

  it('gives none for a script run without options, or run by no entry', () => {
    expect(nodeOptionsFor(scripts, 'scripts/check.ts')).toEqual([]);
    expect(nodeOptionsFor(scripts, 'scripts/new.ts')).toEqual([]);
    expect(nodeOptionsFor({}, 'scripts/build.ts')).toEqual([]);
  });
});

describe('nodeArgs', () => {
  it("starts the project's build as npm run build does, with the script's own arguments after it", () => {
    const args = nodeArgs(ROOT, 'scripts/build.ts', ['--quiet']);
    expect(args.slice(-2)).toEqual([path.join(ROOT, 'scripts/build.ts'), '--quiet']);
    // The young generation's limit and the allocators' settings that keep the build's peak memory down
    // (docs/performance.md).
    expect(args.slice(0, -2)).toEqual([expect.stringMatching(/^--max-semi-space-size=\d+$/), '--import=./scripts/lib/nativeMemory.ts']);
  });
});

