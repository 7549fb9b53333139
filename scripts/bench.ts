// npm run bench [-- --sizes 100,1000,5000] [--runs 2] [--json FILE] [--mdx] [--no-lighthouse] [--no-search] [--keep]
// Builds synthetic corpora of each size from clean, against a plain Astro site of the same articles, and prints
// build time (clean, and incremental after the edits editors make), memory, page weights and (with Chromium)
// what a search costs and Lighthouse scores beside their targets (docs/performance.md).
// A measurement: a missed target is printed as FAIL and still exits 0; a failed build exits 1.

import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { CORPUS_TODAY, DEFAULT_SEED, generateCorpus } from '../src/lib/bench/corpus.ts';
import { BUDGETS, checkBudget, measurePage, PAGE_TYPES, type Budget, type BudgetCheck, type PageType, type PageWeight } from '../src/lib/bench/pageWeight.ts';
import { buildTargets, formatTable, growth, round, sizesTable, targetsTable, verdict, withRatios, type SizeResult } from '../src/lib/bench/results.ts';
import { lighthouseVerdicts, LIGHTHOUSE_TARGETS, type LighthouseSummary } from '../src/lib/bench/lighthouse.ts';
import { toTraditional } from '../src/lib/clean/script.ts';
import { writeCorpus } from './bench/corpus.ts';
import { clearCaches, copyProjectFiles, filesIn, moveAside, runMeasured, type Measured } from './bench/measure.ts';
import { findChromium } from './lib/chromium.ts';
import { nodeArgs } from './lib/npmScripts.ts';
import { measureSearch, type SearchCost } from './bench/searchCost.ts';

const HELP = `Usage: npm run bench [-- --sizes 100,1000,5000] [--runs 2] [--json FILE] [--mdx] [--no-lighthouse] [--no-search] [--keep]

Generates a synthetic corpus of each size (articles; a fifth as many projects), builds it from clean with
scripts/build.ts --runs times and keeps the fastest, builds a plain Astro site of the same articles the same
way, then builds again from the last build and its cache: with nothing changed, with one article added, and
with one project's figures edited (each against plain Astro's clean build: the targets in docs/performance.md). Prints the
table, page weights against budgets and, where Chromium is installed, what searches typed into the search page
cost at each size (requests and bytes) and Lighthouse scores of an article and a project page of the smallest
corpus.

Options:
  --sizes LIST      article counts, multiples of 5 (default 100,1000,5000)
  --runs N          clean builds per size, the fastest kept (default 2)
  --json FILE       also write the results as JSON
  --seed N          corpus seed (default ${DEFAULT_SEED})
  --mdx             articles as .mdx with chart components (default: .md with ::chart lines, as npm run import writes them)
  --no-lighthouse   skip Lighthouse
  --no-search       skip the search measurement
  --keep            keep the temporary projects and print where they are
  -h, --help        show this help

Peak memory comes from GNU time (/usr/bin/time -v) when installed, else from polling /proc
(BENCH_RSS=proc forces that). Builds run with JINDU_TODAY=${CORPUS_TODAY} and empty caches.`;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROJECT_ENTRIES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
const BASELINE = path.join(ROOT, 'scripts', 'bench', 'baseline');

interface PageTypeResult extends Omit<PageWeight, 'missing'> {
  n: number;
  type: PageType;
  page: string;
  budget: Budget & BudgetCheck;
}

interface SizeDetail extends SizeResult {
  check: { errors: number; warnings: number };
  runs: { seconds: number; baselineSeconds: number; peakRssMB: number; baselinePeakRssMB: number }[];
}

function fail(message: string, measured?: Measured): never {
  console.error(message);
  if (measured) console.error((measured.stderr || measured.stdout).trim().split('\n').slice(-30).join('\n'));
  process.exit(1);
}

