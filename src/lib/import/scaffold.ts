// A new article's file: valid frontmatter with the title, today's date and a summary to write, as a draft
// (drafts are checked but not published), and projects the title names.

import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { projectNameIndex } from '../facts/names.ts';
import { slugSchema, type Dataset } from '../schema.ts';
import { todo } from '../todo.ts';
import { articleFileText } from './articleText.ts';
import { quoted } from '../validate/zodIssues.ts';
import { slugFromTitle } from './slug.ts';

export interface ScaffoldOptions {
  title: string;
  slug?: string | undefined;
  /** Today's date, YYYY-MM-DD. */
  today: string;
  articlesDir?: string;
}

export type ScaffoldResult =
  | { ok: true; slug: string; path: string; text: string; projects: string[] }
  | { ok: false; problems: VFileMessage[] };

export function scaffoldArticle(options: ScaffoldOptions, dataset: Dataset | undefined): ScaffoldResult {
  const file = new VFile({ path: 'new article' });
  const fail = (reason: string) => {
    const message = file.message(reason, { ruleId: 'new-option', source: 'jindu-new' });
    message.fatal = true;
    return { ok: false as const, problems: [message] };
  };
  const title = options.title.trim();
  if (title === '') return fail('--title 是空的：请给出标题，如 --title "华理生物产业园项目开工"');
  if (options.slug !== undefined && !slugSchema.safeParse(options.slug).success)
    return fail(`--slug${quoted(options.slug)}不能用作网址：应只含小写拉丁字母、数字和单个连字符，如 huali-bio-2023-05`);
  const slug = options.slug ?? slugFromTitle(title, options.today);
  if (slug === undefined) return fail('无法由标题生成文件名；请用 --slug 给出一个');
  const projects = [...new Set(projectNameIndex(dataset?.projects ?? []).find(title).map((mention) => mention.projectId))];
  const text = articleFileText(
    {
      title,
      date: options.today,
      summary: todo('一两句话的摘要'),
      projects: projects.length ? projects : undefined,
      draft: true,
    },
    '',
  );
  return { ok: true, slug, path: `${options.articlesDir ?? 'content/articles'}/${slug}.md`, text, projects };
}
