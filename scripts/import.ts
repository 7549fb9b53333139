// npm run import -- FILE [--slug SLUG] [--date YYYY-MM-DD] [--url URL] [--force]
// Turns a scraped article into content/articles/<slug>.md; the work is importScrapedArticle in src/lib/import.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { importScrapedArticle } from '../src/lib/import/importArticle.ts';
import { importReport } from '../src/lib/import/report.ts';
import { formatMessage } from '../src/lib/validate/diagnostics.ts';
import { readDataset, writeArticle } from './lib/articleFiles.ts';

const HELP = `Usage: npm run import -- FILE [--slug SLUG] [--date YYYY-MM-DD] [--url URL] [--force]

Turns a scraped article into content/articles/<slug>.md and prints the path it wrote.
FILE is a text file (UTF-8, with or without BOM, or GB18030/GBK); use - to read standard input.

It removes what scraping leaves in the text (pinyin in brackets after characters, close/share buttons,
来源/责任编辑 lines, image placeholders, stray spaces), converts Traditional characters to Simplified,
and fills the frontmatter: the title (when the first line is a headline), the date, the summary (the first
sentence), the source, and the dataset projects the article names. It lists the amounts, areas, counts
and rates it found and how they compare with content/data/projects.json, and where the text looks damaged.
Fields it cannot fill are marked TODO; npm run check reports them until you fill them.

Options:
  --slug SLUG        file name (the article's address), like huali-bio-2023-05; default: from the title and date
  --date YYYY-MM-DD  the original publication date; default: a date on the page's 发布时间 line, else TODO
  --url URL          where the article was published (source.url)
  --force            replace content/articles/<slug>.md if it exists (without it, an existing article is kept)
  -h, --help         show this help`;

const root = fileURLToPath(new URL('..', import.meta.url));

async function readInput(file: string): Promise<Uint8Array> {
  if (file !== '-') return readFile(path.resolve(process.env.INIT_CWD ?? process.cwd(), file));
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
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
  let bytes: Uint8Array;
  try {
    bytes = await readInput(file);
  } catch (error) {
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
  const outcome = await writeArticle(root, result.path, result.text, { replace: values.force === true, slug: result.slug });
  if (outcome.status === 'exists') {
    const sameFile = outcome.existing === result.path;
    console.error(
      `${outcome.existing} already exists, so nothing was written.\n${sameFile ? 'Import again with --force to replace it, or' : 'It is the same address in another format; remove it first, or'} choose another file name with --slug.`,
    );
    return 1;
  }
  if (!dataset) console.error('Note: content/data/projects.json could not be read (npm run check says why), so no projects were recognised.\n');
  console.log(importReport({ path: result.path, replaced: outcome.status === 'replaced', sourceName, findings: result.findings, problems: result.problems }).join('\n'));
  return 0;
}

process.exitCode = await main();
