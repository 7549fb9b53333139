// node scripts/bench/corpus.ts --articles N [--seed S] [--mdx] --out DIR
// Writes a synthetic corpus (src/lib/bench/corpus.ts) as DIR/content/: articles and the dataset, the dataset
// validated against the content model first. npm run bench uses writeCorpus; the command is for looking at one.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateCorpus } from '../../src/lib/bench/corpus.ts';
import { datasetSchema } from '../../src/lib/schema.ts';

export interface WrittenCorpus {
  articles: number;
  projects: number;
  charts: number;
}

/** Writes content/articles/*.md (or .mdx) and content/data/projects.json under `root`; throws when the dataset is invalid. */
export async function writeCorpus(root: string, articles: number, seed = DEFAULT_SEED, format: 'md' | 'mdx' = 'md'): Promise<WrittenCorpus> {
  const corpus = generateCorpus({ articles, seed, format });
  const checked = datasetSchema.safeParse(corpus.dataset);
  if (!checked.success) throw new Error(`the generated dataset does not match the content model: ${checked.error.message}`);
  const articleDir = path.join(root, 'content', 'articles');
  const dataDir = path.join(root, 'content', 'data');
  await mkdir(articleDir, { recursive: true });
  await mkdir(dataDir, { recursive: true });
  await writeFile(path.join(dataDir, 'projects.json'), `${JSON.stringify(corpus.dataset, null, 2)}\n`);
  for (const article of corpus.articles) await writeFile(path.join(articleDir, article.fileName), article.text);
  return { articles: corpus.articles.length, projects: corpus.dataset.projects.length, charts: corpus.articles.filter((article) => article.chart).length };
}

if (import.meta.main) {
  const USAGE = 'Usage: node scripts/bench/corpus.ts --articles N [--seed S] [--mdx] --out DIR\n  --mdx  articles as .mdx with chart components (default: .md with ::chart lines, as npm run import writes them)';
  let values: { articles?: string | undefined; seed?: string | undefined; out?: string | undefined; mdx?: boolean | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({ options: { articles: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, mdx: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(1);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.articles || !values.out) {
    console.error(USAGE);
    process.exit(1);
  }
  const written = await writeCorpus(path.resolve(values.out), Number(values.articles), values.seed ? Number(values.seed) : DEFAULT_SEED, values.mdx === true ? 'mdx' : 'md');
  console.log(`Wrote ${written.articles} articles (${written.charts} with a chart) and ${written.projects} projects into ${path.join(values.out, 'content')}/.`);
}
