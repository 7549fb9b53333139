// npm run new -- --title "…" [--slug SLUG]
// Starts a new article: content/articles/<slug>.md with its frontmatter filled in, as a draft.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { scaffoldArticle } from '../src/lib/import/scaffold.ts';
import { resolveToday, TODAY_VARIABLE } from '../src/lib/today.ts';
import { formatMessage } from '../src/lib/validate/diagnostics.ts';
import { readDataset, writeArticle } from './lib/articleFiles.ts';

const HELP = `Usage: npm run new -- --title "标题" [--slug SLUG]

Starts a new article: writes content/articles/<slug>.md with the title, today's date, a summary to
write (marked TODO) and the dataset projects the title names, as a draft (draft: true), and prints
its path. An existing article is never replaced.

Then write the article under the frontmatter (below the second --- line), replace the TODO summary,
set draft: false when it is ready to publish, and run npm run check.

Options:
  --title "…"   the headline (required)
  --slug SLUG   file name (the article's address), like huali-bio-2023-05; default: from the title and date
  -h, --help    show this help

Today's date is China's (UTC+8); ${TODAY_VARIABLE}=YYYY-MM-DD sets another.`;

const root = fileURLToPath(new URL('..', import.meta.url));

function parseOptions() {
  return parseArgs({ options: { title: { type: 'string' }, slug: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions();
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nRun "npm run new -- --help" to see the options.`);
    return 1;
  }
  const { values } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.title === undefined) {
    console.error('Give the headline: npm run new -- --title "华理生物产业园项目开工"\nRun "npm run new -- --help" to see the options.');
    return 1;
  }
  const today = resolveToday(process.env);
  if (!today.ok) {
    console.error(today.reason);
    return 1;
  }
  const result = scaffoldArticle({ title: values.title, slug: values.slug, today: today.date }, await readDataset(root));
  if (!result.ok) {
    for (const message of result.problems) console.error(formatMessage(message));
    return 1;
  }
  const outcome = await writeArticle(root, result.path, result.text, { replace: false, slug: result.slug });
  if (outcome.status === 'exists') {
    console.error(`${outcome.existing} already exists, so nothing was written. Choose another file name with --slug.`);
    return 1;
  }
  console.log(
    [
      `Wrote ${result.path}`,
      '',
      `  title     ${values.title.trim()}`,
      `  date      ${today.date}${today.fromEnvironment ? ` (from ${TODAY_VARIABLE})` : ' (today)'}`,
      '  summary   TODO: write one or two sentences',
      `  projects  ${result.projects.length ? result.projects.join(', ') : 'none named in the title; add their ids from content/data/projects.json'}`,
      '  draft     true: checked, but not published until you set draft: false',
      '',
      `Write the article below the frontmatter in ${result.path}, then run npm run check.`,
    ].join('\n'),
  );
  return 0;
}

process.exitCode = await main();
