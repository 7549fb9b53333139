import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import {
  CACHE_CONTROL,
  PLACEHOLDER_SITE,
  SECURITY_HEADERS,
  contentSecurityPolicy,
  headersFile,
  normaliseBasePath,
  readHosting,
  type SiteEntry,
} from './hosting.ts';

describe('normaliseBasePath(raw)', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/reports/daqing/', '/reports/daqing/'],
    ['reports/daqing', '/reports/daqing/'],
    ['/reports/daqing', '/reports/daqing/'],
    ['reports/daqing/', '/reports/daqing/'],
    ['//reports//daqing//', '/reports/daqing/'],
    ['  /news/ ', '/news/'],
    ['/v1.2/~x_y-z/', '/v1.2/~x_y-z/'],
  ])('%j → %j', (raw, base) => {
    expect(normaliseBasePath(raw)).toEqual({ base });
  });

  it('rejects an address given as a folder, naming SITE_URL', () => {
    expect(normaliseBasePath('https://news.example.com/reports/')).toEqual({
      error: 'BASE_PATH：应为文件夹，如 /reports/daqing/，实为网址“https://news.example.com/reports/”；网址请放在 SITE_URL，BASE_PATH 只写文件夹',
    });
  });

  it.each([
    ['/reports/大庆/', '大庆'],
    ['/reports daqing/', 'reports daqing'],
    ['/a/../b/', '..'],
    ['/a?x=1', 'a?x=1'],
    ['/a#top', 'a#top'],
    ['\\reports\\', '\\reports\\'],
  ])('rejects %j, naming the part %j', (raw, part) => {
    const result = normaliseBasePath(raw);
    expect(result).toEqual({ error: expect.stringContaining(`其中“${part}”一段不合要求`) });
    expect('error' in result && result.error.split('\n')).toHaveLength(1);
  });
});