/** The site at the root of its host, judged on the corpus's date, its caches in `cacheDir`. */
function buildEnv(cacheDir: string): NodeJS.ProcessEnv {
  const { BASE_PATH: _base, SITE_URL: _site, ...env } = process.env;
  return { ...env, JINDU_TODAY: CORPUS_TODAY, JINDU_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' };
}

/** Which built page stands for each page type. */
function samplePages(n: number, seed: number): Record<PageType, string> {
  const corpus = generateCorpus({ articles: n, seed });
  const article = corpus.articles.find((entry) => entry.chart) ?? corpus.articles[0]!;
  const project = corpus.dataset.projects.find((entry) => article.slug.startsWith(`${entry.id}-`)) ?? corpus.dataset.projects[0]!;
  return { home: '/', article: `/articles/${article.slug}/`, project: `/projects/${project.id}/`, 'projects list': '/projects/', data: '/data/' };
}

function weighPages(dist: string, n: number, seed: number): PageTypeResult[] {
  const read = (urlPath: string) => {
    const file = path.join(dist, decodeURIComponent(urlPath));
    return existsSync(file) ? readFileSync(file) : undefined;
  };
  const pages = samplePages(n, seed);
  return PAGE_TYPES.map((type) => {
    const weight: PageWeight = measurePage(pages[type], read);
    if (weight.missing.length) console.warn(`warning  ${pages[type]} references files not in dist/: ${weight.missing.join(', ')}`);
    const check = checkBudget(weight, BUDGETS[type]);
    const { missing: _missing, ...measured } = weight;
    return { n, type, page: pages[type], ...measured, budget: { ...BUDGETS[type], ...check } };
  });
}

function pageTypesTable(rows: readonly PageTypeResult[]): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  return formatTable(
    ['articles', 'page type', 'HTML KB', 'CSS KB', 'JS KB', 'total KB', 'budget KB', 'JS budget', 'requests', 'budget', 'fonts', ''],
    rows.map((row) => [
      row.n.toLocaleString('en'),
      row.type,
      kb(row.htmlGz),
      kb(row.cssGz),
      kb(row.jsGz),
      row.budget.totalKB.toFixed(1),
      String(BUDGETS[row.type].totalKB),
      String(BUDGETS[row.type].jsKB),
      String(row.requests),
      String(BUDGETS[row.type].requests),
      String(row.webFonts),
      verdict(row.budget.ok),
    ]),
  );
}

async function countCheckMessages(site: string): Promise<{ errors: number; warnings: number }> {
  const checked = await runMeasured(process.execPath, nodeArgs(site, 'scripts/check.ts'), { cwd: site, env: buildEnv(path.join(site, '.bench-cache')) });
  const lines = checked.stdout.split('\n');
  const errors = lines.filter((line) => /\s{2}error\s{2}/.test(line)).length;
  const warnings = lines.filter((line) => /\s{2}warning\s{2}/.test(line)).length;
  if (checked.code !== 0 && errors === 0) fail('npm run check failed on the generated corpus:', checked);
  return { errors, warnings };
}

/** A follow-up article on the first project, as an editor adds one: a copy of one of its articles, retitled. */
async function addArticle(site: string, seed: number, n: number, format: 'md' | 'mdx'): Promise<void> {
  const corpus = generateCorpus({ articles: n, seed, format });
  const project = corpus.dataset.projects[0]!.id;
  const model = corpus.articles.find((article) => article.slug.startsWith(`${project}-`))!;
  await writeFile(path.join(site, 'content', 'articles', `${project}-follow-up.${format}`), model.text.replace(/^title: .*$/m, 'title: 项目进展追踪报道'));
}

/** One project's planned investment revised, as an editor records a new figure. */
async function editProject(site: string): Promise<void> {
  const file = path.join(site, 'content', 'data', 'projects.json');
  const dataset = JSON.parse(readFileSync(file, 'utf8')) as { projects: { figures: { investment?: { value: number }[] } }[] };
  const project = dataset.projects.find((entry) => entry.figures.investment?.length)!;
  project.figures.investment![0]!.value += 10_000_000;
  await writeFile(file, `${JSON.stringify(dataset, null, 2)}\n`);
}

