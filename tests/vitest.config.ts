/// <reference types="vitest/config" />
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';
import SlowFirstSequencer from './sequencer.ts';

// The suite starts Node on the project's TypeScript scripts hundreds of times (every command, every build and its
// workers): with a compile cache shared by all of them, each start reuses the code the ones before compiled
// instead of stripping and compiling it again. It changes how fast they start, not what they do.
process.env.NODE_COMPILE_CACHE ??= fileURLToPath(new URL('../node_modules/.cache/node-compile', import.meta.url));
pruneCompileCache(process.env.NODE_COMPILE_CACHE);
enableCompileCache(process.env.NODE_COMPILE_CACHE);

/**
 * Each run also caches the code of its throwaway project copies (a new folder each time), which no later run reads:
 * about 25 MB a run. Past 256 MB the cache starts again; the next run compiles once what it needs.
 */
function pruneCompileCache(dir: string): void {
  if (!existsSync(dir)) return;
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const bytes = files.reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
  if (bytes > 256 * 2 ** 20) rmSync(dir, { recursive: true, force: true });
}

// Astro's Vite config lets tests render .astro components through the Container API.
// Two projects: `unit` (domain, scripts, and the build read as files) and `browser`, which builds the site for a
// sub-folder once, serves it and drives one shared Chromium (tests/browser/globalSetup.ts). Builds that files of
// either read are made once per run, when first asked for (tests/globalSetup.ts).
// Run one with `npx vitest --config tests/vitest.config.ts --project unit`.
export default getViteConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    // Two test files at a time even on two cores (vitest's default there is one): much of a slow file's time is
    // spent starting child processes and waiting on them, so one file alone leaves a core idle.
    maxWorkers: 2,
    // The slow files first, each browser file beside one that builds (tests/sequencer.ts).
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      {
        extends: true,
        // Many tests run a command in a child process; on a busy two-core machine one can take longer than
        // vitest's 5 s default, so every test gets a generous limit (the slow ones set their own, longer).
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/*.test.ts', 'tests/helpers/*.test.ts'],
          globalSetup: ['tests/globalSetup.ts'],
          testTimeout: 60_000,
          // A worker keeps the modules it has loaded from one test file to the next instead of loading them again
          // for each of about a hundred files (OpenCC's dictionaries, the schema, Astro's renderer): two thirds of
          // the unit files' CPU time went to that. The price: a test that changes a module's state undoes it, as
          // it must already for the tests after it in its own file.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/globalSetup.ts', 'tests/browser/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
