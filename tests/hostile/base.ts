// The small, valid content every hostile case starts from: one project, one article, nothing to warn about (also
// under npm run check's fact-check). Each case changes one thing and names exactly what must be printed.

export const BASE_SLUG = 'base-report';
export const BASE_ARTICLE_PATH = `content/articles/${BASE_SLUG}.md`;
export const DATASET_PATH = 'content/data/projects.json';
/** Cases are checked as of this day, so "after today" means the same on any machine. */
export const TODAY = '2026-11-25';

export const BASE_ARTICLE = `---
title: 园区报道
date: 2023-05-10
summary: 一篇报道。
projects:
  - huali-bio
---

华理生物产业园项目落户宏伟园区。
`;

export function baseDatasetObject() {
  const source = { article: BASE_SLUG, quote: '华理生物产业园项目落户宏伟园区' };
  return {
    title: '数据集',
    description: '说明',
    zone: { name: '大庆高新技术产业开发区', shortName: '大庆高新区' },
    updated: '2023-05-10',
    licence: 'CC BY 4.0',
    projects: [
      {
        id: 'huali-bio',
        name: '华理生物产业园项目',
        status: [{ stage: 'signed', asOf: '2023-05-10', source }],
        figures: { investment: [{ value: 520000000, asOf: '2023-05-10', source: { url: 'https://example.com/news/1.html', quote: '计划投资5.2亿元' } }] },
        milestones: [{ id: 'construction-start', label: '启动建设', reports: [{ type: 'plan', date: { date: '2023-05', precision: 'month' }, asOf: '2023-05-10', source }] }],
      },
    ],
    indicators: { plannedKeyProjects: [], provincialKeyProjects: [], startedKeyProjects: [], startRate: [] },
    events: [],
  };
}

export const BASE_DATASET = `${JSON.stringify(baseDatasetObject(), null, 2)}\n`;

/** 1-based "line:column" of the first `needle` in `text` (after `after`), as messages print it. */
export { positionOf as at } from '../../src/lib/validate/fixtures.ts';
