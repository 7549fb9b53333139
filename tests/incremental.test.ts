// Incremental builds on a 40-article bench corpus, through npm run build's script: a rebuild redoes exactly the
// pages whose inputs changed (an edited project, an added article, the date), and its output is byte for byte the
// output of a clean build of the same content, also from a damaged cache.
import { readFileSync } from 'node:fs';
import { cp, readFile, readdir, rm, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_TODAY } from '../src/lib/bench/corpus.ts';
import { BUILD_SUMMARY, type BuildSummary } from '../src/integrations/editionMessages.ts';
import { sha256 } from '../src/lib/incremental/deps.ts';
import { copyProject, listFiles, runScript, tempDir } from './helpers/project.ts';
import { CORPUS, sharedBuild, type SharedBuild } from './helpers/sharedBuilds.ts';

/** A build of the corpus on a loaded machine of 2 cores. */
const BUILD_TIMEOUT = 240_000;
/**
 * The corpus (tests/helpers/sharedBuilds.ts): 40 articles on 8 projects, two pages of the article list, enough for
 * every kind of page and dependency. Search segments of four pages: 40 articles and 8 projects make as many segments
 * as there can be (MAX_SEGMENTS), and one more article still does, so adding one re-indexes only the segments of the
 * pages it changes.
 */
const { articles: ARTICLES, segmentPages: SEGMENT_PAGES } = CORPUS;
/** A date by which plans the corpus dates in 2027 are due (CORPUS_TODAY is 2026-11-25). */
const LATER = '2028-03-01';

let project: string;
let scratch: string;

/** Runs npm run build's script into scratch/<name> with the cache `cache`. */
function runBuild(name: string, cache: string, today = CORPUS_TODAY, quiet = true, env: NodeJS.ProcessEnv = {}) {
  return runScript(project, 'scripts/build.ts', ['--out-dir', path.join(scratch, name), ...(quiet ? ['--quiet'] : [])], {
    BASE_PATH: '',
    SITE_URL: '',
    JINDU_TODAY: today,
    JINDU_CACHE_DIR: path.join(scratch, cache),
    JINDU_SEGMENT_PAGES: SEGMENT_PAGES,
    ...env,
  });
}

/** What the last build with the cache `cache` says it did. */
async function summaryIn(cache: string): Promise<BuildSummary> {
  return JSON.parse(await readFile(path.join(scratch, cache, BUILD_SUMMARY), 'utf8')) as BuildSummary;
}

/** Builds the project into scratch/<name> with the cache `cache`, and reads what the build says it did. */
async function build(name: string, cache: string, today = CORPUS_TODAY): Promise<BuildSummary> {
  const result = await runBuild(name, cache, today);
  expect(result.code, result.stderr).toBe(0);
  return summaryIn(cache);
}

/** The files of two builds that differ (by name or bytes). */
async function differences(a: string, b: string): Promise<string[]> {
  const [left, right] = await Promise.all([listFiles(path.join(scratch, a)), listFiles(path.join(scratch, b))]);
  const names = new Set([...left, ...right]);
  const differ: string[] = [];
  for (const name of names) {
    if (!left.includes(name) || !right.includes(name)) differ.push(name);
    else if (!readFileSync(path.join(scratch, a, name)).equals(readFileSync(path.join(scratch, b, name)))) differ.push(name);
  }
  return differ.sort();
}

const datasetFile = () => path.join(project, 'content', 'data', 'projects.json');
let projectIds: string[];

/** The clean build of the corpus, made once per run for the files that read it. */
let clean: SharedBuild;

beforeAll(async () => {
  project = await copyProject();
  scratch = await tempDir('jindu-incremental-');
  clean = await sharedBuild('corpus');
  // Its content, its site as scratch/clean and its cache as scratch/cache, as if runBuild('clean', 'cache') had made them.
  await rm(path.join(project, 'content'), { recursive: true, force: true });
  await cp(path.join(clean.project, 'content'), path.join(project, 'content'), { recursive: true });
  await cp(clean.out, path.join(scratch, 'clean'), { recursive: true });
  await cp(clean.cache, path.join(scratch, 'cache'), { recursive: true });
  projectIds = (JSON.parse(await readFile(datasetFile(), 'utf8')) as { projects: { id: string }[] }).projects.map((entry) => entry.id);
}, BUILD_TIMEOUT);

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
  await rm(scratch, { recursive: true, force: true });
});

