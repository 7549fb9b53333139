// The dataset as open data: CSV tables for spreadsheets and the JSON for programs. Units are in the column
// names; every value is in base units (yuan, hectares) so nothing needs parsing. projects.csv is the summary (the
// latest whole-project figures); figures.csv, measures.csv, milestones.csv and indicators.csv keep every report with
// its source. A measure's values are in its own unit (张, 千瓦, 辆/年), given in a column beside them.

import { csvFormatRow } from 'd3-dsv';
import { dateWindow } from './fuzzyDate.ts';
import { figureUnit, currentStatus } from './projectView.ts';
import { latestForScope, latestReport } from './reports.ts';
import { figureKinds, indicatorsSchema, type Dataset, type FigureKind, type FigureReport, type IndicatorKind, type Source } from './schema.ts';

/** Spreadsheet programs in China read a CSV as GBK unless it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

export type Row = Record<string, string | number | boolean | undefined>;

export interface OpenDataContext {
  /** The absolute address of an article or project page on this site. */
  articleUrl: (slug: string) => string;
  projectUrl: (id: string) => string;
}

/**
 * A text cell as spreadsheets may open it: one starting with = + - @, a tab or a carriage return would be read as
 * a formula (=HYPERLINK(…), DDE) and run in Excel or WPS, so, as OWASP recommends, it gets a leading apostrophe,
 * which spreadsheets hide and read as "text". Numbers are never changed. The /data/ page tells readers.
 */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A CSV file's text: BOM, header row, CRLF line ends as RFC 4180 asks. */
