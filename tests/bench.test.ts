// A fast smoke of npm run bench: one tiny size, one run, no browser. The real benchmark is not part of the tests
// (it takes an hour); this checks that it builds, measures and reports figures that agree with each other, and that
// its corpus is valid content.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, PAGE_TYPES, type PageType } from '../src/lib/bench/pageWeight.ts';
import { sizesTable, targetsTable, type SizeResult, type Target } from '../src/lib/bench/results.ts';
import { copyProject, ROOT, runScript, tempDir, type RunResult } from './helpers/project.ts';

/** Five builds (clean, plain Astro, then three from its cache) of a small corpus on a loaded machine of 2 cores. */
const BENCH_TIMEOUT = 300_000;
/** The smallest corpus with more than one project (a fifth as many as articles): each of the five builds is cheap. */
const ARTICLES = 10;

let scratch: string;
let bench: RunResult;
interface SizeJson extends SizeResult {
  check: { errors: number; warnings: number };
}

let json: {
  machine: Record<string, unknown>;
  sizes: SizeJson[];
  growth: Record<string, number>;
  targets: Target[];
  pageTypes: { type: PageType; n: number; htmlGz: number; cssGz: number; jsGz: number; requests: number; webFonts: number; budget: { totalKB: number; jsKB: number; requests: number; ok: boolean } }[];
  lighthouse: unknown[];
  searches: unknown[];
};

beforeAll(async () => {
  scratch = await tempDir('jindu-bench-test-');
  const file = path.join(scratch, 'bench.json');
  bench = await runScript(ROOT, 'scripts/bench.ts', ['--sizes', String(ARTICLES), '--runs', '1', '--json', file, '--no-lighthouse', '--no-search']);
  if (bench.code === 0) json = JSON.parse(await readFile(file, 'utf8'));
}, BENCH_TIMEOUT);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe(`npm run bench -- --sizes ${ARTICLES} --runs 1 --no-lighthouse --no-search --json FILE`, () => {
  it('exits 0 and prints the build table, the targets and the page weights', () => {
    expect(bench.stderr).toBe('');
    expect(bench.code).toBe(0);
    expect(bench.stdout).toMatch(/^articles {2}pages {2}seconds {2}ms\/page {2}baseline s {2}ratio {2}peak RSS MB {2}baseline MB {2}dist MB {2}add article s {2}edit project s {2}unchanged s$/m);
    expect(bench.stdout).toMatch(/^1,000 articles, one article added vs plain Astro +not run +≤ 1× +-$/m);
    expect(bench.stdout).toMatch(/^5,000 articles, clean build vs plain Astro +not run +≤ 3× +-$/m);
    expect(bench.stdout).toMatch(new RegExp(`^ +${ARTICLES} {2}article +[\\d.]+ +[\\d.]+ +[\\d.]+ +[\\d.]+ +60 +10 +\\d +6 +0 +(pass|FAIL)$`, 'm'));
    expect(bench.stdout).not.toContain('Lighthouse');
  });

  it('prints the figures it writes', () => {
    expect(bench.stdout).toContain(sizesTable(json.sizes));
    expect(bench.stdout).toContain(targetsTable(json.targets));
  });

  it('describes the machine', () => {
    expect(json.machine).toMatchObject({ cpus: expect.any(Number), memoryGiB: expect.any(Number), node: process.version, os: expect.any(String), rss: expect.any(String) });
  });

  it('writes one size with figures that agree with each other', () => {
    expect(json.sizes).toHaveLength(1);
    const size = json.sizes[0]!;
    expect(size.n).toBe(ARTICLES);
    // Every article and project page, in two scripts, plus lists, charts and embeds.
    expect(size.pages).toBeGreaterThanOrEqual((ARTICLES + ARTICLES / 5) * 2);
    expect(size.baselineSeconds).toBeGreaterThan(0);
    // With nothing changed the build finds its site up to date and does not build at all: well under a clean build.
    expect(size.rebuildSeconds).toBeGreaterThan(0);
    expect(size.rebuildSeconds).toBeLessThan(size.seconds);
    expect(size.addArticleSeconds).toBeGreaterThan(size.rebuildSeconds);
    expect(size.editProjectSeconds).toBeGreaterThan(size.rebuildSeconds);
    expect(size.addArticleRatio).toBeCloseTo(size.addArticleSeconds / size.baselineSeconds, 1);
    expect(size.editProjectRatio).toBeCloseTo(size.editProjectSeconds / size.baselineSeconds, 1);
    expect(size.unchangedRatio).toBeCloseTo(size.rebuildSeconds / size.baselineSeconds, 1);
    expect(size.cleanRatio).toBe(size.ratio);
    expect(size.peakRssRatio).toBeCloseTo(size.peakRssMB / size.baselinePeakRssMB, 1);
    expect(size.msPerPage).toBeCloseTo((size.seconds * 1000) / size.pages, 1);
    expect(size.ratio).toBeCloseTo(size.seconds / size.baselineSeconds, 1);
    expect(size.peakRssMB).toBeGreaterThan(50);
    expect(size.baselinePeakRssMB).toBeGreaterThan(50);
    expect(size.distMB).toBeGreaterThan(0);
    expect(json.growth).toEqual({});
  });

  it('builds a corpus without content errors or fact-check warnings', () => {
    expect(json.sizes[0]!.check).toEqual({ errors: 0, warnings: 0 });
  });

  it('weighs the five page types against their budgets', () => {
    expect(json.pageTypes.map((row) => row.type)).toEqual([...PAGE_TYPES]);
    for (const row of json.pageTypes) {
      expect(row.n).toBe(ARTICLES);
      expect(row.htmlGz, row.type).toBeGreaterThan(500);
      expect(row.cssGz, row.type).toBeGreaterThan(0);
      expect(row.requests, row.type).toBeGreaterThanOrEqual(2);
      expect(row.budget).toMatchObject({ totalKB: expect.any(Number), jsKB: 10, webFonts: 0, requests: 6, ok: expect.any(Boolean) });
      // The total is the page's own bytes and its stylesheets and scripts; the verdict follows from the limits.
      expect(row.budget.totalKB, row.type).toBeCloseTo((row.htmlGz + row.cssGz + row.jsGz) / 1024, 1);
      const limits = BUDGETS[row.type];
      const within = row.budget.totalKB <= limits.totalKB && row.jsGz / 1024 <= limits.jsKB && row.requests <= limits.requests && row.webFonts <= limits.webFonts;
      expect(row.budget.ok, row.type).toBe(within);
    }
    expect(json.lighthouse).toEqual([]);
    expect(json.searches).toEqual([]);
  });
});

describe('the benchmark corpus', () => {
  it('passes npm run check with no error', async () => {
    const project = await copyProject();
    try {
      await rm(path.join(project, 'content'), { recursive: true });
      const written = await runScript(project, 'scripts/bench/corpus.ts', ['--articles', '20', '--out', project]);
      expect(written.stdout).toBe(`Wrote 20 articles (4 with a chart) and 4 projects into ${path.join(project, 'content')}/.\n`);
      const checked = await runScript(project, 'scripts/check.ts', [], { JINDU_TODAY: '2026-11-25' });
      expect(checked.stdout).not.toMatch(/ {2}error {2}/);
      expect(checked.stdout.trim()).toBe('21 个文件：0 个错误，0 个警告');
      expect(checked.code).toBe(0);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  }, 60_000);
});
