import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256 } from './deps.ts';
import { BlobStore, readManifest, saveStamps, stampsFileOf, writeManifest } from './store.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'jindu-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('BlobStore', () => {
  it('gives back what it stored, and nothing for a file whose bytes were changed or removed', async () => {
    const blobs = new BlobStore(path.join(dir, 'blobs'));
    const hash = await blobs.put(new TextEncoder().encode('页面'));
    expect(hash).toBe(sha256('页面'));
    const fresh = new BlobStore(path.join(dir, 'blobs'));
    expect((await fresh.get(hash))?.toString()).toBe('页面');
    await writeFile(path.join(dir, 'blobs', hash.slice(0, 2), hash.slice(2)), '页面!');
    expect(await new BlobStore(path.join(dir, 'blobs')).get(hash)).toBeUndefined();
    expect(await new BlobStore(path.join(dir, 'blobs')).place(hash, path.join(dir, 'site', 'a.html'))).toBe(false);
    await rm(path.join(dir, 'blobs', hash.slice(0, 2)), { recursive: true });
    expect(await new BlobStore(path.join(dir, 'blobs')).get(hash)).toBeUndefined();
    expect(await new BlobStore(path.join(dir, 'blobs')).get('../../etc/passwd')).toBeUndefined();
  });

  it('places a stored file in the site, and prunes what a build did not use', async () => {
    const blobs = new BlobStore(path.join(dir, 'blobs'));
    const kept = await blobs.put(new TextEncoder().encode('kept'));
    const dropped = await blobs.put(new TextEncoder().encode('dropped'));
    const next = new BlobStore(path.join(dir, 'blobs'));
    expect(await next.place(kept, path.join(dir, 'site', 'x', 'index.html'))).toBe(true);
    expect(await readFile(path.join(dir, 'site', 'x', 'index.html'), 'utf8')).toBe('kept');
    expect(await next.prune()).toBe(1);
    expect(await next.get(dropped)).toBeUndefined();
  });
});

describe('stamps', () => {
  const fileOf = (hash: string) => path.join(dir, 'blobs', hash.slice(0, 2), hash.slice(2));

  it('copies a stamped file as long as it is untouched, and checks its bytes again once it is not', async () => {
    const blobs = new BlobStore(path.join(dir, 'blobs'));
    const kept = await blobs.put(new TextEncoder().encode('页面一'));
    const other = await blobs.put(new TextEncoder().encode('页面二'));
    await saveStamps(blobs.dir, new Set([kept]), [blobs.stamped]);
    const saved = await readManifest<Record<string, string>>(stampsFileOf(blobs.dir), 'stamps');
    expect(Object.keys(saved ?? {})).toEqual([kept]);

    const next = new BlobStore(path.join(dir, 'blobs'));
    await next.loadStamps();
    expect(await next.place(kept, path.join(dir, 'site', 'a.html'))).toBe(true);
    expect(await readFile(path.join(dir, 'site', 'a.html'), 'utf8')).toBe('页面一');
    expect(await next.place(other, path.join(dir, 'site', 'b.html'))).toBe(true);

    // Damaged with bytes of the same length and its modification time set back: the change time still gives it away.
    const reference = path.join(dir, 'reference');
    await writeFile(reference, '');
    execFileSync('touch', ['-r', fileOf(kept), reference]);
    await writeFile(fileOf(kept), '页面三');
    execFileSync('touch', ['-r', reference, fileOf(kept)]);
    expect((await stat(fileOf(kept), { bigint: true })).mtimeNs).toBe((await stat(reference, { bigint: true })).mtimeNs);
    const later = new BlobStore(path.join(dir, 'blobs'));
    await later.loadStamps();
    expect(await later.intact(kept)).toBe(false);
    expect(await later.place(kept, path.join(dir, 'site', 'c.html'))).toBe(false);
    // Within one build too: a file stamped moments ago and then changed is not copied.
    expect(await next.place(kept, path.join(dir, 'site', 'd.html'))).toBe(false);
  });
});

describe('manifests', () => {
  it('reads back what was written with the same salt only, and nothing from a damaged file', async () => {
    const file = path.join(dir, 'pages.json');
    await writeManifest(file, 'code-1', { '/': 'abc' });
    expect(await readManifest(file, 'code-1')).toEqual({ '/': 'abc' });
    expect(await readManifest(file, 'code-2')).toBeUndefined();
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('abc', 'abd'));
    expect(await readManifest(file, 'code-1')).toBeUndefined();
    await writeFile(file, text.slice(0, 20));
    expect(await readManifest(file, 'code-1')).toBeUndefined();
    expect(await readManifest(path.join(dir, 'missing.json'), 'code-1')).toBeUndefined();
  });
});
