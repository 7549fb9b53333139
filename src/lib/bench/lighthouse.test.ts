import { describe, expect, it } from 'vitest';
import { lighthouseVerdicts, summariseLighthouse, type LighthouseResult } from './lighthouse.ts';

// The shape of a Lighthouse result, cut down to a few audits.
const RESULT: LighthouseResult = {
  categories: {
    performance: { score: 0.934, auditRefs: [{ id: 'largest-contentful-paint', weight: 25 }, { id: 'total-blocking-time', weight: 30 }, { id: 'cumulative-layout-shift', weight: 25 }, { id: 'diagnostics', weight: 0 }, { id: 'network-dependency-tree-insight', weight: 0 }] },
    accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
    'best-practices': { score: 0.96, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
    seo: { score: 0.92, auditRefs: [{ id: 'link-text', weight: 1 }, { id: 'color-contrast', weight: 0 }] },
  },
  audits: {
    'largest-contentful-paint': { id: 'largest-contentful-paint', title: 'Largest Contentful Paint', score: 0.95, scoreDisplayMode: 'numeric', numericValue: 1834.6, displayValue: '1.8 s' },
    'total-blocking-time': { id: 'total-blocking-time', title: 'Total Blocking Time', score: 0.7, scoreDisplayMode: 'numeric', numericValue: 310.2, displayValue: '310 ms' },
    'cumulative-layout-shift': { id: 'cumulative-layout-shift', title: 'Cumulative Layout Shift', score: 1, scoreDisplayMode: 'numeric', numericValue: 0.01234 },
    diagnostics: { id: 'diagnostics', title: 'Diagnostics', score: null, scoreDisplayMode: 'informative' },
    'network-dependency-tree-insight': {
      id: 'network-dependency-tree-insight',
      title: 'Network dependency tree',
      score: 0,
      scoreDisplayMode: 'numeric',
      details: { type: 'list', items: [{ type: 'list-section', description: 'Avoid chaining critical requests' }] },
    },
    'color-contrast': { id: 'color-contrast', title: 'Background and foreground colors have a sufficient contrast ratio', score: 1, scoreDisplayMode: 'binary' },
    'errors-in-console': {
      id: 'errors-in-console',
      title: 'Browser errors were logged to the console',
      score: 0,
      scoreDisplayMode: 'binary',
      details: { type: 'table', items: [{ source: 'network', description: 'Failed to load resource', sourceLocation: { url: 'http://127.0.0.1/x.js' } }, { url: 'http://127.0.0.1/y.js' }] },
    },
    'link-text': {
      id: 'link-text',
      title: 'Links do not have descriptive text',
      score: 0,
      scoreDisplayMode: 'binary',
      details: { items: [{ node: { selector: 'main > a', snippet: '<a href="/x/">更多</a>' } }] },
    },
  },
};

describe('summariseLighthouse(page, result)', () => {
  const summary = summariseLighthouse('article', RESULT);

  it('reads the four scores out of 100 and LCP, CLS and TBT', () => {
    expect(summary).toMatchObject({ page: 'article', performance: 93, accessibility: 100, bestPractices: 96, seo: 92, lcpMs: 1835, cls: 0.012, tbtMs: 310 });
  });

  it('lists scored audits below 0.9 once, with their items, and leaves out informative ones', () => {
    expect(summary.failing).toEqual([
      { id: 'total-blocking-time', category: 'performance', title: 'Total Blocking Time', score: 0.7, displayValue: '310 ms', items: [] },
      { id: 'network-dependency-tree-insight', category: 'performance', title: 'Network dependency tree', score: 0, items: [] },
      { id: 'errors-in-console', category: 'bestPractices', title: 'Browser errors were logged to the console', score: 0, items: ['Failed to load resource (http://127.0.0.1/x.js)', 'http://127.0.0.1/y.js'] },
      { id: 'link-text', category: 'seo', title: 'Links do not have descriptive text', score: 0, items: ['main > a <a href="/x/">更多</a>'] },
    ]);
  });
});

describe('lighthouseVerdicts(summary)', () => {
  it('holds performance and best practices to 95 and accessibility and SEO to 100', () => {
    expect(lighthouseVerdicts(summariseLighthouse('article', RESULT))).toEqual([
      { category: 'performance', score: 93, target: 95, pass: false },
      { category: 'accessibility', score: 100, target: 100, pass: true },
      { category: 'bestPractices', score: 96, target: 95, pass: true },
      { category: 'seo', score: 92, target: 100, pass: false },
    ]);
  });
});
