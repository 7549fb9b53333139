// Pages kept between builds, so a build renders only the pages whose inputs changed.
//
// Each page Astro renders is stored (node_modules/.astro/jindu/, src/lib/incremental/store.ts) with what it was made
// from: the route's cacheKey (which items its props hold, src/lib/incremental/propsKey.ts) and the names of the data
// it read (src/lib/incremental/track.ts), each with its fingerprint then. The next build serves the stored bytes
// when the cacheKey is the same and every name still has the same fingerprint (src/lib/incremental/deps.ts), and
// renders the page otherwise. Everything else a page could depend on (the code, the packages, the Node version,
// SITE_URL and BASE_PATH) is in the salt: when any of it changes, no page is served from the cache.
//
// Why not Astro's own incremental build (experimental.incrementalBuild, 7.2+)? It keys a page on its cacheKey and a
// hash of the modules it imports. Our pages import the dataset as a module (so editing one project would re-render
// every page), read the build date from the environment (which no hash sees, so a status that changes with the date
// would stay stale), and a page it skips never reaches the prerenderer that writes its Traditional twin and indexes
// it. It also restores cached files without checking them, so a damaged cache would publish damaged pages.

import path from 'node:path';
import type { RouteData } from 'astro';
import { Fingerprints } from '../lib/incremental/deps.ts';
import { eachLimited } from '../lib/incremental/eachLimited.ts';
import { BlobStore, readManifest, writeManifest } from '../lib/incremental/store.ts';

export interface CachedPage {
  /** The route's cacheKey, '' for a route without parameters. */
  key: string;
  /** What the page read. */
  deps: string[];
  /** Their fingerprints together, when it was made. */
  digest: string;
  /** The page's bytes, by hash in the blob store. */
  body: string;
  status: number;
  type: string;
}

type Pages = Record<string, CachedPage>;

/** A page's address as a key, the same whether it comes from getStaticPaths or the request Astro builds from it. */
export function pageKey(pathname: string, base: string): string {
  let key = decodeURI(pathname);
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  if (prefix && (key === prefix || key.startsWith(`${prefix}/`))) key = key.slice(prefix.length);
  key = key.replace(/\/index\.html$/, '/').replace(/\.html$/, '');
  if (key.length > 1) key = key.replace(/\/+$/, '');
  return key.startsWith('/') ? key : `/${key}`;
}

/**
 * Where Astro writes a page or file (build.format 'directory'): articles/x/index.html, cards/x.png, 404.html, from the
 * path listed or requested. Undefined for a route type it does not write as one file (redirects).
 */
export function outputFileOf(pathname: string, base: string, routeType: string): string | undefined {
  const key = pageKey(pathname, base);
  if (routeType === 'endpoint') return key.slice(1);
  if (routeType !== 'page') return undefined;
  if (key === '/404' || key === '/500') return `${key.slice(1)}.html`;
  return key === '/' ? 'index.html' : `${key.slice(1)}/index.html`;
}

/** A page this build serves from the cache, and where in the site it goes. */
export interface ServedPage {
  page: string;
  entry: CachedPage;
  target: string;
}

export class PageCache {
  private readonly next: Pages = {};
  private readonly served = new Map<string, ServedPage>();
  private readonly keys = new Map<string, string | undefined>();
  private fingerprints: Fingerprints | undefined;
  readonly rendered: string[] = [];
  readonly restored: string[] = [];

  private readonly blobs: BlobStore;
  private readonly file: string;
  private readonly salt: string;
  private readonly previous: Pages;
  private readonly base: string;
  /** Render every page served from the cache too, and fail if it differs (tests: proves no page was stale). */
  private readonly verify: boolean;

  private constructor(blobs: BlobStore, file: string, salt: string, previous: Pages, base: string, verify: boolean) {
    this.blobs = blobs;
    this.file = file;
    this.salt = salt;
    this.previous = previous;
    this.base = base;
    this.verify = verify;
  }

  static async open(cacheDir: string, salt: string, base: string, verify = false): Promise<PageCache> {
    const file = path.join(cacheDir, 'pages.json');
    const previous = (await readManifest<Pages>(file, salt)) ?? {};
    const blobs = new BlobStore(path.join(cacheDir, 'blobs'));
    await blobs.loadStamps();
    return new PageCache(blobs, file, salt, previous, base, verify);
  }

  /** Whether the last build left pages to serve. */
  get warm(): boolean {
    return Object.keys(this.previous).length > 0;
  }

