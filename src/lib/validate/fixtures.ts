// Small valid content for validation tests; each test breaks one thing and reads the message.
import { VFile } from 'vfile';

export const ARTICLE_SLUG = 'zone-report';
export const ARTICLE_PATH = `content/articles/${ARTICLE_SLUG}.md`;
export const DATASET_PATH = 'content/data/projects.json';

export const ARTICLE_TEXT = `---
title: 园区报道
date: 2023-05-10
summary: 一篇报道。
projects:
  - huali-bio
---

华理生物产业园项目计划投资5.2亿元，占地面积10公顷。

大庆高新区全年计划建设重点项目43个。目前，30个重点项目开复工，开复工率69.7%。
`;

export function datasetObject() {
  const source = (quote: string) => ({ article: ARTICLE_SLUG, quote });
  const asOf = '2023-05-10';
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
        status: [{ stage: 'design-and-approvals', asOf, source: source('华理生物产业园项目计划投资5.2亿元') }],
        figures: { investment: [{ value: 520000000, asOf, source: source('华理生物产业园项目计划投资5.2亿元') }] },
        milestones: [
          { id: 'construction-start', label: '启动建设', reports: [{ type: 'plan', date: { date: '2023-05', precision: 'month' }, asOf, source: source('计划建设重点项目43个') }] },
        ],
      },
    ],
    indicators: {
      plannedKeyProjects: [{ value: 43, period: '2023', asOf, source: source('大庆高新区全年计划建设重点项目43个') }],
      startedKeyProjects: [{ value: 30, period: '2023', asOf, source: source('30个重点项目开复工') }],
      startRate: [{ value: 69.8, period: '2023', asOf, source: source('开复工率69.7%') }],
    },
  };
}

export function datasetFile(value: unknown = datasetObject()): VFile {
  return new VFile({ path: DATASET_PATH, value: typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n` });
}

export function articleFile(text = ARTICLE_TEXT, path = ARTICLE_PATH): VFile {
  return new VFile({ path, value: text });
}

/** 1-based line:column of the first occurrence of `needle` (after `after`, if given) in a text. */
export function positionOf(text: string, needle: string, after = ''): string {
  const start = after ? text.indexOf(after) : 0;
  const offset = text.indexOf(needle, start);
  if (offset < 0 || start < 0) throw new Error(`not in fixture: ${needle}`);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${[...before.at(-1)!].length + 1}`;
}

export function datasetText(value: unknown = datasetObject()): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
