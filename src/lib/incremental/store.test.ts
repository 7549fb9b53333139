import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256 } from './deps.ts';
import { BlobStore, readManifest, writeManifest } from './store.ts';

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
