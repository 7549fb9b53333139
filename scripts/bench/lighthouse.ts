// Lighthouse (mobile emulation, the default config) on pages of a built site served on 127.0.0.1, in the system
// Chromium. Loaded only when npm run bench runs the browser part.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { summariseLighthouse, type LighthouseResult, type LighthouseSummary } from '../../src/lib/bench/lighthouse.ts';
import { CHROMIUM_ARGS } from '../lib/chromium.ts';
import { serveSite } from '../lib/serve.ts';

export async function lighthouseAudit(dist: string, chromePath: string, pages: readonly { name: string; path: string }[]): Promise<LighthouseSummary[]> {
  const site = await serveSite(dist);
  // --headless=new replaces the plain --headless of the shared flags: Lighthouse needs the full headless browser.
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROMIUM_ARGS.filter((flag) => flag !== '--headless'), '--headless=new'], logLevel: 'silent' });
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
