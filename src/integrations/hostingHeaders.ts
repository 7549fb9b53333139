// Writes dist/_headers after every build (npm run build, astro build) from the pure headersFile().
import { readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { HEADERS_FILE, headersFile, type SiteEntry } from '../lib/hosting.ts';
import { TRADITIONAL_DIR } from '../lib/edition.ts';

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
        const entries = await listSiteEntries(outDir);
        await writeFile(path.join(outDir, HEADERS_FILE), headersFile({ base, entries, assetsDir }));
      },
    },
  };
}

/**
 * The entries _headers describes: the top of the built site, with the Traditional edition split into its own
 * entries, because the edition mirrors the site and its search and embed folders need their own rules.
 */
export async function listSiteEntries(outDir: string): Promise<SiteEntry[]> {
  const entries: SiteEntry[] = [];
  for (const entry of await readdir(outDir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name === TRADITIONAL_DIR) {
      entries.push({ name: `${TRADITIONAL_DIR}/`, directory: false });
      for (const child of await readdir(path.join(outDir, entry.name), { withFileTypes: true })) {
        entries.push({ name: `${TRADITIONAL_DIR}/${child.name}`, directory: child.isDirectory() });
      }
    } else entries.push({ name: entry.name, directory: entry.isDirectory() });
  }
  return entries;
}
