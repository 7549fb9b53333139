import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { datasetSchema } from '../schema.ts';
import { parseArticleFile } from '../validate/articleFile.ts';
import { formatMessage } from '../validate/diagnostics.ts';
import { scaffoldArticle } from './scaffold.ts';

const dataset = datasetSchema.parse(JSON.parse(readFileSync(new URL('../../../content/data/projects.json', import.meta.url), 'utf8')));

describe('scaffoldArticle(options, dataset)', () => {
  it('writes a draft with the title, today’s date, a summary to write and the projects the title names', () => {
    const result = scaffoldArticle({ title: '华理生物产业园项目开工', today: '2024-03-01' }, dataset);
    expect(result).toMatchObject({ ok: true, slug: 'hua-li-sheng-wu-chan-ye-yuan-xiang-mu-kai-gong-2024-03-01', projects: ['huali-bio'] });
    if (!result.ok) return;
    expect(result.text).toBe('---\ntitle: 华理生物产业园项目开工\ndate: 2024-03-01\nsummary: TODO：一两句话的摘要\nprojects:\n  - huali-bio\ndraft: true\n---\n');
    const file = new VFile({ path: result.path, value: result.text });
    const article = parseArticleFile(file);
    expect(article.frontmatter).toMatchObject({ title: '华理生物产业园项目开工', date: '2024-03-01', draft: true });
    expect(file.messages.map((message) => formatMessage(message))).toEqual([
      `${result.path}:4:1  warning  summary：仍是占位文字“TODO：一两句话的摘要”；改为 draft: false 之前请替换  docs/rules.md#todo`,
    ]);
  });

  it('takes a slug when given, and explains an empty title or a bad slug', () => {
    expect(scaffoldArticle({ title: '标题', slug: 'my-story', today: '2024-03-01' }, undefined)).toMatchObject({ ok: true, path: 'content/articles/my-story.md' });
    const reasons = (title: string, slug?: string) => {
      const result = scaffoldArticle({ title, slug, today: '2024-03-01' }, undefined);
      return result.ok ? [] : result.problems.map((message) => message.reason);
    };
    expect(reasons('  ')).toEqual(['--title 是空的：请给出标题，如 --title "华理生物产业园项目开工"']);
    expect(reasons('标题', 'My Story')).toEqual(['--slug“My Story”不能用作网址：应只含小写拉丁字母、数字和单个连字符，如 huali-bio-2023-05']);
  });
});
