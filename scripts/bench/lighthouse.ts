// Lighthouse (mobile emulation, the default config) on pages of a built site served on 127.0.0.1, in the system
// Chromium. Loaded only when npm run bench runs the browser part.
import { summariseLighthouse, type LighthouseResult, type LighthouseSummary } from '../../src/lib/bench/lighthouse.ts';
import { CHROMIUM_ARGS } from '../lib/chromium.ts';
import { serveSite } from '../lib/serve.ts';

/** Lighthouse and chrome-launcher weigh about 130 MB, so `npm ci` does not install them; the bench asks for them. */
export const LIGHTHOUSE_PACKAGES = ['lighthouse@13.5.0', 'chrome-launcher@1.2.1'] as const;

// Only what this file uses of the two packages, typed here because they are not installed by default.
interface Launched {
  port: number;
  kill(): void;
}
type Launch = (options: { chromePath: string; chromeFlags: string[]; logLevel: 'silent' }) => Promise<Launched>;
type Lighthouse = (url: string, flags: { port: number; logLevel: 'error'; output: 'json' }) => Promise<{ lhr: { runtimeError?: { message: string } } } | undefined>;

async function loadTools(): Promise<{ launch: Launch; lighthouse: Lighthouse } | undefined> {
  // A name in a variable, so the type checker does not look for packages that are not installed.
  const load = (name: string) => import(name) as Promise<Record<string, unknown>>;
  try {
    const [launcher, audit] = await Promise.all([load('chrome-launcher'), load('lighthouse')]);
    return { launch: launcher.launch as Launch, lighthouse: audit.default as Lighthouse };
  } catch {
    return undefined;
  }
}

/** The audit of each page, or a one-line note when Lighthouse is not installed. */
export async function lighthouseAudit(dist: string, chromePath: string, pages: readonly { name: string; path: string }[]): Promise<LighthouseSummary[] | string> {
  const tools = await loadTools();
  if (!tools) return `Lighthouse is not installed (optional, about 130 MB); to run it: npm install --no-save ${LIGHTHOUSE_PACKAGES.join(' ')}. Lighthouse skipped`;
  const { launch, lighthouse } = tools;
  const site = await serveSite(dist);
  // --headless=new replaces the plain --headless of the shared flags: Lighthouse needs the full headless browser.
  const chrome = await launch({ chromePath, chromeFlags: [...CHROMIUM_ARGS.filter((flag) => flag !== '--headless'), '--headless=new'], logLevel: 'silent' });
  try {
    const summaries: LighthouseSummary[] = [];
    for (const page of pages) {
      const url = new URL(page.path.replace(/^\//, ''), site.url).href;
      const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${result.lhr.runtimeError.message}`);
      summaries.push(summariseLighthouse(page.name, result.lhr as unknown as LighthouseResult));
      console.log(`  ${page.name} ${page.path}: done`);
    }
    return summaries;
  } finally {
    chrome.kill();
    await site.close();
  }
}