async function benchSize(work: string, n: number, runs: number, seed: number, keepDist: boolean, format: 'md' | 'mdx', search: boolean): Promise<{ size: SizeDetail; pages: PageTypeResult[]; searches: SearchCost[]; dist: string; rssMethod: string }> {
  let rssMethod = '';
  const site = path.join(work, `site-${n}`);
  const baseline = path.join(work, `baseline-${n}`);
  await copyProjectFiles(ROOT, site, PROJECT_ENTRIES);
  await writeCorpus(site, n, seed, format);
  await copyProjectFiles(BASELINE, baseline, ['astro.config.mjs', 'tsconfig.json', 'src'], path.join(ROOT, 'node_modules'));
  await cp(path.join(site, 'content', 'articles'), path.join(baseline, 'content', 'articles'), { recursive: true });

  const check = await countCheckMessages(site);
  if (check.errors > 0) fail(`The generated corpus of ${n} articles has ${check.errors} content errors (npm run check in ${site}).`);

  const dist = path.join(site, 'dist');
  const baselineDist = path.join(baseline, 'dist');
  const cacheDir = path.join(site, '.bench-cache');
  const trash = path.join(work, 'trash');
  const results: SizeDetail['runs'] = [];
  for (let run = 1; run <= runs; run++) {
    await clearCaches(site, trash, ['.bench-cache', 'dist']);
    const built = await runMeasured(process.execPath, nodeArgs(site, 'scripts/build.ts', ['--quiet', '--out-dir', dist]), { cwd: site, env: buildEnv(cacheDir) });
    if (built.code !== 0) fail(`The build of ${n} articles failed (run ${run}):`, built);
    await clearCaches(baseline, trash, ['dist']);
    const base = await runMeasured(process.execPath, [path.join(ROOT, 'scripts', 'bench', 'buildBaseline.ts'), baseline, baselineDist], { cwd: baseline, env: buildEnv(cacheDir) });
    if (base.code !== 0) fail(`The baseline build of ${n} articles failed (run ${run}):`, base);
    results.push({ seconds: round(built.seconds), baselineSeconds: round(base.seconds), peakRssMB: Math.round(built.peakRssMB), baselinePeakRssMB: Math.round(base.peakRssMB) });
    console.log(`  ${n} articles, run ${run}: ${built.seconds.toFixed(1)} s, peak ${Math.round(built.peakRssMB)} MB (baseline ${base.seconds.toFixed(1)} s, ${Math.round(base.peakRssMB)} MB)`);
    rssMethod = built.rssMethod;
  }

  // What editors wait for: each build starts from the one before and its cache.
  const rebuild = async (what: string) => {
    const measured = await runMeasured(process.execPath, nodeArgs(site, 'scripts/build.ts', ['--quiet', '--out-dir', dist]), { cwd: site, env: buildEnv(cacheDir) });
    if (measured.code !== 0) fail(`The build of ${n} articles with ${what} failed:`, measured);
    console.log(`  ${n} articles, ${what}: ${measured.seconds.toFixed(1)} s`);
    return round(measured.seconds);
  };
  const rebuildSeconds = await rebuild('nothing changed');
  await addArticle(site, seed, n, format);
  const addArticleSeconds = await rebuild('one article added');
  await editProject(site);
  const editProjectSeconds = await rebuild("one project's figures edited");

  const files = await filesIn(dist);
  const pages = files.filter((file) => file.path.endsWith('.html')).length;
  const seconds = Math.min(...results.map((run) => run.seconds));
  const baselineSeconds = Math.min(...results.map((run) => run.baselineSeconds));
  const size: SizeDetail = {
    ...withRatios({
      n,
      seconds,
      msPerPage: round((seconds * 1000) / pages),
      baselineSeconds,
      peakRssMB: Math.max(...results.map((run) => run.peakRssMB)),
      baselinePeakRssMB: Math.max(...results.map((run) => run.baselinePeakRssMB)),
      pages,
      distMB: round(files.reduce((sum, file) => sum + file.bytes, 0) / 1024 / 1024, 1),
      rebuildSeconds,
      addArticleSeconds,
      editProjectSeconds,
    }),
    check,
    runs: results,
  };
  const weights = weighPages(dist, n, seed);
  const chromePath = findChromium();
  const searches = search && chromePath ? await measureSearch(dist, chromePath, searchQueries(n, seed)) : [];
  await moveAside(baseline, trash);
  if (!keepDist) await moveAside(site, trash);
  return { size, pages: weights, searches, dist, rssMethod };
}

