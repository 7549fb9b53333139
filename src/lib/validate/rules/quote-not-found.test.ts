import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXT, articleFile, datasetObject, datasetText, positionOf } from '../fixtures.ts';
import { quoteNotFound } from './quote-not-found.ts';
import { linesOf } from './testing.ts';

describe('quote-not-found', () => {
  it('rejects a quote the cited article does not contain, at the quote', () => {
    const data = datasetObject();
    data.projects[0]!.figures.investment[0]!.source.quote = '计划投资6亿元';
    expect(linesOf(quoteNotFound, { dataset: data })).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"quote": "计划投资6亿元"')}  error  projects[0].figures.investment[0].source.quote：在 content/articles/zone-report.md 里找不到这句引文；应与文章原句一字不差  docs/rules.md#quote-not-found`,
    ]);
  });

  it('finds a quote through the markup and line breaks of the article', () => {
    const text = ARTICLE_TEXT.replace('计划投资5.2亿元', '计划**投资**\n5.2亿元');
    expect(linesOf(quoteNotFound, { articles: [articleFile(text)] })).toEqual([]);
  });
});
