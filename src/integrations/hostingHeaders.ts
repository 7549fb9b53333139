// Writes dist/_headers after every build (npm run build, astro build) from the pure headersFile().
import { readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { HEADERS_FILE, headersFile } from '../lib/hosting.ts';

export function hostingHeaders(): AstroIntegration {
  let base = '/';
  let assetsDir = '_astro';
  return {
    name: 'jindu:hosting-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        assetsDir = config.build.assets;
      },
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const entries = (await readdir(outDir, { withFileTypes: true })).map((entry) => ({ name: entry.name, directory: entry.isDirectory() }));
        await writeFile(path.join(outDir, HEADERS_FILE), headersFile({ base, entries, assetsDir }));
      },
    },
  };
}
