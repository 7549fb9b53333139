// The seed site built for a sub-folder and served as a static host would (with the headers of its _headers file),
// for the browser tests: built once per run, when a browser test file first asks for it (tests/globalSetup.ts), so
// the other files already run meanwhile.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';
import { serveSite } from '../../scripts/lib/serve.ts';
import { parseHtml } from '../helpers/html.ts';
import { readText, ROOT, runScript, tempDir } from '../helpers/project.ts';
import { SEED, sharedBuild, type Cleanup } from '../helpers/sharedBuilds.ts';

export const BASE_PATH = '/reports/daqing/';
export const SITE_URL = 'https://news.example.com';

export interface SubfolderSite {
  /** http://127.0.0.1:port/reports/daqing/ */
  url: string;
  base: string;
  site: string;
  distDir: string;
  /** Pages opened at phone and desktop widths, as [label, path under the base]. */
  readerPages: Array<[string, string]>;
}

export interface BrowserSite extends SubfolderSite {
  /** Where test files connect to the shared Chromium (tests/browser/globalSetup.ts); null when none was found outside CI. */
  wsEndpoint: string | null;
}

/** The site and the shared Chromium. */
export async function browserSite(): Promise<BrowserSite> {
  return { ...(await sharedBuild('browser')), wsEndpoint: inject('chromium') };
}

/** Builds the seed for BASE_PATH, serves it, and finds the pages readers open most. */
export async function buildBrowserSite(cleanup: Cleanup): Promise<SubfolderSite> {
  const workDir = await tempDir('jindu-browser-');
  cleanup.push(() => rm(workDir, { recursive: true, force: true }));
  const distDir = path.join(workDir, 'dist');
  const build = await runScript(ROOT, 'scripts/build.ts', ['--out-dir', distDir, '--quiet'], { BASE_PATH, SITE_URL, JINDU_TODAY: SEED.today });
  if (build.code !== 0) throw new Error(`Building the site under ${BASE_PATH} failed:\n${build.stderr}`);
  const site = await serveSite(distDir, BASE_PATH);
  cleanup.push(() => site.close());
  return { url: site.url, base: BASE_PATH, site: SITE_URL, distDir, readerPages: await findReaderPages(distDir) };
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
