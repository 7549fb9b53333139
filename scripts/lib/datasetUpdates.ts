// The dataset-update step shared by `npm run import` and `npm run propose`: print what an article's reading calls
// for, and with --apply write it in one step. Returns the exit code.
import type { ArticleReading } from '../../src/lib/import/articleFacts.ts';
import { datasetUpdatesReport, updatesFromReading } from '../../src/lib/import/updatesReport.ts';
import type { Dataset } from '../../src/lib/schema.ts';
import strings from '../../src/i18n/zh-Hans.json' with { type: 'json' };
import { readDatasetText, writeDataset } from './articleFiles.ts';
import { DATASET_PATH } from './content.ts';
import { describeSystemError } from './systemErrors.ts';

export interface UpdateStep {
  root: string;
  dataset: Dataset;
  slug: string;
  articlePath: string;
  date: string | undefined;
  reading: Pick<ArticleReading, 'projects' | 'statements' | 'milestones' | 'newProject'>;
  apply: boolean;
  /** How to run the same command again with --apply, for the report's last line. */
  again: string;
}

export async function reportAndApplyUpdates(step: UpdateStep): Promise<number> {
  const { root, dataset, reading } = step;
  const datasetText = await readDatasetText(root);
  const updates = updatesFromReading(dataset, step.slug, step.date, reading);
  const reportFor = (apply: boolean) =>
    datasetUpdatesReport({
      dataset,
      datasetText,
      datasetPath: DATASET_PATH,
      articlePath: step.articlePath,
      updates,
      date: step.date,
      apply,
      again: step.again,
      stageLabels: strings.stage,
      recognised: reading.projects.length > 0 || reading.newProject !== undefined,
    });
  const report = reportFor(step.apply);
  if (step.apply && report.newText !== undefined && report.newText !== datasetText) {
    try {
      await writeDataset(root, report.newText);
    } catch (error) {
      // An immutable file (chattr +i) or a full disk: the dataset is as it was, and the report says so.
      console.log(['', ...reportFor(false).lines.slice(0, -1)].join('\n'));
      console.error(`${DATASET_PATH}  error  ${describeSystemError(error, root, DATASET_PATH, true) ?? String(error)}；数据集没有改变。`);
      return 1;
    }
  }
  console.log(['', ...report.lines].join('\n'));
  return 0;
}
