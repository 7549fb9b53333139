import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXT, articleFile, datasetObject, datasetText, positionOf } from '../fixtures.ts';
import { earlyDate } from './early-date.ts';
import { linesOf } from './testing.ts';

describe('early-date', () => {
  it('warns about an article dated before 1949, at its date', () => {
    const text = ARTICLE_TEXT.replace('date: 2023-05-10', 'date: 1023-05-10');
    expect(linesOf(earlyDate, { articles: [articleFile(text)] })).toEqual([
      `content/articles/zone-report.md:${positionOf(text, 'date: 1023-05-10')}  warning  date：1023-05-10 早于1949年，请核对日期  docs/rules.md#early-date`,
    ]);
  });

  it('warns about a report in the dataset dated before 1949', () => {
    const data = datasetObject();
    data.projects[0]!.status[0]!.asOf = '1023-05-10';
    expect(linesOf(earlyDate, { dataset: data })).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"asOf": "1023-05-10"')}  warning  projects[0].status[0].asOf：1023-05-10 早于1949年，请核对日期  docs/rules.md#early-date`,
    ]);
  });

  it('accepts 1949 itself', () => {
    const text = ARTICLE_TEXT.replace('date: 2023-05-10', 'date: 1949-10-01');
    expect(linesOf(earlyDate, { articles: [articleFile(text)] })).toEqual([]);
  });
});
