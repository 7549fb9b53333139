// The Traditional-script edition: every built page converted (traditional.ts: OpenCC's phrase-level conversion
// for Taiwan, or Hong Kong, names kept character by character) and published under /zh-hant/, its links kept
// inside the edition, with the page's address in each edition declared both ways (hreflang), a line under the
// header saying the edition is converted automatically, and the editor's note of an article saying so too.
// Converting the built HTML, rather than rendering every route twice, means no page, chart label or table can be
// left unconverted.

import { SEARCH_INDEX_DIR } from './hosting.ts';
import { escapeXml } from './safety/xml.ts';
import { fill } from './template.ts';
import { TRADITIONAL_REGIONS, type TraditionalConverter } from './traditional.ts';

export const TRADITIONAL_DIR = 'zh-hant';

export interface Edition {
  lang: 'zh-Hans' | 'zh-Hant';
  /** Open Graph locale. */
  ogLocale: string;
  /** The switch's label, always written in the script it leads to. */
  label: string;
}

export const SIMPLIFIED: Edition = { lang: 'zh-Hans', ogLocale: 'zh_CN', label: '简体' };
export const TRADITIONAL: Edition = { lang: 'zh-Hant', ogLocale: 'zh_TW', label: '繁體' };

/** A path inside the site (after the base) that is a page rather than a file: '', 'projects/', 'a/b/'. */
export function isPagePath(pathAfterBase: string): boolean {
  const withoutQuery = pathAfterBase.split(/[?#]/)[0] ?? '';
  return withoutQuery === '' || withoutQuery.endsWith('/');
}

/**
 * Feeds and the search index exist once per edition (each edition searches its own script); every other file
 * (styles, scripts, downloads, images) is shared.
 */
export const EDITION_FEEDS = ['rss.xml', 'updates.xml'] as const;
const EDITION_FILES = new Set<string>(EDITION_FEEDS);
const EDITION_FOLDERS = [`${SEARCH_INDEX_DIR}/`];

/** The Traditional edition's address for a root-relative path under the base, or the path itself for shared files. */
export function traditionalHref(href: string, base: string): string {
  if (!href.startsWith(base)) return href;
  const rest = href.slice(base.length);
  if (rest.startsWith(`${TRADITIONAL_DIR}/`) || rest === TRADITIONAL_DIR) return href;
  const file = rest.split(/[?#]/)[0] ?? '';
  if (isPagePath(rest) || EDITION_FILES.has(file) || EDITION_FOLDERS.some((folder) => rest.startsWith(folder))) return `${base}${TRADITIONAL_DIR}/${rest}`;
  return href;
}

/**
 * The file under dist/ that holds the page at a root-relative path (Astro's `directory` build format):
 * '/a/b/' → 'a/b/index.html', '/' → 'index.html', '/404' or '/404.html' → '404.html'. Undefined outside the base.
 */
export function builtPageFile(pathname: string, base: string): string | undefined {
  const path = decodeURI(pathname);
  if (!path.startsWith(base)) return undefined;
  const rest = path.slice(base.length);
  if (rest === '' || rest.endsWith('/')) return `${rest}index.html`;
  return rest.endsWith('.html') ? rest : `${rest}.html`;
}

/** The same for an absolute URL on this site (canonical links, feed links). */
export function traditionalUrl(url: string, siteAndBase: string): string {
  if (!url.startsWith(siteAndBase)) return url;
  const { origin, pathname: base } = new URL(siteAndBase);
  return `${origin}${traditionalHref(url.slice(origin.length), base)}`;
}

/** The Simplified page a Traditional page was made from: '/zh-hant/projects/' → '/projects/'. */
export function simplifiedHref(href: string, base: string): string {
  const prefix = `${base}${TRADITIONAL_DIR}/`;
  return href.startsWith(prefix) ? `${base}${href.slice(prefix.length)}` : href;
}

export interface ConvertOptions {
  /** The site's base path, '/' or '/a/b/'. */
  base: string;
  /** The site's origin and base, 'https://news.example.com/reports/daqing/'. */
  siteAndBase: string;
  converter: TraditionalConverter;
  /** Reader-facing lines in Simplified ({region} is filled in and the line converted with the page). */
  strings: EditionStrings;
}

export interface EditionStrings {
  /** Under every page's header. */
  notice: string;
  /** Added to an article's editor's note (the aside marked data-editor-note). */
  editorNote: string;
}

/** Where BaseLayout's header ends: the edition's notice goes right after it. */
const HEADER_END = '</header>';
const EDITOR_NOTE = /(<aside\b[^>]*\bdata-editor-note\b[^>]*>[\s\S]*?)(<\/aside>)/;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const SWITCH = /<a\b[^>]*\bdata-edition-switch\b[^>]*>[^<]*<\/a>/;

/** Text with line-break opportunities (<wbr>, set between the words of table cells) inside it. */
const BROKEN_TEXT = /[^<>]+(?:<wbr>[^<>]*)+/g;

/**
 * Converts a page, reading text that <wbr> cuts into words as one: a name or phrase is converted whole (德正智能装备
 * 产业园项目 keeps its 智能 and 项目, 数据 becomes 資料), and each <wbr> goes back where it was. Where a phrase
 * changes the text's length, the breaks cannot be put back in place: then each word is converted alone, as before.
 */
function convertKeepingBreaks(page: string, convert: (text: string) => string): string {
  let out = '';
  let last = 0;
  for (const match of page.matchAll(BROKEN_TEXT)) {
    out += convert(page.slice(last, match.index));
    const words = match[0].split('<wbr>');
    const whole = Array.from(convert(words.join('')));
    if (whole.length === Array.from(words.join('')).length) {
      let at = 0;
      out += words.map((word) => whole.slice(at, (at += Array.from(word).length)).join('')).join('<wbr>');
    } else {
      out += words.map(convert).join('<wbr>');
    }
    last = match.index + match[0].length;
  }
  return out + convert(page.slice(last));
}

/**
 * A built Simplified page as its Traditional twin: text converted, internal links and the canonical address moved
 * into the edition, the language declared, and the edition switch pointing back at the Simplified page.
 */
export function convertPageToTraditional(html: string, { base, siteAndBase, converter, strings }: ConvertOptions): string {
  const switchMatch = SWITCH.exec(html);
  const region = TRADITIONAL_REGIONS[converter.region];
  const line = (template: string) => escapeHtml(fill(template, { region: region.name }));
  let page = html.replace(HEADER_END, `${HEADER_END}<div class="edition-notice" role="note"><p>${line(strings.notice)}</p></div>`);
  page = page.replace(EDITOR_NOTE, `$1<p class="edition-note">${line(strings.editorNote)}</p>$2`);
  page = convertKeepingBreaks(page, converter.convert);
  page = page.replace(/(<html\b[^>]*\blang=")zh-Hans(")/, `$1${region.lang}$2`);
  page = page.replace(/(<meta property="og:locale" content=")zh_CN(")/, `$1${region.ogLocale}$2`);
  // Internal links and form targets move into the edition; hreflang alternates keep pointing at both editions.
  page = page.replace(/<(a|form|link)\b[^>]*>/g, (tag) => {
    if (/\bhreflang=/.test(tag) || /\bdata-edition-switch\b/.test(tag)) return tag;
    return tag.replace(/\b(href|action)="([^"]*)"/g, (attribute, name: string, value: string) => {
      if (value.startsWith(base)) return `${name}="${traditionalHref(value, base)}"`;
      if (value.startsWith(siteAndBase)) return `${name}="${traditionalUrl(value, siteAndBase)}"`;
      return attribute;
    });
  });
  // The search page's script loads the edition's own index.
  page = page.replace(/(\bdata-index=")([^"]*)(")/, (_, open: string, href: string, close: string) => `${open}${traditionalHref(href, base)}${close}`);
  page = page.replace(/(<meta property="og:url" content=")([^"]*)(")/, (_, open: string, url: string, close: string) => `${open}${traditionalUrl(url, siteAndBase)}${close}`);
  if (switchMatch) {
    const original = switchMatch[0];
    const target = /\bhref="([^"]*)"/.exec(original)?.[1] ?? base;
    const back = original
      .replace(/\bhref="[^"]*"/, `href="${simplifiedHref(target, base)}"`)
      .replace(/\blang="[^"]*"/, `lang="${SIMPLIFIED.lang}"`)
      .replace(/\bhreflang="[^"]*"/, `hreflang="${SIMPLIFIED.lang}"`)
      .replace(/>[^<]*<\/a>$/, `>${SIMPLIFIED.label}</a>`);
    page = page.replace(SWITCH, back);
  }
  return page;
}

/** A feed of the Simplified edition as the Traditional edition's feed. */
export function convertFeedToTraditional(xml: string, { siteAndBase, converter }: ConvertOptions): string {
  const escapedSite = siteAndBase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return converter.convert(xml).replace(new RegExp(`${escapedSite}[^<"'\\s&]*`, 'g'), (url) => traditionalUrl(url, siteAndBase));
}

export interface SitemapPage {
  /** Absolute URL of the Simplified page. */
  url: string;
}

/** The Traditional edition's sitemap, each page listing both editions as alternates. */
export function traditionalSitemap(pages: readonly SitemapPage[], siteAndBase: string): string {
  const entries = pages.map(({ url }) => {
    const hant = traditionalUrl(url, siteAndBase);
    return [
      '<url>',
      `<loc>${escapeXml(hant)}</loc>`,
      `<xhtml:link rel="alternate" hreflang="${SIMPLIFIED.lang}" href="${escapeXml(url)}"/>`,
      `<xhtml:link rel="alternate" hreflang="${TRADITIONAL.lang}" href="${escapeXml(hant)}"/>`,
      '</url>',
    ].join('');
  });
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${entries.join('')}</urlset>\n`;
}
