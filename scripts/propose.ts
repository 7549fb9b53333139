// npm run propose -- content/articles/<slug>.md [--project ID] [--apply]
// Proposes the dataset updates an article reports, read from the article as the editor left it; never changes the
// article. The work is proposeFromArticle (src/lib/import/proposeArticle.ts) and the update step shared with import.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { proposeFromArticle } from '../src/lib/import/proposeArticle.ts';
import { proposalLines, shellCommand } from '../src/lib/import/summary.ts';
import { datasetWriteProblem, readDataset } from './lib/articleFiles.ts';
import { ARTICLES_DIR, DATASET_PATH } from './lib/content.ts';
import { reportAndApplyUpdates } from './lib/datasetUpdates.ts';
import { helpHint, readCommandLine } from './lib/options.ts';

const HELP = `用法：npm run propose -- content/articles/<slug>.md [--project ID] [--apply]

按文章现在的内容（编辑填好标题、改过文字之后）提出对 ${DATASET_PATH} 的更新：文中报道的数字、
里程碑和阶段，每条都以这篇文章为来源、以原句为引文，作为新报道追加；数据集里已有的报道不会被改动，
文章本身也不会被改动。导入（npm run import）和提出更新可以按任意顺序做。

文章的 projects 列出的项目，即使文中只说“该项目”，也算作文章报道的项目。文中没有认出数据集里的项目时，
报告列出最接近的项目和理由。

选项：
  --project ID   文章报道的数据集项目（如 huali-bio），用于文中的叫法认不出来、projects 又没有列出时
  --apply        把提出的更新写入 ${DATASET_PATH}（一次写成，不会只写一半）
  -h, --help     显示本说明`;

const root = fileURLToPath(new URL('..', import.meta.url));

async function main(): Promise<number> {
  const parsed = readCommandLine('propose', HELP, { allowPositionals: true, options: { project: { type: 'string' }, apply: { type: 'boolean' } } });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    console.error(`${positionals.length ? '一次只能处理一篇文章。' : '要从哪篇文章提出更新？请给出 content/articles/ 里的文章文件。'}\n${helpHint('propose')}`);
    return 1;
  }
  const given = positionals[0]!;
  const absolute = path.resolve(process.env.INIT_CWD ?? process.cwd(), given);
  const relative = path.relative(root, absolute).split(path.sep).join('/');
  // The dataset cites articles by their file name in content/articles: an article elsewhere cannot be a source.
  if (path.posix.dirname(relative) !== ARTICLES_DIR || !/\.mdx?$/u.test(relative)) {
    console.error(`${given}  error  不是 ${ARTICLES_DIR}/ 里的文章（.md 或 .mdx）：数据集以那里的文章为来源。抓取稿请用 npm run import 导入。`);
    return 1;
  }
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(`${relative}  error  ${code === 'ENOENT' ? '没有这个文件' : `无法读取这个文件（${code ?? String(error)}）`}。`);
    return 1;
  }
  if (values.apply) {
    const readOnly = await datasetWriteProblem(root);
    if (readOnly) {
      console.error(readOnly);
      return 1;
    }
  }
  const dataset = await readDataset(root);
  if (!dataset) {
    console.error(`${DATASET_PATH}  error  无法读取数据集（原因见 npm run check），所以无法提出更新。`);
    return 1;
  }
  const proposed = proposeFromArticle(new VFile({ path: relative, value: text }), dataset, { project: values.project });
  if (!proposed.ok) {
    for (const line of proposed.problems) console.error(line);
    console.error('没有提出数据集更新；数据集没有改动。');
    return 1;
  }
  const { proposal } = proposed;
  console.log(proposalLines(proposal).join('\n'));
  const again = shellCommand('npm run propose --', [...process.argv.slice(2).filter((arg) => arg !== '--apply'), '--apply']);
  return reportAndApplyUpdates({ root, dataset, slug: proposal.slug, articlePath: relative, date: proposal.date, reading: proposal.reading, apply: values.apply === true, again });
}

process.exitCode = await main();