export function toCsv(rows: readonly Row[], columns: readonly string[]): string {
  // Rows end in CRLF; a line break inside a quoted cell is the text's own and stays as it is.
  const lines = [columns.map(csvCell), ...rows.map((row) => columns.map((column) => csvCell(row[column])))].map((cells) => csvFormatRow(cells));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

const SNAKE: Record<FigureKind, string> = {
  investment: 'investment',
  landArea: 'land_area',
  annualRevenue: 'annual_revenue',
  annualProfit: 'annual_profit',
  annualTax: 'annual_tax',
};

const UNIT_SUFFIX: Record<string, string> = { yuan: 'yuan', hectare: 'hectares', count: 'count', percent: 'percent' };

function sourceColumns(source: Source, context: OpenDataContext): Row {
  return {
    source_article_url: source.article ? context.articleUrl(source.article) : undefined,
    source_url: source.url,
    source_publication: source.publication,
    quote: source.quote,
  };
}

const SOURCE_COLUMNS = ['source_article_url', 'source_url', 'source_publication', 'quote'] as const;

export const PROJECT_COLUMNS = [
  'id',
  'name',
  'company',
  'park',
  'sector',
  'provincial_key',
  'stage',
  'stage_as_of',
  ...figureKinds.flatMap((kind) => [`${SNAKE[kind]}_${UNIT_SUFFIX[figureUnit(kind)]}`, `${SNAKE[kind]}_qualifier`, `${SNAKE[kind]}_condition`]),
  'url',
] as const;

/** One row per project: the latest whole-project value of each figure (phase figures are in figures.csv). */
export function projectRows(dataset: Dataset, context: OpenDataContext): Row[] {
  return dataset.projects.map((project) => {
    const status = currentStatus(project);
    const row: Row = {
      id: project.id,
      name: project.name,
      company: project.company,
      park: project.park,
      sector: project.sector,
      provincial_key: project.provincialKey,
      stage: status?.stage,
      stage_as_of: status?.asOf,
      url: context.projectUrl(project.id),
    };
    for (const kind of figureKinds) {
      const report = latestForScope(project.figures[kind]);
      row[`${SNAKE[kind]}_${UNIT_SUFFIX[figureUnit(kind)]}`] = report?.value;
      row[`${SNAKE[kind]}_qualifier`] = report?.qualifier;
      row[`${SNAKE[kind]}_condition`] = report?.condition;
    }
    return row;
  });
}

export const FIGURE_COLUMNS = [
  'project_id',
  'project_name',
  'figure',
  'scope',
  'value',
  'value_max',
  'unit',
  'qualifier',
  'condition',
  'as_of',
  'is_latest_for_scope',
  ...SOURCE_COLUMNS,
] as const;

/** The columns a figure's report and a measure's report share: value, scope, date, source. */
function reportColumns(report: FigureReport, reports: readonly FigureReport[], context: OpenDataContext): Row {
  return {
    scope: report.scope,
    value: report.value,
    value_max: report.valueMax,
    qualifier: report.qualifier,
    condition: report.condition,
    as_of: report.asOf,
    is_latest_for_scope: latestForScope(reports, report.scope) === report,
    ...sourceColumns(report.source, context),
  };
}

/** Every report of every figure, in the order reported; the latest per project, figure and scope is marked. */
export function figureRows(dataset: Dataset, context: OpenDataContext): Row[] {
  return dataset.projects.flatMap((project) =>
    figureKinds.flatMap((kind) => {
      const reports = project.figures[kind] ?? [];
      return reports.map((report) => ({
        project_id: project.id,
        project_name: project.name,
        figure: SNAKE[kind],
        unit: figureUnit(kind),
        ...reportColumns(report, reports, context),
      }));
    }),
  );
}

export const MEASURE_COLUMNS = [
  'project_id',
  'project_name',
  'measure_id',
  'measure',
  'measure_unit',
  'scope',
  'value',
  'value_max',
  'qualifier',
  'condition',
  'as_of',
  'is_latest_for_scope',
  ...SOURCE_COLUMNS,
] as const;

/** Every report of every other measure (床位, 装机容量 …), in its own unit, the latest per scope marked. */
export function measureRows(dataset: Dataset, context: OpenDataContext): Row[] {
  return dataset.projects.flatMap((project) =>
    project.measures.flatMap((measure) =>
      measure.reports.map((report) => ({
        project_id: project.id,
        project_name: project.name,
        measure_id: measure.id,
        measure: measure.label,
        measure_unit: measure.unit,
        ...reportColumns(report, measure.reports, context),
      })),
    ),
  );
}

export const MILESTONE_COLUMNS = [
  'project_id',
  'milestone_id',
  'label',
  'scope',
  'report_type',
  'date',
  'date_precision',
  'before',
  'window_start',
  'window_end',
  'as_of',
  ...SOURCE_COLUMNS,
] as const;

/** Every report about every milestone: plans (first and revised), starts and completions. */
export function milestoneRows(dataset: Dataset, context: OpenDataContext): Row[] {
  return dataset.projects.flatMap((project) =>
    project.milestones.flatMap((milestone) =>
      milestone.reports.map((report) => {
        const window = report.date ? dateWindow(report.date) : undefined;
        return {
          project_id: project.id,
          milestone_id: milestone.id,
          label: milestone.label,
          scope: milestone.scope,
          report_type: report.type,
          date: report.date?.date,
          date_precision: report.date?.precision,
          before: report.date ? Boolean(report.date.before) : undefined,
          window_start: window?.start ?? undefined,
          window_end: window?.end,
          as_of: report.asOf,
          ...sourceColumns(report.source, context),
        };
      }),
    ),
  );
}

export const INDICATOR_COLUMNS = ['indicator', 'period', 'value', 'unit', 'qualifier', 'min_investment_yuan', 'as_of', 'is_latest', ...SOURCE_COLUMNS] as const;

/** Every report of every zone indicator. */
export function indicatorRows(dataset: Dataset, context: OpenDataContext): Row[] {
  return (Object.keys(indicatorsSchema.shape) as IndicatorKind[]).flatMap((kind) => {
    const reports = dataset.indicators[kind];
    const unit = String(indicatorsSchema.shape[kind].meta()?.unit ?? '');
    return reports.map((report) => ({
      indicator: kind,
      period: report.period,
      value: report.value,
      unit,
      qualifier: report.qualifier,
      min_investment_yuan: report.minInvestment,
      as_of: report.asOf,
      is_latest: latestReport(reports.filter((other) => other.period === report.period)) === report,
      ...sourceColumns(report.source, context),
    }));
  });
}

/** The downloads the /data/ page lists, in order. */
export const DOWNLOADS = [
  { file: 'projects.json', format: 'JSON' },
  { file: 'projects.schema.json', format: 'JSON Schema' },
  { file: 'projects.csv', format: 'CSV' },
  { file: 'figures.csv', format: 'CSV' },
  { file: 'measures.csv', format: 'CSV' },
  { file: 'milestones.csv', format: 'CSV' },
  { file: 'indicators.csv', format: 'CSV' },
] as const;
