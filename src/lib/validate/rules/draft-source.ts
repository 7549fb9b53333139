// A draft is not published, so a source citing it links readers to nothing.
import { formatPath } from '../zodIssues.ts';
import { contentRule } from './rule.ts';
import { citations } from './sources.ts';

export const draftSource = contentRule({
  id: 'draft-source',
  severity: 'warning',
  check(context, flag) {
    for (const { path, slug, cited } of citations(context)) {
      if (!cited?.article.frontmatter?.draft) continue;
      const field = [...path, 'article'];
      flag(context.datasetFile, `${formatPath(field)}：引用的 ${slug} 是草稿，读者打不开`, context.locate(field));
    }
  },
});
