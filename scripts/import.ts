// npm run import -- FILE [--slug SLUG] [--date YYYY-MM-DD] [--url URL] [--force] [--apply]
// Turns a scraped article into content/articles/<slug>.md and proposes the dataset updates it reports; the work is
// importScrapedArticle and proposeUpdates in src/lib/import.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { importScrapedArticle } from '../src/lib/import/importArticle.ts';
import { importReport } from '../src/lib/import/report.ts';
import { datasetUpdatesReport, updatesFromFindings } from '../src/lib/import/updatesReport.ts';
import { formatMessage } from '../src/lib/validate/diagnostics.ts';
import { datasetWriteProblem, readDataset, readDatasetText, writeArticle, writeDataset } from './lib/articleFiles.ts';
import { DATASET_PATH } from './lib/content.ts';
import { describeSystemError } from './lib/systemErrors.ts';
import { urlProblem } from '../src/lib/safety/url.ts';
import { MAX_ARTICLE_BYTES, formatBytes } from '../src/lib/validate/fileText.ts';
import strings from '../src/i18n/zh-Hans.json' with { type: 'json' };

const HELP = `Usage: npm run import -- FILE [--slug SLUG] [--date YYYY-MM-DD] [--url URL] [--force] [--apply]

Turns a scraped article into content/articles/<slug>.md and prints the path it wrote.
FILE is a text file (UTF-8, with or without BOM, or GB18030/GBK) of at most 2 MB; use - to read standard input.

It removes what scraping leaves in the text (pinyin in brackets after characters, close/share buttons,
来源/责任编辑 lines, image placeholders, stray spaces), converts Traditional characters to Simplified,
and fills the frontmatter: the title (when the first line is a headline), the date, the summary (the first
sentence), the source, and the dataset projects the article names. It lists the amounts, areas, counts
and rates it found and how they compare with content/data/projects.json, and where the text looks damaged.
Fields it cannot fill are marked TODO; npm run check reports them until you fill them.

For a follow-up report it also proposes updates to content/data/projects.json: figures the dataset lacks
or now reports differently (a phase-1 budget, a lower forecast), milestones (an actual start date, a moved
plan, a new milestone), a later project stage. Each is a new report with this article as its source and
the sentence as its quote; nothing already in the dataset is changed. It prints them as a list and as a
diff. Without --apply the dataset is not changed; with --apply they are written.

Options:
  --slug SLUG        file name (the article's address), like huali-bio-2023-05; default: from the title and date
  --date YYYY-MM-DD  the original publication date; default: a date on the page's 发布时间 line, else TODO
  --url URL          where the article was published (source.url): an http, https or mailto address
  --force            replace content/articles/<slug>.md if it exists (without it, an existing article is kept)
  --apply            write the proposed updates into content/data/projects.json (an article already
                     written by an earlier import of the same text is kept as it is)
  -h, --help         show this help`;

const root = fileURLToPath(new URL('..', import.meta.url));

/** Thrown when the input is larger than an article can be; nothing beyond the limit is read. */
class TooLarge extends Error {
  readonly size: number | undefined;
  constructor(size: number | undefined) {
    super('too large');
    this.size = size;
  }
}

async function readInput(file: string): Promise<Uint8Array> {
  if (file !== '-') {
    const absolute = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
    const info = await stat(absolute);
    if (info.isFile() && info.size > MAX_ARTICLE_BYTES) throw new TooLarge(info.size);
    return readFile(absolute);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > MAX_ARTICLE_BYTES) throw new TooLarge(undefined);
  }
  return Buffer.concat(chunks);
}

function parseOptions() {
  return parseArgs({
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      date: { type: 'string' },
      url: { type: 'string' },
      force: { type: 'boolean' },
      apply: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions();
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nRun "npm run import -- --help" to see the options.`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`${positionals.length ? 'Give one file at a time.' : 'Which file? Give the scraped article’s file, or - for standard input.'}\nRun "npm run import -- --help" to see the options.`);
    return 1;
  }
  const file = positionals[0]!;
  const sourceName = file === '-' ? 'stdin' : file;
  // Options are checked before anything is read: an address that would run when clicked is never written.
  const badUrl = values.url === undefined ? undefined : urlProblem(values.url, 'absolute');
  if (badUrl) {
    console.error(`--url ${JSON.stringify(values.url)}：${badUrl}。没有写入任何文件。`);
    return 1;
  }
  if (values.apply) {
    const readOnly = await datasetWriteProblem(root);
    if (readOnly) {
      console.error(readOnly);
      return 1;
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = await readInput(file);
  } catch (error) {
    if (error instanceof TooLarge) {
      console.error(`${sourceName}  error  ${error.size === undefined ? '输入' : `文件有 ${formatBytes(error.size)}，`}超过一篇文章的上限 ${formatBytes(MAX_ARTICLE_BYTES)}：不像是一篇文章，没有导入。没有写入任何文件。`);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    console.error(`${sourceName}  error  ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a folder, not a file' : `cannot read the file (${code ?? String(error)})`}. Nothing was written.`);
    return 1;
  }

  const dataset = await readDataset(root);
  const result = importScrapedArticle(bytes, { sourceName, slug: values.slug, date: values.date, url: values.url }, dataset);
  if (!result.ok) {
    for (const message of result.problems) console.error(formatMessage(message));
    console.error('Nothing was written.');
    return 1;
  }
  // Importing again with --apply after reading the proposals: the article written last time is the same text.
  const unchanged = values.apply === true && values.force !== true && (await readFile(path.join(root, result.path), 'utf8').catch(() => undefined)) === result.text;
  const outcome = unchanged ? ({ status: 'unchanged' } as const) : await writeArticle(root, result.path, result.text, { replace: values.force === true, slug: result.slug });
  if (outcome.status === 'exists') {
    const sameFile = outcome.existing === result.path;
    console.error(
      `${outcome.existing} already exists, so nothing was written.\n${sameFile ? 'Import again with --force to replace it, or' : 'It is the same address in another format; remove it first, or'} choose another file name with --slug.`,
    );
    return 1;
  }
  if (!dataset) console.error('Note: content/data/projects.json could not be read (npm run check says why), so no projects were recognised.\n');
  console.log(importReport({ path: result.path, replaced: outcome.status === 'replaced', unchanged: outcome.status === 'unchanged', sourceName, findings: result.findings, problems: result.problems }).join('\n'));
  if (!dataset) return 0;

  const datasetText = await readDatasetText(root);
  const updates = updatesFromFindings(dataset, result.slug, result.findings);
  const reportFor = (apply: boolean) => datasetUpdatesReport({ dataset, datasetText, datasetPath: DATASET_PATH, articlePath: result.path, updates, date: result.findings.date.value, apply, stageLabels: strings.stage });
  const report = reportFor(values.apply === true);
  if (values.apply === true && report.newText !== undefined && report.newText !== datasetText) {
    try {
      await writeDataset(root, report.newText);
    } catch (error) {
      // An immutable file (chattr +i) or a full disk: the dataset is as it was (the article is written), and the
      // report says so instead of "Wrote these updates".
      console.log(['', ...reportFor(false).lines].join('\n'));
      console.error(`${DATASET_PATH}  error  ${describeSystemError(error, root, DATASET_PATH, true) ?? String(error)}；数据集没有改变。`);
      return 1;
    }
  }
  console.log(['', ...report.lines].join('\n'));
  return 0;
}

process.exitCode = await main();
