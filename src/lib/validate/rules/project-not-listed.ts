// An article the dataset cites for a project should list that project, so its page links back to the article.
import { contentRule } from './rule.ts';
import { citations } from './sources.ts';

export const projectNotListed = contentRule({
  id: 'project-not-listed',
  severity: 'warning',
  check(context, flag) {
    for (const { projectId, cited } of citations(context)) {
      const frontmatter = cited?.article.frontmatter;
      if (!cited || !projectId || !frontmatter || frontmatter.projects.includes(projectId)) continue;
      flag(cited.file, `数据集为项目 ${projectId} 引用了这篇文章，但 frontmatter 的 projects 里没有列出它`, cited.article.locate(['projects']));
    }
  },
});
