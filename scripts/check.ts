// npm run check [-- --strict] [-- --fix]
// Checks all content the way the build does, then fact-checks the articles against the dataset and reads their
// Chinese punctuation and spacing; --fix rewrites those places first.
import { fileURLToPath } from 'node:url';
import { replaceFile } from './lib/articleFiles.ts';
import { readContentFiles } from './lib/content.ts';
import { readCommandLine } from './lib/options.ts';
import { printMessages } from './lib/messages.ts';
import { checkContentAndFacts, summaryLine } from '../src/lib/validate/checkAll.ts';
import { fixContentTypography } from '../src/lib/validate/typography.ts';
import { resolveToday } from '../src/lib/today.ts';
import { ruleDocs } from '../src/lib/validate/rules/rule.ts';

const HELP = `用法：npm run check [-- --strict] [-- --fix]

按构建的方式检查 content/（数据集、每篇文章的 frontmatter 和正文，以及它们之间的引用），再核对文章里的
数字：文章就数据集里的项目或园区指标写出的金额、面积、数量和比率，都与 content/data/projects.json 比较；
最后检查文章的中文标点和空格。

每个问题一行：文件:行:列  严重程度  说明  docs/rules.md#规则
（最后一项是 docs/rules.md 里解释这条规则的小节）。error 会让构建停止，warning 不会。
没有 error 时退出码为 0，有 error 时为 1。

选项：
  --strict    把 warning 也当作 error（发布前最后检查一遍）
  --fix       改正文章标题、摘要和正文里的中文标点和空格（zh-punctuation、zh-spacing），逐处列出改动；
              数据集里引用这些句子的 quote 随之更新；其余内容一字不动
  -h, --help  显示本说明`;

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
    for (const place of article.places) console.log(`${article.path}:${place.point.line}:${place.point.column}  ${place.before} → ${place.after}  ${ruleDocs(place.rule)}`);
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
  const parsed = readCommandLine('check', HELP, { options: { strict: { type: 'boolean' }, fix: { type: 'boolean' } } });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
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