describe('npm run build with the cache of an earlier build', () => {
  let first: BuildSummary;

  it('renders every page of a clean build', async () => {
    expect(clean.code, clean.stderr).toBe(0);
    first = await summaryIn('cache');
    expect(first.pages.restored).toEqual([]);
    const slugs = (await readdir(path.join(project, 'content', 'articles'))).map((name) => name.replace(/\.mdx?$/, ''));
    expect(slugs).toHaveLength(ARTICLES);
    expect(first.pages.rendered).toEqual(expect.arrayContaining([...slugs.map((slug) => `/articles/${slug}`), ...projectIds.map((id) => `/projects/${id}`), '/tracker']));
    expect(first.simplified.segmentsBuilt.length).toBeGreaterThan(2);
  }, BUILD_TIMEOUT);

  it('redoes nothing when nothing changed, and writes the same site', async () => {
    const again = await build('unchanged', 'cache');
    expect(again.pages.rendered).toEqual([]);
    expect(again.pages.restored).toHaveLength(first.pages.rendered.length);
    expect(again.traditional.converted).toBe(0);
    expect([...again.simplified.segmentsBuilt, ...again.traditional.segmentsBuilt]).toEqual([]);
    expect(again.images.drawn).toBe(0);
    expect(await differences('clean', 'unchanged')).toEqual([]);
  }, BUILD_TIMEOUT);

  it("stops at a content error found beside Astro with the check's lines alone, and keeps the site", async () => {
    // From a warm cache the content is checked on another thread while Astro starts: the editor still sees exactly
    // what npm run check says, then one line, and the site and the folder beside it are as they were.
    const site = path.join(scratch, 'unchanged');
    const before = await listFiles(site);
    const articles = path.join(project, 'content', 'articles');
    const name = (await readdir(articles)).sort()[0]!;
    const text = await readFile(path.join(articles, name), 'utf8');
    try {
      await writeFile(path.join(articles, name), text.replace(/^date: .*$/m, 'date: 2023-02-30'));
      const checked = await runScript(project, 'scripts/check.ts', [], { JINDU_TODAY: CORPUS_TODAY });
      const problems = checked.stdout.trim().split('\n').slice(0, -2);
      expect(problems).toEqual([expect.stringMatching(new RegExp(`^content/articles/${name}:\\d+:1  error  date：`))]);
      const result = await runBuild('unchanged', 'cache', CORPUS_TODAY, false);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([...problems, '', `构建已停止：内容有 1 个错误、0 个警告。${path.relative(project, site)}/ 没有改动。`]);
      expect(await listFiles(site)).toEqual(before);
      expect((await readdir(scratch)).filter((entry) => entry.startsWith('.unchanged-'))).toEqual([]);
    } finally {
      await writeFile(path.join(articles, name), text);
    }
  }, BUILD_TIMEOUT);

  it('does not build at all into a site already built from the same inputs, and says so', async () => {
    const site = path.join(scratch, 'unchanged');
    const before = await listFiles(site);
    const times = await Promise.all(before.map(async (file) => (await stat(path.join(site, file))).mtimeMs));
    const result = await runBuild('unchanged', 'cache', CORPUS_TODAY, false);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('unchanged/ 已是最新');
    expect(await listFiles(site)).toEqual(before);
    expect(await Promise.all(before.map(async (file) => (await stat(path.join(site, file))).mtimeMs))).toEqual(times);
    // A page deleted from the site, and the build runs again and puts it back. It runs with JINDU_CACHE_VERIFY=1:
    // every page is rendered, and one the cache would have served must be byte for byte the fresh rendering.
    await rm(path.join(site, before.find((file) => file.startsWith('projects/'))!));
    const again = await runBuild('unchanged', 'cache', CORPUS_TODAY, false, { JINDU_CACHE_VERIFY: '1' });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).not.toContain('已是最新');
    const verified = await summaryIn('cache');
    expect(verified.pages.restored).toEqual([]);
    expect(verified.pages.rendered).toEqual(first.pages.rendered);
    expect(await differences('clean', 'unchanged')).toEqual([]);
  }, BUILD_TIMEOUT);

  it('redoes the pages of an edited project and an added article, and only those that show them; up to date, says its warnings again', async () => {
    const [edited, untouched] = [projectIds[0]!, projectIds[projectIds.length - 1]!];
    const dataset = JSON.parse(await readFile(datasetFile(), 'utf8')) as { projects: { id: string; figures: { investment: { value: number }[] } }[] };
    const record = dataset.projects.find((entry) => entry.id === edited)!;
    record.figures.investment[0]!.value += 10_000_000;
    await writeFile(datasetFile(), `${JSON.stringify(dataset, null, 2)}\n`);
    // A follow-up article on the edited project, written as an editor would: a copy of one of its articles.
    const articles = path.join(project, 'content', 'articles');
    const model = (await readdir(articles)).find((name) => name.startsWith(`${edited}-`))!;
    const text = await readFile(path.join(articles, model), 'utf8');
    // Dated after the build date: a warning, and the article still builds. (Here rather than in a build of its own:
    // each build of the corpus costs about ten seconds of CPU.)
    const added = `${edited}-follow-up.md`;
    await writeFile(path.join(articles, added), text.replace(/^title: .*$/m, 'title: 项目进展追踪报道').replace(/^date: .*$/m, 'date: 2026-12-01'));

    const built = await runBuild('incremental', 'cache', CORPUS_TODAY, false);
    expect(built.code, built.stderr).toBe(0);
    const warnings = built.stderr.trim().split('\n');
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`^content/articles/${added}:\\d+:\\d+  warning  .*docs/rules\\.md#future-date$`))]);
    expect(built.stdout).toContain('（有 1 个警告，见上文）');
    const summary = await summaryIn('cache');
    expect(summary.pages.rendered).toContain(`/projects/${edited}`);
    expect(summary.pages.rendered).toContain(`/articles/${edited}-follow-up`);
    expect(summary.pages.rendered).not.toContain(`/projects/${untouched}`);
    expect(summary.pages.restored).toContain(`/projects/${untouched}`);
    expect(summary.pages.restored.filter((page) => page.startsWith(`/articles/${untouched}-`)).length).toBeGreaterThan(0);
    expect(summary.pages.rendered.length).toBeLessThan(first.pages.rendered.length / 4);
    expect(summary.traditional.twinsReused).toBeGreaterThan(summary.traditional.converted);
    expect(summary.simplified.segmentsReused.length).toBeGreaterThan(0);

    // Up to date, the build says the same warnings as when it built the site, from its record.
    const again = await runBuild('incremental', 'cache', CORPUS_TODAY, false);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('incremental/ 已是最新');
    expect(again.stdout).toContain('（有 1 个警告，见上文）');
    expect(again.stderr.trim().split('\n')).toEqual(warnings);

    await build('reference', 'clean-cache');
    expect(await differences('incremental', 'reference')).toEqual([]);
  }, 2 * BUILD_TIMEOUT);

  it('redoes the pages whose status changes with the date, and they read as a clean build of that day', async () => {
    const summary = await build('later', 'cache', LATER);
    expect(summary.pages.rendered.length).toBeGreaterThan(0);
    // The tracker judges every project on the date.
    expect(summary.pages.rendered).toContain('/tracker');
    // Some project's page says something else by then: a plan came due.
    const changed = (await differences('incremental', 'later')).filter((file) => /^projects\/[^/]+\/index\.html$/.test(file));
    expect(changed.length).toBeGreaterThan(0);
    await build('later-reference', 'later-cache', LATER);
    expect(await differences('later', 'later-reference')).toEqual([]);
  }, 2 * BUILD_TIMEOUT);

  it('with JINDU_CACHE_VERIFY=1, stops at a page the cache would serve that a fresh rendering contradicts', async () => {
    // Two projects' stored pages swapped in a manifest whose checksum still holds: what a dependency the cache did
    // not record would look like. A normal build would serve them; verify mode renders every page and compares.
    const manifest = path.join(scratch, 'clean-cache', 'pages.json');
    const original = await readFile(manifest, 'utf8');
    try {
      const file = JSON.parse(original) as { checksum: string; entries: Record<string, { body: string }> };
      const [a, b] = Object.keys(file.entries).filter((page) => /^\/projects\/[^/]+$/.test(page));
      [file.entries[a!]!.body, file.entries[b!]!.body] = [file.entries[b!]!.body, file.entries[a!]!.body];
      // The checksum the store writes (src/lib/incremental/store.ts), so the manifest still reads as intact.
      file.checksum = sha256(JSON.stringify(file.entries));
      await writeFile(manifest, JSON.stringify(file));
      const result = await runBuild('verified', 'clean-cache', CORPUS_TODAY, true, { JINDU_CACHE_VERIFY: '1' });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`页面缓存：(${a}|${b})/ 取自缓存的页面与重新渲染的不同（JINDU_CACHE_VERIFY）；它读取了 .*project:`));
      expect(result.stderr).toContain('构建失败。');
    } finally {
      await writeFile(manifest, original);
    }
  }, BUILD_TIMEOUT);

  it('only slows down on a damaged cache: the site is byte for byte that of a clean build', async () => {
    const cache = path.join(scratch, 'clean-cache');
    const blobs = (await listFiles(cache)).filter((file) => file.startsWith('blobs/'));
    // Overwrite some stored files, delete others, break a manifest and cut another short.
    for (const file of blobs.filter((_, index) => index % 7 === 0)) await writeFile(path.join(cache, file), 'damaged');
    for (const file of blobs.filter((_, index) => index % 7 === 1)) await rm(path.join(cache, file));
    await writeFile(path.join(cache, 'twins.json'), '{"format":1,');
    await truncate(path.join(cache, 'search-simplified.json'), 1000);
    const summary = await build('damaged', 'clean-cache');
    expect(summary.pages.rendered.length).toBeGreaterThan(0);
    expect(await differences('damaged', 'reference')).toEqual([]);
  }, BUILD_TIMEOUT);
});