/**
 * What readers type: a project's name, a word every page holds, an amount with its unit, and in the Traditional
 * edition the name in either script.
 */
function searchQueries(n: number, seed: number): Array<{ edition: string; query: string }> {
  const corpus = generateCorpus({ articles: n, seed });
  const name = corpus.dataset.projects[0]!.name;
  const amount = /\d+(?:\.\d+)?亿元/.exec(corpus.articles[0]!.text)?.[0] ?? '亿元';
  return [
    { edition: '', query: name },
    { edition: '', query: '项目' },
    { edition: '', query: amount },
    { edition: '', query: '开复工率' },
    { edition: 'zh-hant/', query: name },
    { edition: 'zh-hant/', query: toTraditional(name) },
  ];
}

function searchTable(costs: ReadonlyArray<SearchCost & { n: number }>): string {
  return formatTable(
    ['articles', 'edition', 'query', 'results', 'requests', 'KB', 'of which index', 'ms'],
    costs.map((cost) => [
      String(cost.n),
      cost.edition ? '繁體' : '简体',
      `${cost.query}${cost.first ? ' (first)' : ''}`,
      String(cost.results),
      String(cost.requests),
      cost.kb.toFixed(1),
      `${cost.indexRequests} / ${cost.indexKb.toFixed(1)} KB`,
      String(cost.ms),
    ]),
  );
}

async function runLighthouse(dist: string, n: number, seed: number): Promise<LighthouseSummary[] | string> {
  const chromePath = findChromium();
  if (!chromePath) return 'no Chromium found; Lighthouse skipped';
  const { lighthouseAudit } = await import('./bench/lighthouse.ts');
  const pages = samplePages(n, seed);
  return lighthouseAudit(dist, chromePath, [
    { name: 'article', path: pages.article },
    { name: 'project', path: pages.project },
  ]);
}

