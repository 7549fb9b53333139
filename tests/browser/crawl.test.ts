// Crawls the site built for /reports/daqing/ over HTTP, from a static server that sends the _headers file's
// headers: every page and asset a page names must load from under the base, with the headers hosts will send.
import { beforeAll, describe, expect, it } from 'vitest';
import { CACHE_CONTROL, contentSecurityPolicy, policyFor } from '../../src/lib/hosting.ts';
import { parseHtml } from '../helpers/html.ts';
import { listFiles } from '../helpers/project.ts';
import { browserSite } from './site.ts';

const site = await browserSite();
const origin = new URL(site.url).origin;

interface Fetched {
  status: number;
  type: string;
  headers: Headers;
  body: string;
  /** Where the address was found, for messages. */
  from: string;
}

/** Every address a page asks for or links to: links, stylesheets, icons, images, scripts, srcset candidates. */
function referencesIn(html: string): string[] {
  const refs: string[] = [];
  for (const element of parseHtml(html).querySelectorAll('*')) {
    for (const [name, value] of Object.entries(element.attributes)) {
      if (['href', 'src', 'xlink:href', 'poster', 'action', 'data'].includes(name.toLowerCase())) refs.push(value);
      else if (name.toLowerCase() === 'srcset') refs.push(...value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
    }
  }
  return refs.filter((ref) => ref !== '');
}

function referencesInCss(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((match) => match[2]!).filter((ref) => !ref.startsWith('data:'));
}

const fetched = new Map<string, Fetched>();
const problems: string[] = [];

beforeAll(async () => {
  // Start from every page in dist/, so pages nothing links to are checked too, then follow what they name.
  const pages = (await listFiles(site.distDir)).filter((file) => file.endsWith('.html'));
  const queue: Array<[string, string]> = pages.map((file) => [new URL(file.replace(/(^|\/)index\.html$/, '$1'), site.url).href, 'dist/']);
  while (queue.length) {
    const [address, from] = queue.shift()!;
    if (fetched.has(address)) continue;
    const response = await fetch(address, { redirect: 'manual' });
    const type = response.headers.get('content-type') ?? '';
    const body = /^(text\/|image\/svg)/.test(type) ? await response.text() : (await response.arrayBuffer(), '');
    fetched.set(address, { status: response.status, type, headers: response.headers, body, from });
    if (response.status !== 200) continue;
    const refs = type.startsWith('text/html') ? referencesIn(body) : type.startsWith('text/css') ? referencesInCss(body) : [];
    for (const ref of refs) {
      if (/^(mailto|tel):/.test(ref) || ref.startsWith('#')) continue;
      const target = new URL(ref, address);
      if (target.origin !== origin) {
        if (!/^https?:$/.test(target.protocol)) problems.push(`${address}: "${ref}" is neither a web address nor a page of the site`);
        continue;
      }
      if (type.startsWith('text/html') && !ref.startsWith('/')) problems.push(`${address}: "${ref}" is relative; it breaks on the 404 page, which is served at any depth`);
      if (!target.pathname.startsWith(site.base)) problems.push(`${address}: "${ref}" leads outside ${site.base}`);
      target.hash = '';
      queue.push([target.href, address]);
    }
  }
}, 60_000);

describe(`the site built for ${site.base}, served over HTTP`, () => {
  it('names only addresses under the base, absolute and on this site', () => {
    expect(problems).toEqual([]);
    expect(fetched.size).toBeGreaterThan(10);
  });

  it('serves everything a page names, without redirects', () => {
    const broken = [...fetched].filter(([, result]) => result.status !== 200).map(([address, result]) => `${result.status} ${address} (named by ${result.from})`);
    expect(broken).toEqual([]);
  });

  it('sends every page with the Content-Security-Policy, a short cache and nosniff', () => {
    const pages = [...fetched].filter(([, result]) => result.status === 200 && result.type.startsWith('text/html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const [address, result] of pages) {
      const folders = new URL(address).pathname.slice(site.base.length).split('/').filter(Boolean);
      const policy = folders.map((folder) => policyFor(folder)).find((kind) => kind !== 'page') ?? 'page';
      expect(result.headers.get('content-security-policy'), address).toBe(contentSecurityPolicy(policy));
      expect(result.headers.get('cache-control'), address).toBe(CACHE_CONTROL.page);
      expect(result.headers.get('x-content-type-options'), address).toBe('nosniff');
    }
  });

  it('sends hashed assets with a year-long immutable cache', () => {
    const assets = [...fetched].filter(([address]) => new URL(address).pathname.startsWith(`${site.base}_astro/`));
    expect(assets.length).toBeGreaterThan(0);
    for (const [address, result] of assets) expect(result.headers.get('cache-control'), address).toBe(CACHE_CONTROL.hashed);
  });

  it('gives every page a canonical link at SITE_URL under the base', () => {
    for (const [address, result] of fetched) {
      if (result.status !== 200 || !result.type.startsWith('text/html')) continue;
      const canonical = parseHtml(result.body).querySelector('link[rel=canonical]')?.getAttribute('href');
      const pathname = new URL(address).pathname;
      const document = parseHtml(result.body);
      if (pathname === `${site.base}404.html` || pathname === `${site.base}zh-hant/404.html`) expect(canonical, address).toBeUndefined();
      else if (/\/embed\//.test(pathname)) {
        // Chart frames for other sites' iframes stay out of search engines and name no address of their own.
        expect(canonical, address).toBeUndefined();
        expect(document.querySelector('meta[name=robots]')?.getAttribute('content'), address).toBe('noindex');
      } else expect(canonical, address).toBe(`${site.site}${pathname}`);
    }
  });

  it('answers a missing page at any depth with the 404 page, whose links all work from there', async () => {
    const response = await fetch(`${site.url}no/such/page/at/depth/`);
    expect(response.status).toBe(404);
    const refs = referencesIn(await response.text());
    expect(refs.length).toBeGreaterThan(3);
    for (const ref of refs.filter((candidate) => !candidate.startsWith('#'))) {
      expect(ref, ref).toMatch(new RegExp(`^${site.base}`));
      expect(fetched.get(new URL(ref, origin).href)?.status, ref).toBe(200);
    }
  });

  it('does not serve the host configuration file', async () => {
    expect((await fetch(`${site.url}_headers`)).status).toBe(404);
  });
});
