// The "dataset updates" part of `npm run import`: the proposals as a list and as a diff of the dataset file, and
// the new file text when they are to be applied. The CLI only prints the lines and writes the text.

import { createTwoFilesPatch } from 'diff';
import type { Dataset, LifecycleStage } from '../schema.ts';
import { datasetSchema } from '../schema.ts';
import { applyUpdates, describeUpdates, proposeUpdates, type DatasetUpdate } from './datasetUpdates.ts';
import type { ArticleReading } from './articleFacts.ts';

/** The updates an article's reading calls for (none without a publication date). */
export function updatesFromReading(dataset: Dataset, slug: string, date: string | undefined, findings: Pick<ArticleReading, 'statements' | 'milestones' | 'newProject'>): DatasetUpdate[] {
  if (date === undefined) return [];
  const figures = findings.statements.flatMap((statement) =>
    statement.subject?.type === 'figure'
      ? [{ projectId: statement.subject.projectId, figure: statement.subject.figure, scope: statement.subject.scope, quantity: statement.quantity, quote: statement.quote, line: statement.line, column: statement.column }]
      : [],
  );
  const measures = findings.statements.flatMap((statement) =>
    statement.subject?.type === 'measure'
      ? [{ projectId: statement.subject.projectId, label: statement.subject.label, unit: statement.subject.unit, scope: statement.subject.scope, quantity: statement.quantity, quote: statement.quote, line: statement.line, column: statement.column }]
      : [],
  );
  return proposeUpdates(dataset, { slug, date, figures, measures, milestones: findings.milestones, newProject: findings.newProject });
}

export interface UpdatesReportInput {
  dataset: Dataset;
  datasetText: string;
  datasetPath: string;
  articlePath: string;
  updates: readonly DatasetUpdate[];
  /** The article's date; without it nothing can be proposed. */
  date: string | undefined;
  apply: boolean;
  /** The command that proposed them, to say how to apply them (npm run import -- FILE --apply). */
  again?: string;
  /** Whether the article named a dataset project (or proposes one), to say why nothing is proposed. */
  recognised?: boolean;
  /** Reader-facing stage names (src/i18n). */
  stageLabels: Record<LifecycleStage, string>;
}

export interface UpdatesReport {
  lines: string[];
  /** The dataset with the updates written in, when there are any and the result is a valid dataset. */
  newText: string | undefined;
}

export function datasetUpdatesReport(input: UpdatesReportInput): UpdatesReport {
  const { dataset, datasetText, datasetPath, articlePath, updates } = input;
  if (input.date === undefined)
    return { lines: [`数据集更新：文章还没有日期，无法提出（填好文章的 date，或加 --date 重新导入）。${datasetPath} 没有改动。`], newText: undefined };
  if (updates.length === 0) return { lines: [input.recognised ? `数据集更新：无；这篇文章报道的内容 ${datasetPath} 里都已记录。` : `数据集更新：无；文中没有认出数据集里的项目，也没有可提议的新项目（见上方“识别到的项目”；可用 --project 指定）。${datasetPath} 没有改动。`], newText: undefined };

  const newText = applyUpdates(datasetText, dataset, updates);
  const lines = [`数据集更新（${updates.length} 条），都是以本文为来源的新报道：`, ...describeUpdates(dataset, updates, articlePath, input.stageLabels), ''];
  let valid = true;
  try {
    datasetSchema.parse(JSON.parse(newText));
  } catch {
    valid = false;
  }
  if (!valid) {
    // Never expected: the updates are built from the schema's own shapes. Say so rather than write a broken file.
    lines.push(`写入这些更新后 ${datasetPath} 会不合格式，所以没有写入；请报告这个问题。`);
    return { lines, newText: undefined };
  }
  const patch = createTwoFilesPatch(`a/${datasetPath}`, `b/${datasetPath}`, datasetText, newText, undefined, undefined, { context: 2 });
  lines.push(...patch.replace(/^=+\n/u, '').trimEnd().split('\n').filter((line) => !line.startsWith('Index:') && !/^=+$/u.test(line)), '');
  lines.push(
    input.apply
      ? `已把这些更新写入 ${datasetPath}。请对照文章核对，然后运行 npm run check。`
      : `${datasetPath} 没有改动。要写入这些更新，加 --apply 再运行一次${input.again ? `：${input.again}` : '同样的命令。'}`,
  );
  return { lines, newText };
}
