// npm run build [-- --out-dir DIR] [--quiet]
// Checks all content first and stops with one line per problem; builds into a temporary folder next to the
// output and swaps it in only when the whole build succeeded, so a failed build never replaces a good site
// (scripts/lib/siteSwap.ts says how a kill at any instant is survived). One build at a time per project.
// npm run build starts it with Node options and a preload that set how it allocates memory (package.json,
// scripts/lib/nativeMemory.ts).

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContentAt } from './lib/content.ts';
import { checkOnThread } from './lib/checkThread.ts';
import { readCommandLine } from './lib/options.ts';
import { messageLines, type CheckOutcome } from './lib/messages.ts';
import { astroErrorLines } from './lib/astroErrors.ts';
import { PLACEHOLDER_SITE, readHosting } from '../src/lib/hosting.ts';
import { readTraditionalRegion } from '../src/lib/traditional.ts';
import { resolveToday } from '../src/lib/today.ts';
import { allCards } from '../src/lib/cardContent.ts';
import { layoutSocialCard } from '../src/lib/socialCard.ts';
import { setPngWarmUp, warmPngCache } from '../src/integrations/pngCache.ts';
import { cacheDirOf, exists } from '../src/lib/incremental/store.ts';
import { inputsFingerprint } from '../src/lib/incremental/code.ts';
import { buildSettings, recordSite, siteUpToDate } from '../src/lib/incremental/upToDate.ts';
import { abortBuild, holdRenderingUntil } from '../src/integrations/buildWorkers.ts';
import { testPoint } from '../src/lib/testPoints.ts';
import { acquireBuildLock } from './lib/buildLock.ts';
import { discardStaging, outDirProblem, recoverSite, releaseStagingBlock, replaceProblem, siteFolders, swapIn } from './lib/siteSwap.ts';
import { describeSystemError } from './lib/systemErrors.ts';
import strings from '../src/i18n/zh-Hans.json' with { type: 'json' };

const HELP = `用法：npm run build [-- --out-dir DIR] [--quiet]

把 content/ 构建成网站，放进 dist/（或 DIR）。
先检查内容；有任何 error 就不构建，原有网站保持原样。
新网站完整建好后才替换 DIR。DIR 须是单独的文件夹：不能是项目本身，不能是 content/、src/、public/
等项目文件夹，也不能是放着其他文件的文件夹。同一项目一次只运行一个构建；后来的会等前一个结束。

选项：
  --out-dir DIR  网站放在 DIR，而不是 dist/
  --quiet        不显示 Astro 的警告，也不显示结尾的“网站已构建”
  -h, --help     显示本说明

环境变量：BASE_PATH=/sub/folder/ 为子文件夹构建；SITE_URL=https://… 设置网站的公开地址（用于规范链接），
不设时链接指向占位地址 ${PLACEHOLDER_SITE}。`;

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Checks and reports the content; only the counts and the social cards' drawings (when the site is to be built)
 * outlive it, so the parsed files are freed before the build.
 */
async function checkContent(today: string, drawCards: boolean): Promise<CheckOutcome & { cards: string[] }> {
  const content = await checkContentAt(root, today);
  const outcome = messageLines(content.files);
  for (const line of outcome.lines) console.error(line);
  const articles = content.articles.flatMap((article) => (article.frontmatter ? [article.frontmatter] : []));
  const cards = drawCards && outcome.errors === 0 && content.dataset ? allCards(strings, content.dataset, articles).map(layoutSocialCard) : [];
  return { ...outcome, cards };
}


