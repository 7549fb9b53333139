// The "dataset updates" part of `npm run import`: the proposals as a list and as a diff of the dataset file, and
// the new file text when they are to be applied. The CLI only prints the lines and writes the text.

import { createTwoFilesPatch } from 'diff';
import type { Dataset, LifecycleStage } from '../schema.ts';
import { datasetSchema } from '../schema.ts';
import { applyUpdates, describeUpdates, proposeUpdates, type DatasetUpdate } from './datasetUpdates.ts';
import type { ImportFindings } from './importArticle.ts';

/** The updates an imported article's findings call for (none without a publication date). */
export function updatesFromFindings(dataset: Dataset, slug: string, findings: ImportFindings): DatasetUpdate[] {
  if (findings.date.value === undefined) return [];
  const figures = findings.statements.flatMap((statement) =>
    statement.subject?.type === 'figure'
      ? [{ projectId: statement.subject.projectId, figure: statement.subject.figure, scope: statement.subject.scope, quantity: statement.quantity, quote: statement.quote, line: statement.line, column: statement.column }]
      : [],
  );
  return proposeUpdates(dataset, { slug, date: findings.date.value, figures, milestones: findings.milestones });
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
    return { lines: [`Dataset updates: none proposed until the article has a date (import again with --date). ${datasetPath} was not changed.`], newText: undefined };
  if (updates.length === 0) return { lines: [`Dataset updates: none; ${datasetPath} already has everything this article reports.`], newText: undefined };

  const newText = applyUpdates(datasetText, dataset, updates);
  const lines = [`Dataset updates (${updates.length}) this article reports, each a new report citing it:`, ...describeUpdates(dataset, updates, articlePath, input.stageLabels), ''];
  let valid = true;
  try {
    datasetSchema.parse(JSON.parse(newText));
  } catch {
    valid = false;
  }
  if (!valid) {
    // Never expected: the updates are built from the schema's own shapes. Say so rather than write a broken file.
    lines.push(`These updates would not make a valid ${datasetPath}, so nothing was written to it; please report this.`);
    return { lines, newText: undefined };
  }
  const patch = createTwoFilesPatch(`a/${datasetPath}`, `b/${datasetPath}`, datasetText, newText, undefined, undefined, { context: 2 });
  lines.push(...patch.replace(/^=+\n/u, '').trimEnd().split('\n').filter((line) => !line.startsWith('Index:') && !/^=+$/u.test(line)), '');
  lines.push(
    input.apply
      ? `Wrote these updates into ${datasetPath}. Check them against the article, then run npm run check.`
      : `${datasetPath} was not changed. To write these updates, run the same import again with --apply.`,
  );
  return { lines, newText };
}
