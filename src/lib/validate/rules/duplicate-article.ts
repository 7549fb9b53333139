// Two files for one address (x.md and x.mdx) would publish one and silently drop the other.
import { contentRule } from './rule.ts';

export const duplicateArticle = contentRule({
  id: 'duplicate-article',
  severity: 'error',
  check(context, flag) {
    for (const { article, file } of context.articles) {
      const first = context.bySlug.get(article.slug);
      if (first && first.article !== article) flag(file, `另一个文件 ${first.article.path} 与它同名（${article.slug}）：一篇文章只能有一个文件`, undefined);
    }
  },
});
