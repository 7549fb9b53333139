// What a page costs a reader on a phone: the bytes (gzip level 9, as a CDN would send them) of its HTML and of the
// CSS and JS it loads, and the requests it needs before the first paint. Pure over a `read` function that returns
// a built file by its URL path, so a test can hand it a tiny site.
//
// Loaded: stylesheets (<link rel=stylesheet> and their @imports), scripts (<script src>, module or not, with their
// static imports, the imports of inline modules, and <link rel=modulepreload>). Lazy, reported apart: dynamic import(), images and iframes with
// loading=lazy. Before first paint: the HTML, render-blocking stylesheets, classic scripts without async/defer,
// and eager images and iframes. Module scripts are deferred by the browser and do not block the first paint.
// Web fonts: @font-face rules in loaded CSS and <link rel=preload as=font>. The favicon is not counted.

import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export type ResourceKind = 'stylesheet' | 'script' | 'image' | 'iframe' | 'font';

export interface PageResource {
  kind: ResourceKind;
  /** As written in the page. */
  href: string;
  /** Delays the first paint (a stylesheet or a classic synchronous script). */
  blocking: boolean;
  /** Loaded only when needed (loading=lazy). */
  lazy: boolean;
}

/** The resources an HTML page references, in document order. */
export function htmlResources(html: string): PageResource[] {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
  const found: PageResource[] = [];
  for (const element of root.querySelectorAll('link[href], script, img[src], iframe[src]')) {
    const tag = element.tagName.toLowerCase();
    const attr = (name: string) => element.getAttribute(name);
    if (tag === 'script' && attr('src') === undefined) {
      // An inline module loads what it imports; an inline classic script is part of the HTML.
      if (attr('type') === 'module') for (const href of scriptImports(element.textContent).static) found.push({ kind: 'script', href, blocking: false, lazy: false });
      continue;
    }
    if (tag === 'link') {
      const rel = (attr('rel') ?? '').toLowerCase().split(/\s+/);
      const href = attr('href')!;
      if (rel.includes('stylesheet')) {
        const media = (attr('media') ?? 'all').toLowerCase();
        found.push({ kind: 'stylesheet', href, blocking: media !== 'print' && element.getAttribute('disabled') === undefined, lazy: false });
      } else if (rel.includes('modulepreload')) found.push({ kind: 'script', href, blocking: false, lazy: false });
      else if (rel.includes('preload') && attr('as') === 'font') found.push({ kind: 'font', href, blocking: false, lazy: false });
    } else if (tag === 'script') {
      const module = attr('type') === 'module';
      const deferred = module || element.getAttribute('async') !== undefined || element.getAttribute('defer') !== undefined;
      found.push({ kind: 'script', href: attr('src')!, blocking: !deferred, lazy: false });
    } else {
      const lazy = (attr('loading') ?? '').toLowerCase() === 'lazy';
      found.push({ kind: tag === 'img' ? 'image' : 'iframe', href: attr('src')!, blocking: false, lazy });
    }
  }
  return found;
}

/** Module specifiers a script imports statically (import … from, import '…', export … from) and dynamically. */
export function scriptImports(code: string): { static: string[]; dynamic: string[] } {
  const statics = new Set<string>();
  const dynamics = new Set<string>();
  // Minified output writes `import{a as b}from"./x.js"` and `import"./y.js"`; template-literal quotes too.
  for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'`])([^"'`\s]+)\1/g)) statics.add(match[2]!);
  for (const match of code.matchAll(/\bimport\s*\(\s*(["'`])([^"'`\s]+)\1\s*\)/g)) dynamics.add(match[2]!);
  return { static: [...statics], dynamic: [...dynamics] };
}

/** What a stylesheet pulls in: @import rules, and font files named by @font-face. */
export function cssReferences(css: string): { imports: string[]; fonts: string[] } {
  const imports = [...css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?\s*\)?/g)].map((match) => match[1]!);
  const fonts = [...css.matchAll(/@font-face\s*{[^}]*}/g)].flatMap((rule) => [...rule[0].matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((match) => match[1]!));
  return { imports, fonts };
}

export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

export interface PageWeight {
  /** Gzipped bytes. */
  htmlGz: number;
  cssGz: number;
  jsGz: number;
  /** Requests before the first paint, the HTML included. */
  requests: number;
  /** Web font files the page's CSS or preloads name. */
  webFonts: number;
  /** Gzipped bytes of what loads only on demand (dynamic imports; lazy images are counted, not weighed). */
  lazyJsGz: number;
  lazyRequests: number;
  /** Referenced files missing from the site (a broken build, or another origin). */
  missing: string[];
}

/** Reads a built file by its URL path (/_astro/x.css); undefined when there is none. */
export type ReadFile = (urlPath: string) => Uint8Array | undefined;

