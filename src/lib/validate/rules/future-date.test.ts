import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXT, articleFile, datasetObject, datasetText, positionOf } from '../fixtures.ts';
import { futureDate } from './future-date.ts';
import { linesOf } from './testing.ts';

describe('future-date', () => {
  const text = ARTICLE_TEXT.replace('date: 2023-05-10', 'date: 2030-01-01');

  it('warns about an article dated after today, which would top every list', () => {
    expect(linesOf(futureDate, { articles: [articleFile(text)], today: '2024-01-01' })).toEqual([
      `content/articles/zone-report.md:${positionOf(text, 'date: 2030-01-01')}  warning  date：2030-01-01 晚于今天（2024-01-01），请核对日期；否则它会一直排在最前面  docs/rules.md#future-date`,
    ]);
  });

  it('warns about a plan more than 50 years ahead', () => {
    const data = datasetObject();
    data.projects[0]!.milestones[0]!.reports[0]!.date.date = '2203-05';
    expect(linesOf(futureDate, { dataset: data, today: '2024-01-01' })).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"date": "2203-05"')}  warning  projects[0].milestones[0].reports[0].date.date：2203-05 远在50年以后，请核对日期  docs/rules.md#future-date`,
    ]);
  });

  it('accepts the same article once its day has come, and says nothing without a build date', () => {
    expect(linesOf(futureDate, { articles: [articleFile(text)], today: '2030-01-01' })).toEqual([]);
    expect(linesOf(futureDate, { articles: [articleFile(text)] })).toEqual([]);
  });
});
