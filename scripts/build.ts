// npm run build [-- --out-dir DIR] [--quiet]
// Checks all content first and stops with one line per problem; builds into a temporary folder next to the
// output and swaps it in only when the whole build succeeded, so a failed build never replaces a good site.

import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
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
import { warmPngCache } from '../src/data/pngCache.ts';
import strings from '../src/i18n/zh-Hans.json' with { type: 'json' };

const HELP = `Usage: npm run build [-- --out-dir DIR] [--quiet]

Builds the site from content/ into dist/ (or DIR).
Content is checked first; on any error nothing is built and the previous site stays as it was.
Environment: BASE_PATH=/sub/folder/ builds for a sub-folder; SITE_URL=https://… sets the public address
(canonical links); without it links point at the placeholder ${PLACEHOLDER_SITE}.`;

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Checks and reports the content; only the counts and the social cards' drawings outlive it, so the parsed files
 * are freed before the build.
 */
async function checkContent(): Promise<{ errors: number; warnings: number; cards: string[] }> {
  const content = await checkContentAt(root);
  const counts = printMessages(content.files);
  const articles = content.articles.flatMap((article) => (article.frontmatter ? [article.frontmatter] : []));
  const cards = counts.errors === 0 && content.dataset ? allCards(strings, content.dataset, articles).map(layoutSocialCard) : [];
  return { ...counts, cards };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { 'out-dir': { type: 'string' }, quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const outDir = path.resolve(root, values['out-dir'] ?? 'dist');
  const hosting = readHosting(process.env);
  const today = resolveToday(process.env);
  const region = readTraditionalRegion(process.env);
  const settingErrors = [...(hosting.ok ? [] : hosting.errors), ...(today.ok ? [] : [today.reason]), ...('error' in region ? [region.error] : [])];
  if (settingErrors.length) {
    // One line per variable, before anything is checked or built.
    for (const line of settingErrors) console.error(line);
    return 1;
  }
  const parent = path.dirname(outDir);
  const staging = path.join(parent, `.dist-building-${process.pid}`);
  const retired = path.join(parent, `.dist-old-${process.pid}`);

  const { errors, warnings, cards } = await checkContent();
  if (errors > 0) {
    console.error(`\nBuild stopped: ${plural(errors, 'error')} in content (${plural(warnings, 'warning')}). ${path.relative(root, outDir) || outDir}/ was not changed.`);
    return 1;
  }

  // Leftovers of an interrupted build are never a site anyone should see.
  await mkdir(parent, { recursive: true });
  for (const name of await readdir(parent)) {
    if (/^\.dist-(building|old)-\d+$/.test(name)) await rm(path.join(parent, name), { recursive: true, force: true });
  }

  // The social cards are the longest stream of work in a clean build: drawing starts now, beside Astro's bundling.
  warmPngCache('cards', cards);
  const { build } = await import('astro');
  try {
    await build({ root, outDir: staging, logLevel: values.quiet ? 'silent' : 'warn' });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    for (const line of astroErrorLines(error, root)) console.error(line);
    console.error(`\nBuild failed. ${path.relative(root, outDir) || outDir}/ was not changed.`);
    return 1;
  }

  if (existsSync(outDir)) await rename(outDir, retired);
  await rename(staging, outDir);
  await rm(retired, { recursive: true, force: true });
  if (!values.quiet) console.log(`Built the site into ${path.relative(root, outDir) || outDir}/${warnings ? ` (${plural(warnings, 'warning')} above)` : ''}.`);
  return 0;
}

process.exitCode = await main();
