import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudget, cssReferences, gzipSize, htmlResources, measurePage, scriptImports, type PageWeight } from './pageWeight.ts';

// A tiny built site: one page loading a bit of everything a page can load.
const PAGE = `<!DOCTYPE html><html><head>
<link rel="icon" href="/favicon.svg">
<link rel="stylesheet" href="/_astro/site.css">
<link rel="stylesheet" href="/_astro/print.css" media="print">
<link rel="modulepreload" href="/_astro/shared.js">
<script src="/legacy.js"></script>
<script async src="/stats.js"></script>
<script type="module" src="/_astro/page.js"></script>
</head><body>
<img src="/logo.png" alt="">
<img src="/photo.jpg" loading="lazy" alt="">
<iframe src="/embed/chart/" loading="lazy"></iframe>
<script type="module">import "/_astro/inline-dep.js";</script>
</body></html>`;

const FILES: Record<string, string> = {
  '/articles/a/index.html': PAGE,
  '/_astro/site.css': '@import "./base.css"; body { color: #222 }',
  '/_astro/base.css': 'html { font: 16px/1.6 system-ui }',
  '/_astro/print.css': '@font-face { font-family: X; src: url("./x.woff2") format("woff2") } body { color: #000 }',
  '/_astro/shared.js': 'export const a=1;',
  '/legacy.js': 'window.legacy=true;',
  '/stats.js': 'console.log(1);',
  '/_astro/page.js': 'import{a as b}from"./shared.js";import"./effects.js";const lazy=()=>import("./later.js");',
  '/_astro/effects.js': 'document.body.dataset.ready="";',
  '/_astro/later.js': 'export default function later(){return 42}',
  '/_astro/inline-dep.js': 'export const inline=true;',
};

const read = (urlPath: string) => (urlPath in FILES ? new TextEncoder().encode(FILES[urlPath]) : undefined);
const gz = (...paths: string[]) => paths.reduce((sum, path) => sum + gzipSize(FILES[path]!), 0);

describe('htmlResources(html)', () => {
  it('lists stylesheets, scripts, images and iframes, which block the first paint, and which are lazy', () => {
    expect(htmlResources(PAGE)).toEqual([
      { kind: 'stylesheet', href: '/_astro/site.css', blocking: true, lazy: false },
      { kind: 'stylesheet', href: '/_astro/print.css', blocking: false, lazy: false },
      { kind: 'script', href: '/_astro/shared.js', blocking: false, lazy: false },
      { kind: 'script', href: '/legacy.js', blocking: true, lazy: false },
      { kind: 'script', href: '/stats.js', blocking: false, lazy: false },
      { kind: 'script', href: '/_astro/page.js', blocking: false, lazy: false },
      { kind: 'image', href: '/logo.png', blocking: false, lazy: false },
      { kind: 'image', href: '/photo.jpg', blocking: false, lazy: true },
      { kind: 'iframe', href: '/embed/chart/', blocking: false, lazy: true },
      { kind: 'script', href: '/_astro/inline-dep.js', blocking: false, lazy: false },
    ]);
  });
});

describe('scriptImports(code)', () => {
  it('finds static imports and re-exports in minified and spaced code, and dynamic imports apart', () => {
    expect(scriptImports('import{a as b}from"./x.js";import"./y.js";export{c}from\'./z.js\';export*from`./w.js`;const l=()=>import("./lazy.js")')).toEqual({
      static: ['./x.js', './y.js', './z.js', './w.js'],
      dynamic: ['./lazy.js'],
    });
    expect(scriptImports('import * as d3 from "./d3.js";\nimport def, { named } from "./mod.js";')).toEqual({ static: ['./d3.js', './mod.js'], dynamic: [] });
  });

  it('ignores the word import inside strings and identifiers', () => {
    expect(scriptImports('const s="import";reimport("./x.js");export{a};')).toEqual({ static: [], dynamic: [] });
  });
});

