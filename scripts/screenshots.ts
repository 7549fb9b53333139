// npm run screenshots [-- --dist DIR] [--base /sub/] [--out DIR] [PATH …]
// Serves a built site and saves full-page screenshots at 360 px and 1280 px, to look at before calling work done.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serveSite } from './lib/serve.ts';
import { chromiumMissing, findChromium, CHROMIUM_ARGS } from './lib/chromium.ts';

const USAGE = `Usage: npm run screenshots [-- --dist DIR] [--base /sub/] [--out DIR] [--dark] [--segments] [PATH …]

Serves a built site and saves full-page screenshots of each PATH (default: home, the seed article, projects,
a project, data) at 360 px and 1280 px into --out (default screenshots/). --dark uses the dark colour scheme;
--segments also saves tall pages as 1400 px slices.`;

const parsed = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        dist: { type: 'string', default: 'dist' },
        base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
        out: { type: 'string', default: 'screenshots' },
        dark: { type: 'boolean', default: false },
        // Also save tall pages as 1400 px slices, which stay legible when viewed as images.
        segments: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(1);
  }
})();
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const pages = positionals.length ? positionals : ['', 'articles/daqing-high-tech-key-projects-2023/', 'projects/', 'projects/huali-bio/', 'data/'];
const SEGMENT = 1400;
const executablePath = findChromium();
if (!executablePath) {
  console.error(chromiumMissing());
  process.exit(1);
}
const site = await serveSite(path.resolve(values.dist), values.base);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
await mkdir(values.out, { recursive: true });
try {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: values.dark ? 'dark' : 'light' });
    const page = await context.newPage();
    for (const pagePath of pages) {
      await page.goto(site.url + pagePath, { waitUntil: 'load' });
      const name = `${(pagePath.replace(/\/$/, '').replace(/\//g, '_') || 'home')}-${width}${values.dark ? '-dark' : ''}.png`;
      await page.screenshot({ path: path.join(values.out, name), fullPage: true });
      console.log(path.join(values.out, name));
      if (values.segments) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let top = 0, part = 1; top < height; top += SEGMENT, part++) {
          const file = path.join(values.out, name.replace(/\.png$/, `.${part}.png`));
          await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: top, width, height: Math.min(SEGMENT, height - top) } });
          console.log(file);
        }
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