describe('readHosting(env)', () => {
  it('defaults to the root and the documented placeholder', () => {
    expect(readHosting({})).toEqual({ ok: true, base: '/', site: PLACEHOLDER_SITE });
    expect(PLACEHOLDER_SITE).toBe('https://jindu.example.org');
  });

  it('keeps only the origin of SITE_URL', () => {
    expect(readHosting({ SITE_URL: 'https://news.example.com/' })).toEqual({ ok: true, base: '/', site: 'https://news.example.com' });
    expect(readHosting({ SITE_URL: 'http://127.0.0.1:8080' })).toEqual({ ok: true, base: '/', site: 'http://127.0.0.1:8080' });
  });

  it('accepts a SITE_URL whose folder is BASE_PATH', () => {
    expect(readHosting({ SITE_URL: 'https://news.example.com/reports/daqing', BASE_PATH: 'reports/daqing' })).toEqual({
      ok: true,
      base: '/reports/daqing/',
      site: 'https://news.example.com',
    });
  });

  it.each([
    ['news.example.com', 'SITE_URL：应为网站的公开地址，如 https://news.example.com，实为“news.example.com”'],
    ['https//news.example.com', 'SITE_URL：应为网站的公开地址，如 https://news.example.com，实为“https//news.example.com”'],
    ['ftp://news.example.com', 'SITE_URL：应为网站的公开地址，如 https://news.example.com（http 或 https），实为“ftp://news.example.com”'],
    ['https://user:pw@news.example.com', 'SITE_URL：应为网站的公开地址，如 https://news.example.com，不带用户名和密码，实为“https://user:pw@news.example.com”'],
    ['https://news.example.com/?a=1', 'SITE_URL：应为网站的公开地址，如 https://news.example.com，不带 ?查询 和 #片段，实为“https://news.example.com/?a=1”'],
    ['https://news.example.com/#', 'SITE_URL：应为网站的公开地址，如 https://news.example.com，不带 ?查询 和 #片段，实为“https://news.example.com/#”'],
    ['https://news.example.com/reports/', 'SITE_URL：地址里不要带文件夹（写 https://news.example.com），文件夹请写成 BASE_PATH=/reports/；实为“https://news.example.com/reports/”'],
  ])('rejects SITE_URL=%j in one line', (SITE_URL, line) => {
    expect(readHosting({ SITE_URL })).toEqual({ ok: false, errors: [line] });
  });

  it('rejects a SITE_URL folder that differs from BASE_PATH', () => {
    expect(readHosting({ SITE_URL: 'https://news.example.com/reports/', BASE_PATH: '/reports/daqing/' })).toEqual({
      ok: false,
      errors: ['SITE_URL：地址里不要带文件夹（写 https://news.example.com），文件夹请写成 BASE_PATH=/reports/；实为“https://news.example.com/reports/”'],
    });
  });

  it('reports both variables when both are wrong', () => {
    const result = readHosting({ SITE_URL: 'example', BASE_PATH: '/a b/' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((line) => line.split('：')[0])).toEqual(['BASE_PATH', 'SITE_URL']);
  });
});

describe('contentSecurityPolicy(frames)', () => {
  const directives = (policy: string) => new Map(policy.split('; ').map((directive) => [directive.split(' ')[0]!, directive.split(' ').slice(1)]));

  it('allows scripts and styles only as files from the site itself', () => {
    const page = directives(contentSecurityPolicy('page'));
    expect(page.get('default-src')).toEqual(["'none'"]);
    expect(page.get('script-src')).toEqual(["'self'"]);
    expect(page.get('style-src')).toEqual(["'self'"]);
    expect(page.get('base-uri')).toEqual(["'none'"]);
    expect(contentSecurityPolicy('page')).not.toMatch(/unsafe-|data:|https?:/);
  });

  it('lets any site frame an embed page and no site frame the others', () => {
    expect(directives(contentSecurityPolicy('page')).get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives(contentSecurityPolicy('embed')).get('frame-ancestors')).toEqual(['*']);
    const withoutFrames = (policy: string) => policy.replace(/; frame-ancestors .*$/, '');
    expect(withoutFrames(contentSecurityPolicy('embed'))).toBe(withoutFrames(contentSecurityPolicy('page')));
  });
});

describe('headersFile({ base, entries })', () => {
  const entries: SiteEntry[] = [
    { name: 'projects', directory: true },
    { name: '_astro', directory: true },
    { name: 'index.html', directory: false },
    { name: '404.html', directory: false },
    { name: 'favicon.svg', directory: false },
    { name: 'embed', directory: true },
    { name: '_headers', directory: false },
  ];

  async function parse(text: string): Promise<Header[]> {
    const dir = await mkdtemp(path.join(tmpdir(), 'jindu-headers-'));
    try {
      await writeFile(path.join(dir, '_headers'), text);
      const { headers, errors } = await parseAllHeaders({ headersFiles: [path.join(dir, '_headers')], configHeaders: undefined, minimal: false });
      expect(errors).toEqual([]);
      return headers as Header[];
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Every rule matching a path, as a host applies them: name → the values set for it. */
  function headersAt(rules: Header[], pathname: string): Map<string, string[]> {
    const result = new Map<string, string[]>();
    for (const rule of rules.filter((candidate) => candidate.forRegExp.test(pathname))) {
      for (const [name, value] of Object.entries(rule.values)) result.set(name, [...(result.get(name) ?? []), value]);
    }
    return result;
  }

  it('parses with Netlify’s own parser and lists the shared headers first, under the base', async () => {
    const text = headersFile({ base: '/reports/daqing/', entries });
    const rules = await parse(text);
    expect(rules[0]).toMatchObject({ for: '/reports/daqing/*', values: SECURITY_HEADERS });
    expect(rules.map((rule) => rule.for)).toEqual([
      '/reports/daqing/*',
      '/reports/daqing/',
      '/reports/daqing/_astro/*',
      '/reports/daqing/404.html',
      '/reports/daqing/embed/*',
      '/reports/daqing/favicon.svg',
      '/reports/daqing/index.html',
      '/reports/daqing/projects/*',
    ]);
    expect(text).not.toMatch(/^\/(?!reports\/daqing\/)/m);
  });

  it.each([
    ['/reports/daqing/', 'page'],
    ['/reports/daqing/index.html', 'page'],
    ['/reports/daqing/projects/', 'page'],
    ['/reports/daqing/projects/huali-bio/', 'page'],
    ['/reports/daqing/404.html', 'page'],
    ['/reports/daqing/favicon.svg', 'page'],
    ['/reports/daqing/embed/huali-bio/investment/', 'embed'],
    ['/reports/daqing/_astro/BaseLayout.Cq7lQP0n.css', 'hashed'],
  ] as const)('sends %s every header once (%s)', async (pathname, kind) => {
    const sent = headersAt(await parse(headersFile({ base: '/reports/daqing/', entries })), pathname);
    for (const [name, values] of sent) expect(values, name).toHaveLength(1);
    const single = Object.fromEntries([...sent].map(([name, values]) => [name, values[0]]));
    expect(single).toMatchObject(SECURITY_HEADERS);
    if (kind === 'hashed') {
      expect(single['Cache-Control']).toBe(CACHE_CONTROL.hashed);
      expect(single['Content-Security-Policy']).toBeUndefined();
    } else {
      expect(single['Cache-Control']).toBe(CACHE_CONTROL.page);
      expect(single['Content-Security-Policy']).toBe(contentSecurityPolicy(kind));
      expect(single['X-Frame-Options']).toBe(kind === 'page' ? 'DENY' : undefined);
    }
  });

  it('never describes the _headers file itself, and nothing outside the base', async () => {
    const rules = await parse(headersFile({ base: '/reports/daqing/', entries }));
    expect(rules.map((rule) => rule.for)).not.toContain('/reports/daqing/_headers');
    expect(headersAt(rules, '/other/page/').size).toBe(0);
  });

  it('writes root paths for a site at the root', async () => {
    const rules = await parse(headersFile({ base: '/', entries: [{ name: 'projects', directory: true }, { name: '_astro', directory: true }] }));
    expect(rules.map((rule) => rule.for)).toEqual(['/*', '/', '/_astro/*', '/projects/*']);
    expect(headersAt(rules, '/').get('Content-Security-Policy')).toEqual([contentSecurityPolicy('page')]);
    expect(headersAt(rules, '/_astro/x.css').get('Cache-Control')).toEqual([CACHE_CONTROL.hashed]);
  });

  it('gives the search page WebAssembly, and splits an edition folder so its search and embed pages get theirs', async () => {
    const nested = [
      { name: 'search', directory: true },
      { name: 'zh-hant/', directory: false },
      { name: 'zh-hant/search', directory: true },
      { name: 'zh-hant/embed', directory: true },
      { name: 'zh-hant/projects', directory: true },
    ];
    const rules = await parse(headersFile({ base: '/', entries: nested }));
    const csp = (pathname: string) => headersAt(rules, pathname).get('Content-Security-Policy');
    expect(csp('/search/')).toEqual([contentSecurityPolicy('search')]);
    expect(csp('/zh-hant/search/')).toEqual([contentSecurityPolicy('search')]);
    expect(csp('/zh-hant/embed/a/')).toEqual([contentSecurityPolicy('embed')]);
    expect(csp('/zh-hant/')).toEqual([contentSecurityPolicy('page')]);
    expect(csp('/zh-hant/projects/a/')).toEqual([contentSecurityPolicy('page')]);
    expect(contentSecurityPolicy('search')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(contentSecurityPolicy('page')).not.toContain('wasm');
  });

  it('follows a renamed assets folder', () => {
    const text = headersFile({ base: '/', entries: [{ name: 'assets', directory: true }], assetsDir: 'assets' });
    expect(text).toContain(`/assets/*\n  Cache-Control: ${CACHE_CONTROL.hashed}\n`);
  });
});