describe('cssReferences(css)', () => {
  it('finds @import rules and the font files of @font-face rules, not other url()s', () => {
    expect(cssReferences('@import url("a.css"); @import \'b.css\'; @font-face{font-family:F;src:url(f.woff2) format("woff2"),url(\'f.woff\')} body{background:url(bg.png)}')).toEqual({
      imports: ['a.css', 'b.css'],
      fonts: ['f.woff2', 'f.woff'],
    });
  });
});

describe('measurePage(path, read)', () => {
  const weight = measurePage('/articles/a/', read);

  it('weighs the HTML, the CSS it loads with its imports, and the JS with its static imports, gzipped at level 9', () => {
    expect(weight.htmlGz).toBe(gzipSize(PAGE));
    expect(weight.cssGz).toBe(gz('/_astro/site.css', '/_astro/base.css', '/_astro/print.css'));
    expect(weight.jsGz).toBe(gz('/_astro/shared.js', '/legacy.js', '/stats.js', '/_astro/page.js', '/_astro/effects.js', '/_astro/inline-dep.js'));
  });

  it('counts requests before the first paint: the HTML, blocking CSS and its import, sync scripts, eager images', () => {
    // page.html, site.css, base.css, legacy.js, logo.png
    expect(weight.requests).toBe(5);
  });

  it('keeps dynamic imports and lazy images and iframes apart', () => {
    expect(weight.lazyJsGz).toBe(gz('/_astro/later.js'));
    expect(weight.lazyRequests).toBe(3);
  });

  it('finds web fonts even in a stylesheet that does not block', () => {
    expect(weight.webFonts).toBe(1);
  });

  it('reports scripts and stylesheets the page names but the site lacks, or that live on another origin', () => {
    expect(weight.missing).toEqual([]);
    const broken = measurePage('/b/', (path) => (path === '/b/index.html' ? new TextEncoder().encode('<link rel="stylesheet" href="gone.css"><script src="https://cdn.example/x.js"></script>') : undefined));
    expect(broken.missing).toEqual(['/b/gone.css', 'https://cdn.example/x.js']);
    expect(broken.requests).toBe(1);
  });

  it('loads a file named twice once', () => {
    const twice = measurePage('/c/', (path) =>
      path === '/c/index.html' ? new TextEncoder().encode('<link rel="stylesheet" href="/s.css"><link rel="stylesheet" href="../s.css">') : path === '/s.css' ? new TextEncoder().encode('p{margin:0}') : undefined,
    );
    expect(twice.cssGz).toBe(gzipSize('p{margin:0}'));
    expect(twice.requests).toBe(2);
  });

  it('refuses a page that is not there', () => {
    expect(() => measurePage('/nowhere/', read)).toThrow('no page at /nowhere/index.html');
  });
});

describe('checkBudget(weight, budget)', () => {
  const weight = (overrides: Partial<PageWeight>): PageWeight => ({ htmlGz: 20 * 1024, cssGz: 10 * 1024, jsGz: 5 * 1024, requests: 3, webFonts: 0, lazyJsGz: 0, lazyRequests: 0, missing: [], ...overrides });

  it('passes an article within 60 KB, 10 KB of JS, no web font and 6 requests', () => {
    expect(checkBudget(weight({}), BUDGETS.article)).toEqual({ totalKB: 35, pass: { total: true, js: true, webFonts: true, requests: true }, ok: true });
    expect(checkBudget(weight({ htmlGz: 45 * 1024, jsGz: 5 * 1024 }), BUDGETS.article).ok).toBe(true);
  });

  it('fails each limit on its own', () => {
    expect(checkBudget(weight({ htmlGz: 46 * 1024 }), BUDGETS.article).pass).toEqual({ total: false, js: true, webFonts: true, requests: true });
    expect(checkBudget(weight({ jsGz: 11 * 1024 }), BUDGETS.article).pass.js).toBe(false);
    expect(checkBudget(weight({ webFonts: 1 }), BUDGETS.article).pass.webFonts).toBe(false);
    expect(checkBudget(weight({ requests: 7 }), BUDGETS.article)).toMatchObject({ ok: false, pass: { requests: false } });
  });
});
