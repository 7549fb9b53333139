import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSettings, recordSite, siteUpToDate } from './upToDate.ts';
import { inputsFingerprint } from './code.ts';

/** What the content check said when the site was built. */
const CHECK = { lines: ['content/articles/a.md:3:1  warning  摘要过长  docs/rules.md#summary-length'], warnings: 1 };

let dir: string;
let site: string;
let cache: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'jindu-uptodate-'));
  site = path.join(dir, 'dist');
  cache = path.join(dir, 'cache');
  await mkdir(path.join(site, 'articles', 'a'), { recursive: true });
  await writeFile(path.join(site, 'index.html'), '<h1>首页</h1>');
  await writeFile(path.join(site, 'articles', 'a', 'index.html'), '<h1>文章</h1>');
  await recordSite(cache, site, 'inputs-1', CHECK);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('whether a site is what a build would write', () => {
  it('is when the inputs are those recorded and the site is untouched, and says what the check said then', async () => {
    expect(await siteUpToDate(cache, site, 'inputs-1')).toEqual(CHECK);
  });

  it('is not for other inputs, another folder or without a record', async () => {
    expect(await siteUpToDate(cache, site, 'inputs-2')).toBeUndefined();
    expect(await siteUpToDate(cache, path.join(dir, 'other'), 'inputs-1')).toBeUndefined();
    expect(await siteUpToDate(path.join(dir, 'no-cache'), site, 'inputs-1')).toBeUndefined();
  });

  it('is not once a file of the site is changed, touched, added or deleted', async () => {
    const page = path.join(site, 'articles', 'a', 'index.html');
    await writeFile(page, '<h1>改过</h1>');
    expect(await siteUpToDate(cache, site, 'inputs-1')).toBeUndefined();

    await recordSite(cache, site, 'inputs-1', CHECK);
    await utimes(page, new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(await siteUpToDate(cache, site, 'inputs-1')).toBeUndefined();

    await recordSite(cache, site, 'inputs-1', CHECK);
    await writeFile(path.join(site, 'extra.html'), '');
    expect(await siteUpToDate(cache, site, 'inputs-1')).toBeUndefined();

    await recordSite(cache, site, 'inputs-1', CHECK);
    await rm(page);
    expect(await siteUpToDate(cache, site, 'inputs-1')).toBeUndefined();

    await rm(site, { recursive: true });
    expect(await siteUpToDate(cache, site, 'inputs-1')).toBeUndefined();
  });

  it('is not when the record is damaged', async () => {
    const records = path.join(cache, 'built');
    const { readdir } = await import('node:fs/promises');
    const [name] = await readdir(records);
    const record = JSON.parse(await readFile(path.join(records, name!), 'utf8')) as Record<string, unknown>;
    await writeFile(path.join(records, name!), JSON.stringify({ ...record, check: { lines: 'x', warnings: 1 } }));
    expect(await siteUpToDate(cache, site, 'inputs-1')).toBeUndefined();
    await writeFile(path.join(records, name!), '{"inputs":');
    expect(await siteUpToDate(cache, site, 'inputs-1')).toBeUndefined();
  });
});

describe("a build's inputs", () => {
  it('include the date, the folder and the settings read from the environment, and nothing else from it', () => {
    const base = buildSettings({ SITE_URL: 'https://example.org', HOME: '/root', JINDU_TODAY: '2026-01-01' }, '/x/dist', '2026-01-01');
    expect(base).toEqual({ outDir: '/x/dist', today: '2026-01-01', 'env SITE_URL': 'https://example.org', 'env JINDU_TODAY': '2026-01-01' });
    expect(buildSettings({}, '/x/dist', '2026-01-02').today).toBe('2026-01-02');
  });

  it('change with an article, a static file or a build script, and not with the site or the cache', async () => {
    const project = path.join(dir, 'project');
    for (const folder of ['content/articles', 'public', 'scripts', 'src', 'node_modules/.astro']) await mkdir(path.join(project, folder), { recursive: true });
    await writeFile(path.join(project, 'content', 'articles', 'a.md'), '# 甲');
    const first = await inputsFingerprint(project, {});
    await mkdir(path.join(project, 'dist'), { recursive: true });
    await writeFile(path.join(project, 'dist', 'index.html'), 'x');
    await writeFile(path.join(project, 'node_modules', '.astro', 'cache.json'), '{}');
    expect(await inputsFingerprint(project, {})).toBe(first);
    for (const file of ['content/articles/a.md', 'public/robots.txt', 'scripts/build.ts', 'src/x.ts', 'package.json']) {
      const before = await inputsFingerprint(project, {});
      await writeFile(path.join(project, file), `changed ${file}`);
      expect(await inputsFingerprint(project, {}), file).not.toBe(before);
    }
    expect(await inputsFingerprint(project, { today: '2026-01-02' })).not.toBe(await inputsFingerprint(project, { today: '2026-01-03' }));
  });
});
