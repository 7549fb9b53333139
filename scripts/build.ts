// npm run build [-- --out-dir DIR] [--quiet]
// Checks all content first and stops with one line per problem; builds into a temporary folder next to the
// output and swaps it in only when the whole build succeeded, so a failed build never replaces a good site
// (scripts/lib/siteSwap.ts says how a kill at any instant is survived). One build at a time per project.

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { checkContentAt } from './lib/content.ts';
import { plural, printMessages } from './lib/report.ts';
import { astroErrorLines } from './lib/astroErrors.ts';
import { PLACEHOLDER_SITE, readHosting } from '../src/lib/hosting.ts';
import { readTraditionalRegion } from '../src/lib/traditional.ts';
import { resolveToday } from '../src/lib/today.ts';
import { allCards } from '../src/lib/cardContent.ts';
import { layoutSocialCard } from '../src/lib/socialCard.ts';
import { setPngWarmUp, warmPngCache } from '../src/data/pngCache.ts';
import { cacheDirOf, exists } from '../src/lib/incremental/store.ts';
import { abortBuild } from '../src/integrations/buildWorkers.ts';
import { testPoint } from '../src/lib/testPoints.ts';
import { acquireBuildLock } from './lib/buildLock.ts';
import { discardStaging, outDirProblem, recoverSite, releaseStagingBlock, replaceProblem, siteFolders, swapIn } from './lib/siteSwap.ts';
import { describeSystemError } from './lib/systemErrors.ts';
import strings from '../src/i18n/zh-Hans.json' with { type: 'json' };

const HELP = `Usage: npm run build [-- --out-dir DIR] [--quiet]

Builds the site from content/ into dist/ (or DIR).
Content is checked first; on any error nothing is built and the previous site stays as it was.
The new site replaces DIR only once it is complete. DIR is a folder of its own: not the project, nor
content/, src/, public/ or another of its folders, nor a folder of other files. One build runs at a time in
a project; a second one waits for the first.
Environment: BASE_PATH=/sub/folder/ builds for a sub-folder; SITE_URL=https://… sets the public address
(canonical links); without it links point at the placeholder ${PLACEHOLDER_SITE}.`;

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Checks and reports the content; only the counts and the social cards' drawings outlive it, so the parsed files
 * are freed before the build.
 */
async function checkContent(today: string): Promise<{ errors: number; warnings: number; cards: string[] }> {
  const content = await checkContentAt(root, today);
  const counts = printMessages(content.files);
  const articles = content.articles.flatMap((article) => (article.frontmatter ? [article.frontmatter] : []));
  const cards = counts.errors === 0 && content.dataset ? allCards(strings, content.dataset, articles).map(layoutSocialCard) : [];
  return { ...counts, cards };
}

async function main(): Promise<number> {
  let values: { 'out-dir'?: string | undefined; quiet?: boolean | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      options: { 'out-dir': { type: 'string' }, quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nRun "npm run build -- --help" to see the options.`);
    return 1;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const given = values['out-dir'] ?? 'dist';
  const outDir = path.resolve(root, given);
  const shown = path.relative(root, outDir) || outDir;
  const hosting = readHosting(process.env);
  const today = resolveToday(process.env);
  const region = readTraditionalRegion(process.env);
  const settingErrors = [...(hosting.ok ? [] : hosting.errors), ...(today.ok ? [] : [today.reason]), ...('error' in region ? [region.error] : [])];
  const outDirError = await outDirProblem(root, outDir, given);
  if (outDirError) settingErrors.push(outDirError);
  if (settingErrors.length) {
    // One line per variable or option, before anything is checked or built.
    for (const line of settingErrors) console.error(line);
    return 1;
  }

  const lock = await acquireBuildLock(root, (pid) => console.error(`另一次构建（进程 ${pid}）正在这个项目中进行：等它结束后再开始……`));
  try {
    return await buildLocked(outDir, shown, values.quiet === true, today.ok ? today.date : '');
  } finally {
    await lock.release();
  }
}

async function buildLocked(outDir: string, shown: string, quiet: boolean, today: string): Promise<number> {
  const folders = siteFolders(outDir);
  // An interrupted build may have left no site: the last complete one is put back before anything can fail.
  const restored = await recoverSite(outDir);
  if (restored) console.error(`上次构建在替换网站时中断：已把 ${path.relative(root, restored) || restored} 恢复为 ${shown}/。`);

  const { errors, warnings, cards } = await checkContent(today);
  if (errors > 0) {
    console.error(`\nBuild stopped: ${plural(errors, 'error')} in content (${plural(warnings, 'warning')}). ${shown}/ was not changed.`);
    return 1;
  }
  const readOnly = await replaceProblem(outDir, shown);
  if (readOnly) {
    console.error(readOnly);
    return 1;
  }
  await testPoint('checked');

  try {
    await mkdir(folders.parent, { recursive: true });
    // The social cards are the longest stream of work in a clean build: drawing starts now, beside Astro's bundling.
    // A build that will serve most pages from the page cache draws only the images of pages it renders.
    setPngWarmUp(!(await exists(path.join(cacheDirOf(root), 'pages.json'))));
    warmPngCache('cards', cards);
    const { build } = await import('astro');
    await build({ root, outDir: folders.staging, logLevel: quiet ? 'silent' : 'warn' });
  } catch (error) {
    // The workers and Astro's queued pages write into the staging folder: they are stopped before it is deleted.
    await abortBuild();
    await discardStaging(folders).catch(() => undefined);
    const system = describeSystemError(error, root, `构建 ${shown}/ 时`);
    for (const line of system ? [system] : astroErrorLines(error, root)) console.error(line);
    console.error(`\nBuild failed. ${shown}/ was not changed.`);
    return 1;
  }

  try {
    await swapIn(folders);
  } catch (error) {
    console.error(describeSystemError(error, root, shown) ?? `无法把新网站放进 ${shown}/：${error instanceof Error ? error.message : String(error)}`);
    console.error(`\nBuild failed. ${shown}/ was not changed.`);
    return 1;
  }
  if (!quiet) console.log(`Built the site into ${shown}/${warnings ? ` (${plural(warnings, 'warning')} above)` : ''}.`);
  return 0;
}

const code = await main();
// After a failure pages Astro had begun may still be settling: exit now, so nothing is written after the cleanup.
if (code !== 0) {
  releaseStagingBlock();
  process.exit(code);
}
process.exitCode = code;
