// A source's quote is what the site shows as evidence: it must be in the cited article, word for word.
import { formatPath } from '../zodIssues.ts';
import { contentRule } from './rule.ts';
import { citations, plainTextForQuotes } from './sources.ts';

export const quoteNotFound = contentRule({
  id: 'quote-not-found',
  severity: 'error',
  check(context, flag) {
    for (const { source, path, cited } of citations(context)) {
      if (!cited || plainTextForQuotes(cited.article.body).includes(plainTextForQuotes(source.quote))) continue;
      const field = [...path, 'quote'];
      flag(context.datasetFile, `${formatPath(field)}：在 ${cited.article.path} 里找不到这句引文；应与文章原句一字不差`, context.locate(field));
    }
  },
});
