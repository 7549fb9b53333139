import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedFile, expectSvgSnapshot, recordRendering } from './svgSnapshot.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'jindu-snapshot-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('recordRendering(rendering, snapshot)', () => {
  it('writes a rendering that differs beside the snapshot as -changed.svg, and removes it once they match', async () => {
    const snapshot = path.join(dir, 'economics.svg');
    await writeFile(snapshot, '<svg>\n  <rect></rect>\n</svg>\n');
    expect(changedFile(snapshot)).toBe(path.join(dir, 'economics-changed.svg'));
    expect(await recordRendering('<svg>\n  <circle></circle>\n</svg>\n', snapshot)).toBe(false);
    expect(readFileSync(changedFile(snapshot), 'utf8')).toBe('<svg>\n  <circle></circle>\n</svg>\n');
    expect(readFileSync(snapshot, 'utf8')).toBe('<svg>\n  <rect></rect>\n</svg>\n');
    expect(await recordRendering('<svg>\n  <rect></rect>\n</svg>\n', snapshot)).toBe(true);
    expect(existsSync(changedFile(snapshot))).toBe(false);
  });

  it('writes the rendering when there is no snapshot yet', async () => {
    const snapshot = path.join(dir, 'timeline.svg');
    expect(await recordRendering('<svg></svg>\n', snapshot)).toBe(false);
    expect(readFileSync(changedFile(snapshot), 'utf8')).toBe('<svg></svg>\n');
  });
});

describe('expectSvgSnapshot(markup, snapshot)', () => {
  it('passes on the pretty-printed rendering and leaves no -changed file', async () => {
    const snapshot = path.join(dir, 'progress.svg');
    await writeFile(snapshot, '<svg>\n  <g>\n    <text>30 / 43</text>\n  </g>\n</svg>\n');
    await writeFile(changedFile(snapshot), 'stale');
    await expectSvgSnapshot('<svg><g><text>30 / 43</text></g></svg>', snapshot);
    expect(existsSync(changedFile(snapshot))).toBe(false);
  });
});
