// Once for all browser tests: build the seed site for a sub-folder, serve it as a static host would (with the
// headers of its _headers file) and start one Chromium that every test file connects to.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, chromiumMissing, findChromium } from '../../scripts/lib/chromium.ts';
import { serveSite, type ServedSite } from '../../scripts/lib/serve.ts';
import { parseHtml } from '../helpers/html.ts';
import { readText, ROOT, runScript, tempDir } from '../helpers/project.ts';

export const BASE_PATH = '/reports/daqing/';
export const SITE_URL = 'https://news.example.com';

export interface BrowserSite {
  /** http://127.0.0.1:port/reports/daqing/ */
  url: string;
  base: string;
  site: string;
  distDir: string;
  /** Where test files connect to the shared Chromium; null when none was found outside CI. */
  wsEndpoint: string | null;
  /** Pages opened at phone and desktop widths, as [label, path under the base]. */
  readerPages: Array<[string, string]>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    browserSite: BrowserSite;
  }
}

/** Said before the tests and again after them, where it is seen. */
function warnSkipped(): void {
  const banner = '!'.repeat(100);
  console.warn(`\n${banner}\n${chromiumMissing()}\nThe browser tests (layout at 360 and 1280 px, console and CSP errors, axe, JavaScript off) were SKIPPED.\nIn CI (CI set) a missing Chromium fails the run instead.\n${banner}\n`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = findChromium();
  if (!executablePath) {
    if (process.env.CI && !['false', '0'].includes(process.env.CI)) throw new Error(`${chromiumMissing()} CI is set, so the browser tests may not be skipped.`);
    warnSkipped();
  }

  const workDir = await tempDir('jindu-browser-');
  const distDir = path.join(workDir, 'dist');
  let site: ServedSite | undefined;
  let browser: BrowserServer | undefined;
  const teardown = async () => {
    await browser?.close();
    await site?.close();
    await rm(workDir, { recursive: true, force: true });
    if (!executablePath) warnSkipped();
  };
  try {
    const build = await runScript(ROOT, 'scripts/build.ts', ['--out-dir', distDir, '--quiet'], { BASE_PATH, SITE_URL, JINDU_TODAY: '2026-11-25' });
    if (build.code !== 0) throw new Error(`Building the site under ${BASE_PATH} failed:\n${build.stderr}`);
    site = await serveSite(distDir, BASE_PATH);
    if (executablePath) browser = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS });
    project.provide('browserSite', {
      url: site.url,
      base: BASE_PATH,
      site: SITE_URL,
      distDir,
      wsEndpoint: browser?.wsEndpoint() ?? null,
      readerPages: await findReaderPages(distDir),
    });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

/** The home page, the projects page, the first article and project a reader reaches from them, the tracker and /data/. */
async function findReaderPages(distDir: string): Promise<Array<[string, string]>> {
  const firstLink = async (file: string, pattern: RegExp) => {
    const hrefs = parseHtml(await readText(path.join(distDir, file))).querySelectorAll('main a[href]').map((a) => a.getAttribute('href')!);
    const href = hrefs.find((candidate) => pattern.test(candidate));
    if (!href) throw new Error(`${file} links to no page matching ${pattern}`);
    return href.slice(BASE_PATH.length);
  };
  return [
    ['home', ''],
    ['article', await firstLink('index.html', /^\/reports\/daqing\/articles\/[^/]+\/$/)],
    ['projects', 'projects/'],
    ['project', await firstLink('projects/index.html', /^\/reports\/daqing\/projects\/[^/]+\/$/)],
    ['tracker', 'tracker/'],
    ['data', 'data/'],
  ];
}
