import { describe, expect, it } from 'vitest';
import { buildTargets, formatTable, growth, readmeTables, sizesTable, targetsTable, verdict, withRatios, type SizeResult } from './results.ts';

const size = (n: number, msPerPage: number, ratio = 1.2, peakRssMB = 900, incremental = [0.5, 0.8, 0.2]): SizeResult =>
  withRatios({
    n,
    seconds: 10,
    msPerPage,
    baselineSeconds: 10 / ratio,
    peakRssMB,
    baselinePeakRssMB: 800,
    pages: 100,
    distMB: 12.34,
    addArticleSeconds: (10 / ratio) * incremental[0]!,
    editProjectSeconds: (10 / ratio) * incremental[1]!,
    rebuildSeconds: (10 / ratio) * incremental[2]!,
  });

describe('growth(sizes)', () => {
  it('divides ms/page of each size by the next smaller one, in any input order', () => {
    expect(growth([size(1000, 30), size(100, 40)])).toEqual({ '1000/100': 0.75 });
  });

  it('adds 5,000 against 1,000 when a size lies between them', () => {
    expect(growth([size(100, 40), size(1000, 30), size(2000, 33), size(5000, 36)])).toEqual({ '1000/100': 0.75, '2000/1000': 1.1, '5000/2000': 1.09, '5000/1000': 1.2 });
  });

  it('has nothing to compare with one size', () => {
    expect(growth([size(20, 100)])).toEqual({});
  });
});

describe('buildTargets(sizes)', () => {
  it('passes sizes within the targets', () => {
    const targets = buildTargets([size(1000, 30, 3, 1000, [1, 1.5, 0.5]), size(5000, 36, 2.5, 900)]);
    expect(targets.map((target) => [target.label, target.value, target.pass])).toEqual([
      ['1,000 articles, one article added vs plain Astro', '1.00×', true],
      ["1,000 articles, one project's figures edited vs plain Astro", '1.50×', true],
      ['1,000 articles, nothing changed vs plain Astro', '0.50×', true],
      ['1,000 articles, clean build vs plain Astro', '3.00×', true],
      ['1,000 articles, peak memory vs plain Astro', '1.25×', true],
      ['5,000 articles, one article added vs plain Astro', '0.50×', true],
      ["5,000 articles, one project's figures edited vs plain Astro", '0.80×', true],
      ['5,000 articles, nothing changed vs plain Astro', '0.20×', true],
      ['5,000 articles, clean build vs plain Astro', '2.50×', true],
      ['5,000 articles, peak memory vs plain Astro', '1.13×', true],
      ['ms/page at 5,000 vs 1,000', '1.20×', true],
    ]);
  });

  it('fails each target just past its limit', () => {
    const targets = buildTargets([size(1000, 30, 3.01, 1010, [1.01, 1.51, 0.51]), size(5000, 36.3, 3.1, 1010, [1.1, 1.6, 0.6])]);
    expect(targets.map((target) => target.pass)).toEqual(Array(11).fill(false));
  });

  it('says which targets a run did not measure', () => {
    const targets = buildTargets([size(100, 40, 3), size(1000, 30, 1.3)]);
    expect(targets.map((target) => [target.value, target.pass])).toEqual([
      ['0.50×', true],
      ['0.80×', true],
      ['0.20×', true],
      ['1.30×', true],
      ['1.13×', true],
      ...Array(6).fill(['not run', undefined]),
    ]);
    expect(targetsTable(targets).split('\n').slice(2).map((line) => line.split(/\s{2,}/).at(-1))).toEqual([...Array(5).fill('pass'), ...Array(6).fill('-')]);
  });
});

describe('verdict(pass)', () => {
  it('shouts a failure', () => {
    expect([verdict(true), verdict(false), verdict(undefined)]).toEqual(['pass', 'FAIL', '-']);
  });
});

describe('formatTable(header, rows)', () => {
  it('pads columns to the widest cell, numbers (and their header) to the right, text to the left', () => {
    expect(formatTable(['name', 'n'], [['article', '5'], ['projects list', '1,234']])).toBe(['name               n', '-------------  -----', 'article            5', 'projects list  1,234'].join('\n'));
  });

  it('counts a Chinese character as two columns', () => {
    expect(formatTable(['页面', 'x'], [['ab', '1']]).split('\n')).toEqual(['页面  x', '----  -', 'ab    1']);
  });
});

describe('sizesTable(sizes)', () => {
  it('prints one row per size, smallest first, with units in the header', () => {
    const lines = sizesTable([size(1000, 30.04), size(100, 40)]).split('\n');
    expect(lines[0]).toBe('articles  pages  seconds  ms/page  baseline s  ratio  peak RSS MB  baseline MB  dist MB  add article s  edit project s  unchanged s');
    expect(lines[2]!.split(/\s+/).filter(Boolean)).toEqual(['100', '100', '10.0', '40.0', '8.3', '1.20×', '900', '800', '12.3', '4.2', '6.7', '1.7']);
    expect(lines[3]!.split(/\s+/).filter(Boolean)[0]).toBe('1,000');
  });
});

describe('readmeTables(sizes)', () => {
  it('writes the build table and the measured targets in Markdown', () => {
    const lines = readmeTables([size(1000, 30, 2.5, 1000)]).split('\n');
    expect(lines[0]).toBe('| articles | pages | clean s | plain Astro s | clean | add article s | edit project s | unchanged s | peak MB | plain Astro MB | dist MB |');
    expect(lines[2]).toBe('| 1,000 | 100 | 10.0 | 4.0 | 2.50× | 2.0 (0.50×) | 3.2 (0.80×) | 0.8 (0.20×) | 1,000 (1.25×) | 800 | 12.3 |');
    expect(lines.filter((line) => line.startsWith('| 1,000 articles,'))).toHaveLength(5);
    expect(lines).toContain('| 1,000 articles, one article added vs plain Astro | 0.50× | ≤ 1× | pass |');
  });
});