  get store(): BlobStore {
    return this.blobs;
  }

  setFingerprints(fingerprints: Fingerprints): void {
    this.fingerprints = fingerprints;
  }

  /** The paths Astro will render, with their routes' cacheKeys. */
  setPaths(paths: ReadonlyArray<{ pathname: string; route: RouteData; cacheKey?: string | undefined }>): void {
    for (const { pathname, route, cacheKey } of paths) {
      // A route with parameters chose its props when it listed its paths: without a key for them it is not cached.
      this.keys.set(pageKey(pathname, this.base), route.params.length === 0 ? (cacheKey ?? '') : cacheKey);
    }
  }

  private keyOf(url: string): { page: string; key: string | undefined } {
    const page = pageKey(new URL(url).pathname, this.base);
    return { page, key: this.keys.get(page) };
  }

  /** The stored page, when nothing it was made from has changed. */
  private entryOf(page: string): CachedPage | undefined {
    const key = this.keys.get(page);
    const entry = this.previous[page];
    if (!entry || key === undefined || entry.key !== key || !this.fingerprints) return undefined;
    if (this.fingerprints.digest(entry.deps) !== entry.digest) return undefined;
    return entry;
  }

  /** The stored page for `url` when nothing it was made from has changed (verify mode compares it with a rendering). */
  lookup(url: string): CachedPage | undefined {
    return this.entryOf(this.keyOf(url).page);
  }

  /**
   * Decides, once the paths are listed and before any is rendered, which pages this build serves from the cache:
   * those whose inputs are unchanged and whose stored file is intact (src/lib/incremental/store.ts). In verify mode,
   * none: every page is rendered and compared.
   */
  async choose(paths: ReadonlyArray<{ pathname: string; route: RouteData }>, targetOf: (pathname: string, route: RouteData) => string | undefined): Promise<ServedPage[]> {
    if (this.verify) return [];
    const candidates = paths.flatMap(({ pathname, route }) => {
      const page = pageKey(pathname, this.base);
      const entry = this.entryOf(page);
      const target = entry && targetOf(pathname, route);
      return entry && target ? [{ page, entry, target }] : [];
    });
    await eachLimited(candidates, 16, async (candidate) => {
      if (await this.blobs.intact(candidate.entry.body)) this.served.set(candidate.page, candidate);
    });
    return candidates.filter((candidate) => this.served.has(candidate.page));
  }

  /** The page at `url` when this build serves it from the cache. */
  servedAt(url: string): ServedPage | undefined {
    return this.served.get(this.keyOf(url).page);
  }

  /** Copies the chosen pages into the site (by the kernel, see BlobStore.place), `limit` at a time. */
  async restore(pages: readonly ServedPage[], stop: () => boolean): Promise<void> {
    await eachLimited(pages, 8, async ({ page, entry, target }) => {
      if (stop()) return;
      // Checked moments ago in choose(): only a cache changed under the running build gets here.
      if (!(await this.blobs.place(entry.body, target))) throw new Error(`页面缓存：${page} 的缓存文件在构建过程中被改动或删除（${this.blobs.dir}）；请重新构建。`);
      this.next[page] = entry;
      this.restored.push(page);
    });
  }

  /** The bytes of a stored page (verify mode compares them with a fresh rendering). */
  bytesOf(entry: CachedPage): Promise<Buffer | undefined> {
    return this.blobs.get(entry.body);
  }

  /** Stores a page just rendered; resolves with the hash its bytes are kept under, undefined when not cached. */
  async save(url: string, deps: ReadonlySet<string>, bytes: Uint8Array, status: number, type: string): Promise<string | undefined> {
    const { page, key } = this.keyOf(url);
    this.rendered.push(page);
    const digest = this.fingerprints?.digest(deps);
    if (key === undefined || digest === undefined || (status >= 300 && status < 400)) return undefined;
    const body = await this.blobs.put(bytes);
    this.next[page] = { key, deps: [...deps].sort(), digest, body, status, type };
    return body;
  }

  /** In verify mode, a page served from the cache that a fresh rendering contradicts is an error. */
  get verifying(): boolean {
    return this.verify;
  }

  /** Writes the manifest of this build's pages: pages no longer built drop out. */
  async finish(): Promise<void> {
    await writeManifest(this.file, this.salt, this.next);
  }

  /** Every stored file this build's pages use. */
  usedBlobs(): Set<string> {
    return new Set(Object.values(this.next).map((entry) => entry.body));
  }
}
