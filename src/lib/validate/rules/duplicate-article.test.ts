import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXT, articleFile } from '../fixtures.ts';
import { duplicateArticle } from './duplicate-article.ts';
import { linesOf } from './testing.ts';

describe('duplicate-article', () => {
  it('rejects a second file for one address, naming the first', () => {
    expect(linesOf(duplicateArticle, { articles: [articleFile(), articleFile(ARTICLE_TEXT, 'content/articles/zone-report.mdx')] })).toEqual([
      'content/articles/zone-report.mdx  error  另一个文件 content/articles/zone-report.md 与它同名（zone-report）：一篇文章只能有一个文件  docs/rules.md#duplicate-article',
    ]);
  });

  it('accepts two files with addresses of their own', () => {
    expect(linesOf(duplicateArticle, { articles: [articleFile(), articleFile(ARTICLE_TEXT, 'content/articles/zone-report-2.mdx')] })).toEqual([]);
  });
});
