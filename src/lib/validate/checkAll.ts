// `npm run check`: everything the build's pre-check finds, then the fact-check of articles against the dataset
// and their Chinese punctuation and spacing. The build runs only checkContent: a fact that disagrees with the
// dataset, or a half-width comma, is for the editor to weigh, not a reason to stop publishing.

import { factCheckArticles } from '../facts/factCheck.ts';
import { checkContent, type CheckedContent, type ContentFiles } from './checkContent.ts';
import { countBySeverity } from './diagnostics.ts';
import { checkTypography } from './typography.ts';

export interface CheckOptions {
  /** Count warnings as errors, for a last check before publishing. */
  strict?: boolean;
}

export function checkContentAndFacts(input: ContentFiles, options: CheckOptions = {}): CheckedContent {
  const checked = checkContent(input);
  if (checked.dataset)
    factCheckArticles(
      checked.dataset,
      checked.articles.map((article, index) => ({ article, file: checked.articleFiles[index]! })),
    );
  checked.articles.forEach((article, index) => checkTypography(article, checked.articleFiles[index]!));
  if (options.strict) for (const file of checked.files) for (const message of file.messages) message.fatal = true;
  return checked;
}

/** "3 个文件：0 个错误，2 个警告" */
export function summaryLine(checked: CheckedContent): string {
  const { errors, warnings } = countBySeverity(checked.files.flatMap((file) => file.messages));
  return `${checked.files.length} 个文件：${errors} 个错误，${warnings} 个警告`;
}
