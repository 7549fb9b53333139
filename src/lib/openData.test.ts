import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import strings from '../i18n/zh-Hans.json';
import {
  FIGURE_COLUMNS,
  INDICATOR_COLUMNS,
  MEASURE_COLUMNS,
  MILESTONE_COLUMNS,
  PROJECT_COLUMNS,
  UTF8_BOM,
  figureRows,
  indicatorRows,
  measureRows,
  milestoneRows,
  projectRows,
  toCsv,
} from './openData.ts';
import { datasetSchema } from './schema.ts';
import { datasetObject } from './validate/fixtures.ts';

const context = { articleUrl: (slug: string) => `https://x.org/articles/${slug}/`, projectUrl: (id: string) => `https://x.org/projects/${id}/` };

function fixture() {
  const data = datasetObject();
  // A later, smaller phase-1 figure beside the whole-project one.
  data.projects[0]!.figures.investment.push({ value: 350_000_000, scope: 'phase-1', asOf: '2024-06-01', source: { article: 'zone-report', quote: '一期计划投资3.5亿元' } } as never);
  return datasetSchema.parse(data);
}

function parse(text: string) {
  expect(text.startsWith(UTF8_BOM)).toBe(true);
  return csvParse(text.slice(1).replace(/\r\n/g, '\n'));
}

describe('projectRows(dataset)', () => {
  it('gives the latest whole-project figures in base units, never a phase figure', () => {
    const rows = parse(toCsv(projectRows(fixture(), context), PROJECT_COLUMNS));
    expect(rows.columns).toEqual([...PROJECT_COLUMNS]);
    expect(rows[0]).toMatchObject({ id: 'huali-bio', name: '华理生物产业园项目', investment_yuan: '520000000', investment_qualifier: 'exact', stage: 'design-and-approvals', land_area_hectares: '', url: 'https://x.org/projects/huali-bio/' });
  });
});

describe('figureRows(dataset)', () => {
  it('keeps every report with its scope and source, marking the latest per scope', () => {
    const rows = parse(toCsv(figureRows(fixture(), context), FIGURE_COLUMNS));
    expect(rows.map((row) => [row.figure, row.scope, row.value, row.is_latest_for_scope])).toEqual([
      ['investment', 'project', '520000000', 'true'],
      ['investment', 'phase-1', '350000000', 'true'],
    ]);
    expect(rows[0]).toMatchObject({ unit: 'yuan', source_article_url: 'https://x.org/articles/zone-report/', quote: '华理生物产业园项目计划投资5.2亿元' });
  });
});

describe('measureRows(dataset)', () => {
  it('keeps every report of every measure in its own unit, the latest per scope marked', () => {
    const data = datasetObject();
    const source = { article: 'zone-report', quote: '规划床位1000张，一期装机容量1600万千瓦' };
    Object.assign(data.projects[0]!, {
      measures: [
        { id: 'beds', label: '床位', unit: '张', reports: [{ value: 1000, asOf: '2023-05-10', source }, { value: 1000, valueMax: 1500, asOf: '2024-06-01', source }] },
        { id: 'capacity', label: '装机容量', unit: '千瓦', reports: [{ value: 16_000_000, scope: 'phase-1', qualifier: 'over', asOf: '2023-05-10', source }] },
      ],
    });
    const rows = parse(toCsv(measureRows(datasetSchema.parse(data), context), MEASURE_COLUMNS));
    expect(rows.columns).toEqual([...MEASURE_COLUMNS]);
    expect(rows.map((row) => [row.measure_id, row.measure, row.measure_unit, row.scope, row.value, row.value_max, row.qualifier, row.as_of, row.is_latest_for_scope])).toEqual([
      ['beds', '床位', '张', 'project', '1000', '', 'exact', '2023-05-10', 'false'],
      ['beds', '床位', '张', 'project', '1000', '1500', 'exact', '2024-06-01', 'true'],
      ['capacity', '装机容量', '千瓦', 'phase-1', '16000000', '', 'over', '2023-05-10', 'true'],
    ]);
    expect(rows[0]).toMatchObject({ project_id: 'huali-bio', source_article_url: 'https://x.org/articles/zone-report/', quote: source.quote });
  });
});

describe('milestoneRows and indicatorRows', () => {
  it('spell out each date window', () => {
    const rows = parse(toCsv(milestoneRows(fixture(), context), MILESTONE_COLUMNS));
    expect(rows[0]).toMatchObject({ milestone_id: 'construction-start', report_type: 'plan', date: '2023-05', date_precision: 'month', before: 'false', window_start: '2023-05-01', window_end: '2023-05-31' });
  });
  it('list each indicator report with its unit', () => {
    const rows = parse(toCsv(indicatorRows(fixture(), context), INDICATOR_COLUMNS));
    expect(rows.map((row) => [row.indicator, row.value, row.unit])).toEqual([
      ['plannedKeyProjects', '43', 'count'],
      ['startedKeyProjects', '30', 'count'],
      ['startRate', '69.8', 'percent'],
    ]);
  });
});

describe('toCsv(rows, columns)', () => {
  it('quotes commas, quotes and line breaks so spreadsheets keep each value in its cell', () => {
    const text = toCsv([{ a: '甲,乙', b: '他说"好"', c: '一\n二' }], ['a', 'b', 'c']);
    expect(parse(text)[0]).toEqual({ a: '甲,乙', b: '他说"好"', c: '一\n二' });
  });
});

describe('the /data/ page documentation', () => {
  it('describes every column of every CSV', () => {
    const documented = strings.data.columns as Record<string, string>;
    const missing = [...PROJECT_COLUMNS, ...FIGURE_COLUMNS, ...MEASURE_COLUMNS, ...MILESTONE_COLUMNS, ...INDICATOR_COLUMNS].filter((column) => !documented[column]);
    expect(missing).toEqual([]);
  });
});
