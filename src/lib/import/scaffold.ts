// A new article's file: valid frontmatter with the title, today's date and a summary to write, as a draft
// (drafts are checked but not published), and projects the title names.

import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { projectNameIndex } from '../facts/names.ts';
import { slugSchema, type Dataset } from '../schema.ts';
import { todo } from '../todo.ts';
import { articleFileText } from './articleText.ts';
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
  if (title === '') return fail('--title is empty: give the headline, like --title "华理生物产业园项目开工"');
  if (options.slug !== undefined && !slugSchema.safeParse(options.slug).success)
    return fail(`--slug "${options.slug}" cannot be an address: use lowercase latin letters, digits and single hyphens, like "huali-bio-2023-05"`);
  const slug = options.slug ?? slugFromTitle(title, options.today);
  if (slug === undefined) return fail('could not make a file name from the title; give one with --slug');
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
