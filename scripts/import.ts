// npm run import -- FILE [--slug SLUG] [--date YYYY-MM-DD] [--url URL] [--project ID] [--force] [--apply]
// Turns a scraped article into content/articles/<slug>.md and proposes the dataset updates it reports; the work is
// importScrapedArticle and proposeUpdates in src/lib/import.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importScrapedArticle } from '../src/lib/import/importArticle.ts';
import { importSummary, proposalLines, shellCommand } from '../src/lib/import/summary.ts';
import { proposeFromArticle, sameArticle } from '../src/lib/import/proposeArticle.ts';
import { formatMessage } from '../src/lib/validate/diagnostics.ts';
import { VFile } from 'vfile';
import { datasetWriteProblem, readDataset, writeArticle } from './lib/articleFiles.ts';
import { reportAndApplyUpdates } from './lib/datasetUpdates.ts';
import { helpHint, readCommandLine } from './lib/options.ts';
import { urlProblem } from '../src/lib/safety/url.ts';
import { MAX_ARTICLE_BYTES, formatBytes } from '../src/lib/validate/fileText.ts';

const HELP = `用法：npm run import -- FILE [--slug SLUG] [--date YYYY-MM-DD] [--url URL] [--project ID] [--force] [--apply]

把从网页抓取的文章整理成 content/articles/<slug>.md，并打印写入的路径。
FILE 是不超过 2 MB 的文本文件（UTF-8，带不带 BOM 均可，或 GB18030/GBK）；用 - 从标准输入读取。

它读出网页的结构：找出标题、发布时间、刊载媒体和署名，填进 frontmatter；删除标题上方的网站栏目、
导航、按钮、来源和责任编辑行、链接列表、版权声明、图片文件名、防采集乱码等网页杂项，以及字后括号里的
拼音注音和图片占位符；把繁体转为简体。删除的每一行都列在报告末尾，方便核对。它还列出文中的金额、面积、
数量和比率，与 content/data/projects.json 比对，并指出疑似乱码的地方。填不出的字段标为 TODO，
npm run check 会一直提示，直到填好。

对后续报道，它还提出对 content/data/projects.json 的更新：数据集没有或报道有变的数字（一期投资、下调的
预测）、里程碑（实际开工日期、改动的计划、新的里程碑）、项目的新阶段。每条都是以本文为来源、以原句为
引文的新报道，数据集里已有的内容不会被改动。更新以清单和差异两种形式打印；不加 --apply 不会改动数据集，
加 --apply 才写入。

文章已经导入、并且编辑过（填了标题、改了字）时，再次导入不会覆盖它：更新按文章现在的内容提出，
与 npm run propose -- content/articles/<slug>.md 相同。文中没有认出数据集里的项目时，报告列出最接近的
项目和理由；用 --project 指定文章说的是哪一个。

选项：
  --slug SLUG        文件名（即文章网址），如 huali-bio-2023-05；默认由标题和日期生成
  --date YYYY-MM-DD  原文发布日期；默认取网页上的发布时间，没有则为 TODO
  --url URL          原文网址（source.url）：http、https 或 mailto 地址
  --project ID       文章报道的数据集项目（如 huali-bio），用于文中的叫法认不出来时；写入 projects
  --force            替换已存在的 content/articles/<slug>.md（不加则绝不覆盖已有文章）
  --apply            把提出的更新写入 content/data/projects.json（此前用同样文字导入的文章保持原样）
  -h, --help         显示本说明`;

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

async function main(): Promise<number> {
  const parsed = readCommandLine('import', HELP, {
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      date: { type: 'string' },
      url: { type: 'string' },
      project: { type: 'string' },
      force: { type: 'boolean' },
      apply: { type: 'boolean' },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    console.error(`${positionals.length ? '一次只能导入一个文件。' : '要导入哪个文件？请给出抓取稿的文件，或用 - 从标准输入读取。'}\n${helpHint('import')}`);
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
    console.error(`${sourceName}  error  ${code === 'ENOENT' ? '没有这个文件' : code === 'EISDIR' ? '这是文件夹，不是文件' : `无法读取这个文件（${code ?? String(error)}）`}。没有写入任何文件。`);
    return 1;
  }

  const dataset = await readDataset(root);
  const result = importScrapedArticle(bytes, { sourceName, slug: values.slug, date: values.date, url: values.url, project: values.project }, dataset);
  if (!result.ok) {
    for (const message of result.problems) console.error(formatMessage(message));
    console.error('没有写入任何文件。');
    return 1;
  }
  // Importing again after reading the proposals: the article written last time is the same text, or the editor has
  // edited it since (filled the title, corrected the text). Then it is kept, and the proposals are read from it.
  const existingText = values.force === true ? undefined : await readFile(path.join(root, result.path), 'utf8').catch(() => undefined);
  const unchanged = existingText === result.text;
  const edited = existingText !== undefined && !unchanged && sameArticle(existingText, result.text);
  const outcome = unchanged || edited ? ({ status: 'unchanged' } as const) : await writeArticle(root, result.path, result.text, { replace: values.force === true, slug: result.slug });
  if (outcome.status === 'exists') {
    const sameFile = outcome.existing === result.path;
    console.error(
      sameFile
        ? `${outcome.existing} 已经存在，而且是另一篇文章，没有写入任何文件。\n要替换它，加 --force 重新导入；或用 --slug 另选文件名。`
        : `${outcome.existing} 已经存在，没有写入任何文件。\n它是同一网址的另一种格式；请先删除它，或用 --slug 另选文件名。`,
    );
    return 1;
  }
  const again = shellCommand('npm run import --', [...process.argv.slice(2).filter((arg) => arg !== '--apply'), '--apply']);
  if (edited) {
    console.log(`保留 ${result.path}：它已经导入并编辑过，没有改动。以下按它现在的内容提出数据集更新（同 npm run propose -- ${result.path}）。`);
    const proposed = proposeFromArticle(new VFile({ path: result.path, value: existingText }), dataset, { project: values.project });
    if (!proposed.ok) {
      for (const line of proposed.problems) console.error(line);
      console.error('没有提出数据集更新；数据集没有改动。');
      return 1;
    }
    if (!dataset) return 0;
    console.log(['', ...proposalLines(proposed.proposal)].join('\n'));
    return reportAndApplyUpdates({ root, dataset, slug: proposed.proposal.slug, articlePath: result.path, date: proposed.proposal.date, reading: proposed.proposal.reading, apply: values.apply === true, again });
  }
  if (!dataset) console.error('注意：无法读取 content/data/projects.json（原因见 npm run check），所以没有识别项目。\n');
  console.log(importSummary({ path: result.path, replaced: outcome.status === 'replaced', unchanged: outcome.status === 'unchanged', sourceName, findings: result.findings, problems: result.problems }).join('\n'));
  if (!dataset) return 0;
  return reportAndApplyUpdates({ root, dataset, slug: result.slug, articlePath: result.path, date: result.findings.date.value, reading: result.findings, apply: values.apply === true, again });
}

process.exitCode = await main();
