import { describe, expect, it } from 'vitest';
import { latestForScope, latestReport, newestFirst, scopesOf } from './reports.ts';

const r = (asOf: string, scope = 'project', value = 0) => ({ asOf, scope, value });

describe('latestReport(reports)', () => {
  it('picks the newest, and the last entered among the same day', () => {
    expect(latestReport([r('2023-05-10', 'project', 1), r('2024-06-01', 'project', 2), r('2024-06-01', 'project', 3)])?.value).toBe(3);
    expect(latestReport([])).toBeUndefined();
    expect(latestReport(undefined)).toBeUndefined();
  });
});

describe('latestForScope(reports, scope)', () => {
  it('never lets a phase-1 report stand in for the whole project', () => {
    const reports = [r('2023-05-10', 'project', 5.2), r('2024-06-01', 'phase-1', 3.5)];
    expect(latestForScope(reports)?.value).toBe(5.2);
    expect(latestForScope(reports, 'phase-1')?.value).toBe(3.5);
    expect(latestForScope([r('2024-06-01', 'phase-1')])).toBeUndefined();
  });
});

describe('newestFirst(reports) and scopesOf(reports)', () => {
  it('orders newest first without losing any report', () => {
    const reports = [r('2023-05-10', 'project', 1), r('2024-06-01', 'project', 2), r('2023-05-10', 'project', 3)];
    expect(newestFirst(reports).map((report) => report.value)).toEqual([2, 3, 1]);
    expect(reports.map((report) => report.value)).toEqual([1, 2, 3]);
  });
  it('lists the whole project first, then phases in order', () => {
    expect(scopesOf([r('x', 'phase-10'), r('x', 'phase-2'), r('x', 'project'), r('x', 'phase-2')])).toEqual(['project', 'phase-2', 'phase-10']);
  });
});