const ORIGIN = 'http://page.invalid';

function resolve(href: string, from: string): string | undefined {
  const url = new URL(href, `${ORIGIN}${from}`);
  return url.origin === ORIGIN ? url.pathname : undefined;
}

/** Weighs the page at `pagePath` (/articles/x/) as a browser would load it. */
export function measurePage(pagePath: string, read: ReadFile): PageWeight {
  const htmlPath = pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath;
  const html = read(htmlPath);
  if (!html) throw new Error(`no page at ${htmlPath}`);
  const weight: PageWeight = { htmlGz: gzipSize(html), cssGz: 0, jsGz: 0, requests: 1, webFonts: 0, lazyJsGz: 0, lazyRequests: 0, missing: [] };
  const seen = new Set<string>();
  const fonts = new Set<string>();

  const load = (href: string, from: string): { path: string; text: string } | undefined => {
    const target = resolve(href, from);
    if (target === undefined) {
      weight.missing.push(href);
      return undefined;
    }
    if (seen.has(target)) return undefined;
    seen.add(target);
    const bytes = read(target);
    if (!bytes) {
      weight.missing.push(target);
      return undefined;
    }
    return { path: target, text: new TextDecoder().decode(bytes) };
  };

  const loadCss = (href: string, from: string, blocking: boolean) => {
    const css = load(href, from);
    if (!css) return;
    weight.cssGz += gzipSize(css.text);
    if (blocking) weight.requests++;
    const references = cssReferences(css.text);
    for (const font of references.fonts) fonts.add(resolve(font, css.path) ?? font);
    for (const imported of references.imports) loadCss(imported, css.path, blocking);
  };

  const loadJs = (href: string, from: string, blocking: boolean, lazy: boolean) => {
    const js = load(href, from);
    if (!js) return;
    const size = gzipSize(js.text);
    if (lazy) {
      weight.lazyJsGz += size;
      weight.lazyRequests++;
    } else weight.jsGz += size;
    if (blocking) weight.requests++;
    const imports = scriptImports(js.text);
    // A static import of a blocking script blocks too; anything under a dynamic import is lazy.
    for (const imported of imports.static) loadJs(imported, js.path, blocking, lazy);
    for (const imported of imports.dynamic) loadJs(imported, js.path, false, true);
  };

  for (const resource of htmlResources(new TextDecoder().decode(html))) {
    if (resource.kind === 'stylesheet') loadCss(resource.href, pagePath, resource.blocking);
    else if (resource.kind === 'script') loadJs(resource.href, pagePath, resource.blocking, false);
    else if (resource.kind === 'font') fonts.add(resolve(resource.href, pagePath) ?? resource.href);
    else if (resource.lazy) weight.lazyRequests++;
    else weight.requests++;
  }
  weight.webFonts = fonts.size;
  return weight;
}

// ------------------------------------------------------------------------------------------ budgets

export const PAGE_TYPES = ['home', 'article', 'project', 'projects list', 'data'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface Budget {
  /** HTML + CSS + JS, gzipped, in KB (1,024 bytes). */
  totalKB: number;
  jsKB: number;
  webFonts: number;
  requests: number;
}

/**
 * Article: the budget. The others: a home page and the data documentation are text pages like an article;
 * a project page carries several inline SVG charts, so it gets a third more; the projects list is one table of
 * every project, which a phone on a slow link should still get in one go (100 KB, about two seconds at 400 kbit/s).
 */
export const BUDGETS: Record<PageType, Budget> = {
  home: { totalKB: 60, jsKB: 10, webFonts: 0, requests: 6 },
  article: { totalKB: 60, jsKB: 10, webFonts: 0, requests: 6 },
  project: { totalKB: 80, jsKB: 10, webFonts: 0, requests: 6 },
  'projects list': { totalKB: 100, jsKB: 10, webFonts: 0, requests: 6 },
  data: { totalKB: 60, jsKB: 10, webFonts: 0, requests: 6 },
};

export interface BudgetCheck {
  totalKB: number;
  pass: { total: boolean; js: boolean; webFonts: boolean; requests: boolean };
  /** Every limit kept. */
  ok: boolean;
}

export function checkBudget(weight: PageWeight, budget: Budget): BudgetCheck {
  const totalKB = (weight.htmlGz + weight.cssGz + weight.jsGz) / 1024;
  const pass = {
    total: totalKB <= budget.totalKB,
    js: weight.jsGz / 1024 <= budget.jsKB,
    webFonts: weight.webFonts <= budget.webFonts,
    requests: weight.requests <= budget.requests,
  };
  return { totalKB: Math.round(totalKB * 10) / 10, pass, ok: Object.values(pass).every(Boolean) };
}
