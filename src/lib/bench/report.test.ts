import { describe, expect, it } from 'vitest';
import { buildTargets, formatTable, growth, sizesTable, targetsTable, verdict, type SizeResult } from './report.ts';

const size = (n: number, msPerPage: number, ratio = 1.2, peakRssMB = 900): SizeResult => ({
  n,
  seconds: 10,
  msPerPage,
  baselineSeconds: 10 / ratio,
  ratio,
  peakRssMB,
  pages: 100,
  distMB: 12.34,
  rebuildSeconds: 4,
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
    const targets = buildTargets([size(1000, 30, 1.5), size(5000, 36, 1.4, 2047)]);
    expect(targets.map((target) => [target.label, target.value, target.pass])).toEqual([
      ['1,000 articles vs plain Astro', '1.50×', true],
      ['5,000 articles vs plain Astro', '1.40×', true],
      ['ms/page at 5,000 vs 1,000', '1.20×', true],
      ['peak RSS at 5,000 articles', '2047 MB', true],
    ]);
  });

  it('fails each target just past its limit', () => {
    const targets = buildTargets([size(1000, 30, 1.51), size(5000, 36.3, 2, 2048)]);
    expect(targets.map((target) => target.pass)).toEqual([false, false, false, false]);
  });

  it('says which targets a run did not measure', () => {
    const targets = buildTargets([size(100, 40, 3), size(1000, 30, 1.3)]);
    expect(targets.map((target) => [target.value, target.pass])).toEqual([
      ['1.30×', true],
      ['not run', undefined],
      ['not run', undefined],
      ['not run', undefined],
    ]);
    expect(targetsTable(targets).split('\n').slice(2).map((line) => line.split(/\s{2,}/).at(-1))).toEqual(['pass', '-', '-', '-']);
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
    expect(lines[0]).toBe('articles  pages  seconds  ms/page  baseline s  ratio  peak RSS MB  dist MB  rebuild s');
    expect(lines[2]!.split(/\s+/).filter(Boolean)).toEqual(['100', '100', '10.0', '40.0', '8.3', '1.20×', '900', '12.3', '4.0']);
    expect(lines[3]!.split(/\s+/).filter(Boolean)[0]).toBe('1,000');
  });
});
