// Once for all browser tests: start one Chromium that every test file connects to. The site they read is built
// when the first of them asks for it (tests/browser/site.ts).
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, chromiumMissing, findChromium } from '../../scripts/lib/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test files connect to the shared Chromium; null when none was found outside CI. */
    chromium: string | null;
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
  const browser: BrowserServer | undefined = executablePath ? await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS }) : undefined;
  project.provide('chromium', browser?.wsEndpoint() ?? null);
  return async () => {
    await browser?.close();
    if (!executablePath) warnSkipped();
  };
}
