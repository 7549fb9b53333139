// The dates early-date and future-date read: each article's own and its source's, and the dataset's report dates
// and fuzzy dates. A milestone's or event's own date after its report is date-after-report's, not theirs.
import type { VFile } from 'vfile';
import { stringsIn } from '../fileText.ts';
import type { Place } from '../position.ts';
import { formatPath } from '../zodIssues.ts';
import type { RuleContext } from './rule.ts';

export interface DateToCheck {
  file: VFile;
  place: Place | undefined;
  /** The field as written in messages: `date`, `projects[0].status[0].asOf`. */
  field: string;
  date: string;
  /** When something was reported (an article's or a report's date), or when it happens or is planned to. */
  kind: 'reported' | 'planned';
  /** An article's own date, which orders every list it appears in. */
  articleDate: boolean;
}

export function datesToCheck(context: RuleContext): DateToCheck[] {
  const dates: DateToCheck[] = [];
  for (const { article, file } of context.articles) {
    const frontmatter = article.frontmatter;
    if (!frontmatter) continue;
    for (const [date, path] of [[frontmatter.date, ['date']], [frontmatter.source?.date, ['source', 'date']]] as const)
      if (date) dates.push({ file, place: article.locate(path), field: formatPath(path), date, kind: 'reported', articleDate: path.length === 1 });
  }
  if (context.dataset)
    for (const [date, path] of stringsIn(context.dataset)) {
      const last = path.at(-1);
      const inFuzzyDate = last === 'date' && path.at(-2) === 'date';
      const isReportDate = last === 'asOf' || last === 'updated' || (last === 'date' && path.at(-2) === 'source');
      if (inFuzzyDate || isReportDate)
        dates.push({ file: context.datasetFile, place: context.locate(path), field: formatPath(path), date, kind: isReportDate ? 'reported' : 'planned', articleDate: false });
    }
  return dates;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
