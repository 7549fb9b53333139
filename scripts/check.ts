// npm run check [-- --strict] [-- --fix]
// Checks all content the way the build does, then fact-checks the articles against the dataset and reads their
// Chinese punctuation and spacing; --fix rewrites those places first.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { replaceFile } from './lib/articleFiles.ts';
import { readContentFiles } from './lib/content.ts';
import { printMessages } from './lib/report.ts';
import { checkContentAndFacts, summaryLine } from '../src/lib/validate/checkAll.ts';
import { fixContentTypography } from '../src/lib/validate/typography.ts';
import { resolveToday } from '../src/lib/today.ts';

const HELP = `Usage: npm run check [-- --strict] [-- --fix]

Checks content/ the way the build does (the dataset, each article's frontmatter and body, and the
links between them), then fact-checks the articles: each amount, area, count or rate an article
states about a dataset project or a zone indicator is compared with content/data/projects.json.

Each problem is one line:  file:line:column  severity  message  rule
(the rules are explained in README.md, "Content checks"). Errors stop the build; warnings do not.
Exits with 0 when there are no errors, 1 when there are.

Options:
  --strict    count warnings as errors (a last check before publishing)
  --fix       改正文章标题、摘要和正文里的中文标点和空格（zh-punctuation、zh-spacing），逐处列出改动；
              数据集里引用这些句子的 quote 随之更新；其余内容一字不动
  -h, --help  show this help`;

const root = fileURLToPath(new URL('..', import.meta.url));

/** The two texts around where they first differ, for a quote too long to print whole. */
function aroundChange(before: string, after: string): [string, string] {
  const a = [...before];
  const b = [...after];
  let first = 0;
  while (first < a.length && a[first] === b[first]) first++;
  const start = Math.max(0, first - 8);
  const cut = (chars: string[]) => `${start > 0 ? '…' : ''}${chars.slice(start, start + 24).join('')}${chars.length > start + 24 ? '…' : ''}`;
  return [cut(a), cut(b)];
}

/** Rewrites the places zh-punctuation and zh-spacing find, each file in one step, and says what changed. */
async function fixTypography(): Promise<void> {
  const fix = fixContentTypography(await readContentFiles(root));
  let places = 0;
  let written = 0;
  let skipped = false;
  for (const article of fix.articles) {
    if (!(await replaceFile(root, article.path, article.after, { changedFrom: article.before }))) {
      console.log(`${article.path} 在检查期间被改动过，这次没有改写它；请再运行一次 npm run check -- --fix。`);
      skipped = true;
      continue;
    }
    for (const place of article.places) console.log(`${article.path}:${place.point.line}:${place.point.column}  ${place.before} → ${place.after}  ${place.rule}`);
    places += article.places.length;
    written++;
  }
  let quotes = 0;
  if (fix.dataset && !skipped) {
    if (await replaceFile(root, fix.dataset.path, fix.dataset.after, { changedFrom: fix.dataset.before })) {
      for (const quote of fix.dataset.quotes) {
        const where = quote.point ? `:${quote.point.line}:${quote.point.column}` : '';
        const [before, after] = aroundChange(quote.before, quote.after);
        console.log(`${fix.dataset.path}${where}  引文随文章更新：${before} → ${after}`);
      }
      quotes = fix.dataset.quotes.length;
    } else console.log(`${fix.dataset.path} 在检查期间被改动过，引文没有更新；请再运行一次 npm run check -- --fix。`);
  }
  if (places === 0 && quotes === 0) console.log('没有需要改正的中文标点和空格。\n');
  else console.log(`已改正 ${written} 篇文章中的 ${places} 处中文标点和空格${quotes ? `，并更新了 ${fix.dataset!.path} 中的 ${quotes} 条引文` : ''}。\n`);
}

async function main(): Promise<number> {
  let values: { strict?: boolean | undefined; fix?: boolean | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({ options: { strict: { type: 'boolean' }, fix: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nRun "npm run check -- --help" to see the options.`);
    return 1;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.fix) await fixTypography();
  // Dates after today are warned about, as the build does.
  const today = resolveToday(process.env);
  if (!today.ok) {
    console.error(today.reason);
    return 1;
  }
  const checked = checkContentAndFacts({ ...(await readContentFiles(root)), today: today.date }, { strict: values.strict === true });
  const { errors, warnings } = printMessages(checked.files, process.stdout);
  console.log(`${errors + warnings ? '\n' : ''}${summaryLine(checked)}`);
  return errors > 0 ? 1 : 0;
}

process.exitCode = await main();
