// A source must cite an article that exists, or readers cannot follow it.
import { formatPath } from '../zodIssues.ts';
import { contentRule } from './rule.ts';
import { citations } from './sources.ts';

export const unknownArticle = contentRule({
  id: 'unknown-article',
  severity: 'error',
  check(context, flag) {
    for (const { path, slug, cited } of citations(context)) {
      if (cited) continue;
      const field = [...path, 'article'];
      flag(context.datasetFile, `${formatPath(field)}：content/articles/ 里没有文章 ${slug}；应为陈述它的文章的文件名`, context.locate(field));
    }
  },
});
