import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../schema.ts';
import { proposeFromArticle } from './proposeArticle.ts';

const dataset = datasetSchema.parse(JSON.parse(readFileSync(new URL('../../../content/data/projects.json', import.meta.url), 'utf8')));

function article(frontmatter: string): VFile {
  return new VFile({ path: 'content/articles/demo.md', value: `---\n${frontmatter}\nsummary: 一句话。\n---\n\n华理生物产业园项目一期计划投资3.5亿元。\n` });
}

describe('proposeFromArticle: what stops a proposal', () => {
  it('stops on a date placeholder, naming it, and not on a title placeholder', () => {
    const result = proposeFromArticle(article('title: "TODO：标题"\ndate: "TODO：原文发布日期，写成 2023-05-10 的格式"'), dataset);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      'content/articles/demo.md:3:1  error  date：仍是占位文字“TODO：原文发布日期，写成 2023-05-10 的格式”；发布前请替换  docs/rules.md#todo',
    ]);
  });

  it('goes on with a title placeholder when the date is filled', () => {
    const result = proposeFromArticle(article('title: "TODO：标题"\ndate: 2024-07-01'), dataset);
    expect(result.ok).toBe(true);
  });
});