async function main(): Promise<number> {
  const parsed = readCommandLine('build', HELP, { options: { 'out-dir': { type: 'string' }, quiet: { type: 'boolean' } } });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
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

function stopped(errors: number, warnings: number, shown: string): number {
  console.error(`\n构建已停止：内容有 ${errors} 个错误、${warnings} 个警告。${shown}/ 没有改动。`);
  return 1;
}

async function buildLocked(outDir: string, shown: string, quiet: boolean, today: string): Promise<number> {
  const folders = siteFolders(outDir);
  // An interrupted build may have left no site: the last complete one is put back before anything can fail.
  const restored = await recoverSite(outDir);
  if (restored) console.error(`上次构建在替换网站时中断：已把 ${path.relative(root, restored) || restored} 恢复为 ${shown}/。`);

  // Taken before anything is read, so an edit made while this build runs is never recorded as built.
  const inputs = await inputsFingerprint(root, buildSettings(process.env, outDir, today));
  const cacheDir = cacheDirOf(root);
  // Up to date: what the content check said for these very inputs is printed again, without checking again.
  const recorded = await siteUpToDate(cacheDir, outDir, inputs);
  if (recorded) {
    for (const line of recorded.lines) console.error(line);
    if (!quiet) console.log(`${shown}/ 已是最新：内容、代码、设置和日期都与上次构建它时相同，没有重新构建${recorded.warnings ? `（有 ${recorded.warnings} 个警告，见上文）` : ''}。`);
    return 0;
  }
  // A build that will serve most pages from the page cache draws only the images of pages it renders: the cards are
  // laid out ahead only for a build from an empty cache.
  const warmUp = !(await exists(path.join(cacheDir, 'pages.json')));
  // A build from a warm cache checks the content on another thread while Astro starts (scripts/lib/checkThread.ts);
  // one from an empty cache checks first.
  const besideAstro = !warmUp;
  let check: CheckOutcome = { lines: [], errors: 0, warnings: 0 };
  let cards: string[] = [];
  if (!besideAstro) {
    const checked = await checkContent(today, warmUp);
    if (checked.errors > 0) return stopped(checked.errors, checked.warnings, shown);
    check = checked;
    cards = checked.cards;
  }
  const readOnly = await replaceProblem(outDir, shown);
  if (readOnly) {
    console.error(readOnly);
    return 1;
  }
  if (!besideAstro) await testPoint('checked');

  try {
    await mkdir(folders.parent, { recursive: true });
    // The social cards are the longest stream of work in a clean build: drawing starts now, beside Astro's bundling.
    setPngWarmUp(warmUp);
    warmPngCache('cards', cards);
    const checking = besideAstro ? checkOnThread(root, today) : undefined;
    // Astro bundles meanwhile, but renders nothing until the check has passed (src/integrations/buildWorkers.ts).
    if (checking) holdRenderingUntil(checking.then(({ errors }) => errors === 0, () => false));
    const { build } = await import('astro');
    const built = build({ root, outDir: folders.staging, logLevel: quiet ? 'silent' : 'warn' });
    // Awaited below; until then a failure must not count as unhandled.
    built.catch(() => undefined);
    if (checking) {
      const outcome = await checking;
      for (const line of outcome.lines) console.error(line);
      if (outcome.errors > 0) {
        // Astro may still be bundling into the staging folder: the process exits once it is deleted.
        await abortBuild();
        await discardStaging(folders).catch(() => undefined);
        return stopped(outcome.errors, outcome.warnings, shown);
      }
      check = outcome;
      await testPoint('checked');
    }
    await built;
  } catch (error) {
    // The workers and Astro's queued pages write into the staging folder: they are stopped before it is deleted.
    await abortBuild();
    await discardStaging(folders).catch(() => undefined);
    const system = describeSystemError(error, root, `构建 ${shown}/ 时`);
    for (const line of system ? [system] : astroErrorLines(error, root)) console.error(line);
    console.error(`\n构建失败。${shown}/ 没有改动。`);
    return 1;
  }

  try {
    await swapIn(folders);
  } catch (error) {
    console.error(describeSystemError(error, root, shown) ?? `无法把新网站放进 ${shown}/：${error instanceof Error ? error.message : String(error)}`);
    console.error(`\n构建失败。${shown}/ 没有改动。`);
    return 1;
  }
  // Only saves the next build time: without the record it builds in full.
  await recordSite(cacheDir, outDir, inputs, { lines: check.lines, warnings: check.warnings }).catch(() => undefined);
  if (!quiet) console.log(`网站已构建到 ${shown}/${check.warnings ? `（有 ${check.warnings} 个警告，见上文）` : ''}。`);
  return 0;
}

const code = await main();
// After a failure pages Astro had begun may still be settling: exit now, so nothing is written after the cleanup.
if (code !== 0) {
  releaseStagingBlock();
  process.exit(code);
}
process.exitCode = code;
