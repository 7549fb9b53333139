// An article's projects are links to project pages: each must be a project the dataset has. Checked even when the
// dataset has other errors, as long as its project ids could be read.
import { closestMatch } from '../zodIssues.ts';
import { contentRule } from './rule.ts';

/** 是不是 … for a near miss, the whole list when it is short. */
function suggestId(id: string, ids: string[]): string {
  const match = closestMatch(id, ids);
  if (match) return `是不是 ${match}？`;
  if (ids.length === 0) return '数据集里还没有项目';
  if (ids.length <= 8) return `应为以下之一：${ids.join('、')}`;
  return '应为数据集里某个项目的 id';
}

export const unknownProject = contentRule({
  id: 'unknown-project',
  severity: 'error',
  check(context, flag) {
    const projectIds = context.projectIds;
    if (!projectIds) return;
    for (const { article, file } of context.articles)
      article.projectIds.forEach((id, i) => {
        if (!projectIds.has(id))
          flag(file, `projects[${i}]：content/data/projects.json 里没有项目 ${id}；${suggestId(id, [...projectIds])}`, article.locate(['projects', i]));
      });
  },
});
