import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXT, articleFile, datasetObject, datasetText, positionOf } from '../fixtures.ts';
import { draftSource } from './draft-source.ts';
import { linesOf } from './testing.ts';

describe('draft-source', () => {
  // A second article, cited by one source only.
  const note = (draft: boolean) => articleFile(ARTICLE_TEXT.replace('summary: 一篇报道。\n', `summary: 一篇报道。\ndraft: ${draft}\n`), 'content/articles/zone-note.md');
  const data = datasetObject();
  data.projects[0]!.figures.investment[0]!.source.article = 'zone-note';

  it('warns about a source citing a draft, which readers cannot open', () => {
    expect(linesOf(draftSource, { dataset: data, articles: [articleFile(), note(true)] })).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"article": "zone-note"')}  warning  projects[0].figures.investment[0].source.article：引用的 zone-note 是草稿，读者打不开  docs/rules.md#draft-source`,
    ]);
  });

  it('accepts a source citing a published article', () => {
    expect(linesOf(draftSource, { dataset: data, articles: [articleFile(), note(false)] })).toEqual([]);
  });
});
