// Whether a site is already what a build would write: the build's inputs (src/lib/incremental/code.ts) are those of
// the last build that put this site in place, and the site's files are the ones it put there (same names, sizes and
// modification times). Then a build has nothing to do, and `npm run build` says so instead of running Astro.
// Anything else (another input, another date, a file changed, added or deleted in the site, a missing or damaged
// record) and the build runs in full: the record can only save time, never keep a stale site. The record also keeps
// what the content check said: the same inputs (content, code, date) make the same messages, so an up-to-date build
// repeats them without checking again.

import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from './deps.ts';
import { eachLimited } from './eachLimited.ts';
import { writeAtomically } from './store.ts';

/** Every setting a build reads from its environment, and the date and folder it builds for. */
export function buildSettings(env: Readonly<Record<string, string | undefined>>, outDir: string, today: string): Record<string, string> {
  const settings: Record<string, string> = { outDir: path.resolve(outDir), today };
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && /^(?:JINDU_|PUBLIC_|ASTRO_|SITE_URL$|BASE_PATH$|TRADITIONAL_REGION$)/.test(name)) settings[`env ${name}`] = value;
  }
  return settings;
}

/** What the content check printed for these inputs (one line per message) and how many warnings it counted. */
export interface CheckRecord {
  lines: string[];
  warnings: number;
}

interface BuiltRecord {
  inputs: string;
  site: string;
  check: CheckRecord;
}

/** Files looked at together. */
const AT_ONCE = 64;

/** The names, sizes and modification times of every file under `dir`, hashed; undefined when it cannot be read. */
export async function siteListing(dir: string): Promise<string | undefined> {
  try {
    const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => !entry.isDirectory()).map((entry) => path.join(entry.parentPath, entry.name));
    const lines: string[] = new Array(files.length);
    await eachLimited(files, AT_ONCE, async (file, index) => {
      const info = await stat(file);
      lines[index] = `${path.relative(dir, file)}\t${info.size}\t${info.mtimeMs}`;
    });
    if (!lines.length) return undefined;
    return sha256(lines.sort().join('\n'));
  } catch {
    return undefined;
  }
}

/** Where the record of the site at `outDir` is kept: one file per output folder. */
function recordFile(cacheDir: string, outDir: string): string {
  return path.join(cacheDir, 'built', `${sha256(path.resolve(outDir)).slice(0, 32)}.json`);
}

function isCheckRecord(value: unknown): value is CheckRecord {
  const check = value as CheckRecord | undefined;
  return Array.isArray(check?.lines) && check.lines.every((line) => typeof line === 'string') && Number.isInteger(check.warnings);
}

/**
 * What the content check said when the site at `outDir` was built from exactly `inputs`, when it was and has not
 * been touched since; undefined otherwise.
 */
export async function siteUpToDate(cacheDir: string, outDir: string, inputs: string): Promise<CheckRecord | undefined> {
  let record: BuiltRecord;
  try {
    record = JSON.parse(await readFile(recordFile(cacheDir, outDir), 'utf8')) as BuiltRecord;
  } catch {
    return undefined;
  }
  if (record.inputs !== inputs || !isCheckRecord(record.check)) return undefined;
  return record.site === (await siteListing(outDir)) ? record.check : undefined;
}

/** Records that the site now at `outDir` was built from `inputs` (after it is in place), and what the check said. */
export async function recordSite(cacheDir: string, outDir: string, inputs: string, check: CheckRecord): Promise<void> {
  const site = await siteListing(outDir);
  if (!site) return;
  await writeAtomically(recordFile(cacheDir, outDir), JSON.stringify({ inputs, site, check } satisfies BuiltRecord));
}
