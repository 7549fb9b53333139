import { describe, expect, it } from 'vitest';
import { datasetObject, datasetText, positionOf } from '../fixtures.ts';
import { linesOf } from './testing.ts';
import { unknownArticle } from './unknown-article.ts';

describe('unknown-article', () => {
  it('rejects a source citing an article that is not there, at its article field', () => {
    const data = datasetObject();
    data.projects[0]!.figures.investment[0]!.source.article = 'zone-reprot';
    expect(linesOf(unknownArticle, { dataset: data })).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"article": "zone-reprot"')}  error  projects[0].figures.investment[0].source.article：content/articles/ 里没有文章 zone-reprot；应为陈述它的文章的文件名  docs/rules.md#unknown-article`,
    ]);
  });

  it('accepts sources citing the articles there are', () => {
    expect(linesOf(unknownArticle)).toEqual([]);
  });
});
