// npm run new -- --title "…" [--slug SLUG]
// Starts a new article: content/articles/<slug>.md with its frontmatter filled in, as a draft.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { scaffoldArticle } from '../src/lib/import/scaffold.ts';
import { resolveToday, TODAY_VARIABLE } from '../src/lib/today.ts';
import { formatMessage } from '../src/lib/validate/diagnostics.ts';
import { readDataset, writeArticle } from './lib/articleFiles.ts';
import { optionError } from './lib/options.ts';

const HELP = `用法：npm run new -- --title "标题" [--slug SLUG]

开始写一篇新文章：写出 content/articles/<slug>.md，填好标题、今天的日期、待写的摘要（标为 TODO）和标题
提到的数据集项目，作为草稿（draft: true），并显示它的路径。已有的文章绝不会被替换。

然后在 frontmatter 下面（第二行 --- 之后）写正文，替换 TODO 摘要，准备发布时改为 draft: false，
再运行 npm run check。

选项：
  --title "…"   标题（必填）
  --slug SLUG   文件名（即文章的网址），如 huali-bio-2023-05；默认由标题和日期生成
  -h, --help    显示本说明

“今天”按中国时间（UTC+8）；${TODAY_VARIABLE}=YYYY-MM-DD 可指定别的日期。`;

const root = fileURLToPath(new URL('..', import.meta.url));

function parseOptions() {
  return parseArgs({ options: { title: { type: 'string' }, slug: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions();
  } catch (error) {
    console.error(`${optionError(error)}\n运行 npm run new -- --help 查看选项。`);
    return 1;
  }
  const { values } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.title === undefined) {
    console.error('请给出标题：npm run new -- --title "华理生物产业园项目开工"\n运行 npm run new -- --help 查看选项。');
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
    console.error(`${outcome.existing} 已经存在，没有写入任何内容。请用 --slug 另选一个文件名。`);
    return 1;
  }
  console.log(
    [
      `已写出 ${result.path}`,
      '',
      `  title     ${values.title.trim()}`,
      `  date      ${today.date}${today.fromEnvironment ? `（来自 ${TODAY_VARIABLE}）` : '（今天）'}`,
      '  summary   TODO：请写一两句话',
      `  projects  ${result.projects.length ? result.projects.join(', ') : '标题里没有提到项目；请从 content/data/projects.json 添加它们的 id'}`,
      '  draft     true：会检查，但改为 draft: false 之前不会发布',
      '',
      `请在 ${result.path} 的 frontmatter 下面写正文，然后运行 npm run check。`,
    ].join('\n'),
  );
  return 0;
}

process.exitCode = await main();