function printLighthouse(summaries: readonly LighthouseSummary[]): void {
  const target = (key: keyof typeof LIGHTHOUSE_TARGETS) => `${key === 'performance' || key === 'bestPractices' ? '≥' : '='} ${LIGHTHOUSE_TARGETS[key]}`;
  console.log(
    formatTable(
      ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP ms', 'CLS', 'TBT ms', ''],
      [
        ...summaries.map((summary) => [
          summary.page,
          String(summary.performance),
          String(summary.accessibility),
          String(summary.bestPractices),
          String(summary.seo),
          String(summary.lcpMs),
          String(summary.cls),
          String(summary.tbtMs),
          verdict(lighthouseVerdicts(summary).every((entry) => entry.pass)),
        ]),
        ['target', target('performance'), target('accessibility'), target('bestPractices'), target('seo'), '', '', '', ''],
      ],
    ),
  );
  for (const summary of summaries) {
    for (const audit of summary.failing) {
      console.log(`  ${summary.page}: ${audit.id} (${audit.category}, score ${audit.score ?? '-'}) ${audit.title}${audit.displayValue ? `: ${audit.displayValue}` : ''}`);
      for (const item of audit.items) console.log(`      ${item.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        sizes: { type: 'string', default: '100,1000,5000' },
        runs: { type: 'string', default: '2' },
        json: { type: 'string' },
        seed: { type: 'string', default: String(DEFAULT_SEED) },
        mdx: { type: 'boolean' },
        'no-lighthouse': { type: 'boolean' },
        'no-search': { type: 'boolean' },
        keep: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nRun "npm run bench -- --help" to see the options.`);
    return 1;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const sizes = values.sizes.split(',').map((text) => Number(text.trim()));
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  const format = values.mdx === true ? 'mdx' : 'md';
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0 || n % 5 !== 0)) return usage(`--sizes: expected positive multiples of 5, got "${values.sizes}"`);
  if (!Number.isInteger(runs) || runs < 1) return usage(`--runs: expected a whole number ≥ 1, got "${values.runs}"`);
  if (!Number.isInteger(seed)) return usage(`--seed: expected a whole number, got "${values.seed}"`);
  const sizesSeen = [...new Set(sizes)].sort((a, b) => a - b);

  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: round(os.totalmem() / 1024 ** 3, 1),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    rss: '',
  };
  console.log(`Benchmark on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}: ${sizesSeen.join(', ')} articles (.${format}), ${runs} run${runs === 1 ? '' : 's'} each.`);

  const work = await mkdtemp(path.join(os.tmpdir(), 'jindu-bench-'));
  const lighthouse = !values['no-lighthouse'];
  const results: SizeDetail[] = [];
  const pageTypes: PageTypeResult[] = [];
  const searches: Array<SearchCost & { n: number }> = [];
  let smallestDist: string | undefined;
  for (const n of sizesSeen) {
    console.log(`${n} articles:`);
    const keepDist = values.keep === true || (lighthouse && n === sizesSeen[0]);
    const { size, pages, searches: costs, dist, rssMethod } = await benchSize(work, n, runs, seed, keepDist, format, !values['no-search']);
    machine.rss = rssMethod;
    results.push(size);
    pageTypes.push(...pages);
    searches.push(...costs.map((cost) => ({ ...cost, n })));
    if (n === sizesSeen[0]) smallestDist = dist;
  }

  let lighthouseResults: LighthouseSummary[] = [];
  let lighthouseNote: string | undefined;
  if (lighthouse && smallestDist) {
    console.log(`Lighthouse (mobile) on the ${sizesSeen[0]}-article site:`);
    const outcome = await runLighthouse(smallestDist, sizesSeen[0]!, seed);
    if (typeof outcome === 'string') lighthouseNote = outcome;
    else lighthouseResults = outcome;
  }
  if (values.keep) await rm(path.join(work, 'trash'), { recursive: true, force: true });
  else await rm(work, { recursive: true, force: true });

  console.log(`\nBuild (${CORPUS_TODAY}, peak RSS: ${machine.rss})`);
  console.log(sizesTable(results));
  console.log(`\nTargets`);
  console.log(targetsTable(buildTargets(results)));
  console.log(`\nPage weight, gzip -9 (requests before first paint; fonts = web fonts)`);
  console.log(pageTypesTable(pageTypes));
  if (searches.length) {
    console.log(`\nSearch, typed into the search page with an empty cache (requests and KB as sent, per query)`);
    console.log(searchTable(searches));
  }
  if (lighthouse) {
    console.log(`\nLighthouse, mobile emulation, ${sizesSeen[0]}-article site`);
    if (lighthouseNote) console.log(lighthouseNote);
    else printLighthouse(lighthouseResults);
  }
  if (values.keep) console.log(`\nKept the projects in ${work}`);

  if (values.json) {
    const json = {
      machine,
      today: CORPUS_TODAY,
      seed,
      format,
      runs,
      sizes: results,
      growth: growth(results),
      targets: buildTargets(results),
      pageTypes,
      searches,
      lighthouse: lighthouseResults,
      ...(lighthouseNote ? { lighthouseNote } : {}),
    };
    await writeFile(path.resolve(values.json), `${JSON.stringify(json, null, 2)}\n`);
  }
  return 0;
}

function usage(message: string): number {
  console.error(`${message}\nRun "npm run bench -- --help" to see the options.`);
  return 1;
}

process.exitCode = await main();
