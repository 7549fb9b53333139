import { describe, expect, it } from 'vitest';
import { builtPageFile, convertFeedToTraditional, convertPageToTraditional, isPagePath, simplifiedHref, traditionalHref, traditionalSitemap, traditionalUrl, type ConvertOptions } from './edition.ts';
import { traditionalConverter } from './traditional.ts';

const strings = { notice: '本版由简体版按{region}用语自动转换。', editorNote: '繁体版说明：按{region}用语自动转换。' };
const options: ConvertOptions = { base: '/reports/daqing/', siteAndBase: 'https://news.example.com/reports/daqing/', converter: traditionalConverter('tw', ['华理生物产业园项目']), strings };

describe('traditionalHref(href, base)', () => {
  it('moves pages into the edition and leaves shared files where they are', () => {
    expect(traditionalHref('/reports/daqing/', options.base)).toBe('/reports/daqing/zh-hant/');
    expect(traditionalHref('/reports/daqing/projects/huali-bio/', options.base)).toBe('/reports/daqing/zh-hant/projects/huali-bio/');
    expect(traditionalHref('/reports/daqing/projects/?q=1#x', options.base)).toBe('/reports/daqing/zh-hant/projects/?q=1#x');
    expect(traditionalHref('/reports/daqing/rss.xml', options.base)).toBe('/reports/daqing/zh-hant/rss.xml');
    expect(traditionalHref('/reports/daqing/_astro/a.css', options.base)).toBe('/reports/daqing/_astro/a.css');
    expect(traditionalHref('/reports/daqing/data/projects.csv', options.base)).toBe('/reports/daqing/data/projects.csv');
  });
  it('moves the search index into the edition: each edition searches its own script', () => {
    expect(traditionalHref('/reports/daqing/pagefind/pagefind.js', options.base)).toBe('/reports/daqing/zh-hant/pagefind/pagefind.js');
    expect(traditionalHref('/reports/daqing/pagefinder.csv', options.base)).toBe('/reports/daqing/pagefinder.csv');
  });
  it('never prefixes twice, and leaves other sites alone', () => {
    expect(traditionalHref('/reports/daqing/zh-hant/data/', options.base)).toBe('/reports/daqing/zh-hant/data/');
    expect(traditionalHref('/elsewhere/', options.base)).toBe('/elsewhere/');
    expect(traditionalUrl('https://other.org/reports/daqing/', options.siteAndBase)).toBe('https://other.org/reports/daqing/');
  });
  it('maps absolute URLs and back', () => {
    expect(traditionalUrl('https://news.example.com/reports/daqing/data/', options.siteAndBase)).toBe('https://news.example.com/reports/daqing/zh-hant/data/');
    expect(simplifiedHref('/reports/daqing/zh-hant/data/', options.base)).toBe('/reports/daqing/data/');
    expect(isPagePath('')).toBe(true);
    expect(isPagePath('a.csv')).toBe(false);
  });
});

const PAGE = `<!DOCTYPE html><html lang="zh-Hans"><head><title>项目 · 进度</title>
<link rel="canonical" href="https://news.example.com/reports/daqing/projects/">
<link rel="alternate" hreflang="zh-Hans" href="https://news.example.com/reports/daqing/projects/">
<link rel="alternate" hreflang="zh-Hant" href="https://news.example.com/reports/daqing/zh-hant/projects/">
<link rel="alternate" type="application/rss+xml" href="/reports/daqing/rss.xml">
<link rel="stylesheet" href="/reports/daqing/_astro/a.css">
<meta property="og:url" content="https://news.example.com/reports/daqing/projects/"><meta property="og:locale" content="zh_CN">
</head><body><a class="edition-switch" data-edition-switch href="/reports/daqing/zh-hant/projects/" lang="zh-Hant" hreflang="zh-Hant">繁體</a>
<form action="/reports/daqing/search/" role="search"><input name="q"></form>
<div id="search-results" data-index="/reports/daqing/pagefind/pagefind.js" data-base="/reports/daqing/"></div>
</header><main><p>华理生物产业园项目计划投资5.2亿元，<a href="/reports/daqing/projects/huali-bio/">发展</a>头发干净，着力提升“重点项目”的数据。</p>
<aside class="note" data-editor-note><strong>编者按</strong><p>并由繁体转为简体。</p></aside>
<a href="/reports/daqing/data/projects.csv">下载</a><a href="https://example.org/a/">外部</a></main></body></html>`;

describe('builtPageFile(pathname, base)', () => {
  it('names the file Astro writes for a page address in the directory format', () => {
    expect(builtPageFile('/reports/daqing/', options.base)).toBe('index.html');
    expect(builtPageFile('/reports/daqing/projects/huali-bio/', options.base)).toBe('projects/huali-bio/index.html');
    expect(builtPageFile('/reports/daqing/404', options.base)).toBe('404.html');
    expect(builtPageFile('/reports/daqing/404.html', options.base)).toBe('404.html');
  });
  it('decodes the address and ignores pages outside the base', () => {
    expect(builtPageFile('/reports/daqing/articles/%E5%8D%8E%E7%90%86/', options.base)).toBe('articles/华理/index.html');
    expect(builtPageFile('/elsewhere/', options.base)).toBeUndefined();
  });
});

describe('convertPageToTraditional(html, options): text cut into words by <wbr>', () => {
  const twin = (cell: string) => /<td>(.*)<\/td>/.exec(convertPageToTraditional(`<html lang="zh-Hans"><body><table><tr><td>${cell}</td></tr></table></body></html>`, options))![1];
  it('converts a name cut into words as the name, and puts each break back', () => {
    expect(twin('华理<wbr>生物<wbr>产业<wbr>园<wbr>项目')).toBe('華理<wbr>生物<wbr>產業<wbr>園<wbr>項目');
    // Each word alone would be converted as a word: 项目 → 專案.
    expect(twin('项目')).toBe('專案');
  });
  it('converts a phrase the breaks cut as the phrase', () => {
    expect(twin('统计<wbr>数据<wbr>显示')).toBe('統計<wbr>資料<wbr>顯示');
    expect(twin('数<wbr>据')).toBe('資<wbr>料');
  });
  it('leaves markup and text without breaks as before', () => {
    expect(twin('<a href="/reports/daqing/projects/x/">华理<wbr>生物<wbr>产业<wbr>园<wbr>项目</a>：数据')).toBe('<a href="/reports/daqing/zh-hant/projects/x/">華理<wbr>生物<wbr>產業<wbr>園<wbr>項目</a>：資料');
  });
});

describe('convertPageToTraditional(html, options)', () => {
  const page = convertPageToTraditional(PAGE, options);

  it('converts the text as Taiwan writes it: its words and quotation marks, names character by character', () => {
    expect(page).toContain('<title>專案 · 進度</title>');
    expect(page).toContain('華理生物產業園項目計畫投資5.2億元');
    expect(page).toContain('頭髮乾淨，著力提升「重點專案」的資料。');
  });
  it('declares the language, region and locale', () => {
    expect(page).toContain('<html lang="zh-Hant-TW">');
    expect(page).toContain('content="zh_TW"');
    const hongKong = convertPageToTraditional(PAGE, { ...options, converter: traditionalConverter('hk') });
    expect(hongKong).toContain('<html lang="zh-Hant-HK">');
    expect(hongKong).toContain('content="zh_HK"');
    expect(hongKong).toContain('頭髮乾淨，着力提升「重點項目」的數據。');
  });
  it('says under the header, and in an editor’s note, that the edition is converted automatically', () => {
    expect(page).toContain('</header><div class="edition-notice" role="note"><p>本版由簡體版按臺灣用語自動轉換。</p></div><main>');
    expect(page).toContain('<p>並由繁體轉為簡體。</p><p class="edition-note">繁體版說明：按臺灣用語自動轉換。</p></aside>');
  });
  it('keeps readers inside the edition and shared files shared', () => {
    expect(page).toContain('<a href="/reports/daqing/zh-hant/projects/huali-bio/">發展</a>');
    expect(page).toContain('<form action="/reports/daqing/zh-hant/search/"');
    expect(page).toContain('href="/reports/daqing/zh-hant/rss.xml"');
    expect(page).toContain('href="/reports/daqing/_astro/a.css"');
    expect(page).toContain('<a href="/reports/daqing/data/projects.csv">下載</a>');
    expect(page).toContain('<a href="https://example.org/a/">外部</a>');
  });
  it("points the search page at the edition's own index", () => {
    expect(page).toContain('data-index="/reports/daqing/zh-hant/pagefind/pagefind.js" data-base="/reports/daqing/"');
  });
  it('gives the page its own canonical address and keeps both alternates', () => {
    expect(page).toContain('<link rel="canonical" href="https://news.example.com/reports/daqing/zh-hant/projects/">');
    expect(page).toContain('<meta property="og:url" content="https://news.example.com/reports/daqing/zh-hant/projects/">');
    expect(page).toContain('hreflang="zh-Hans" href="https://news.example.com/reports/daqing/projects/"');
    expect(page).toContain('hreflang="zh-Hant" href="https://news.example.com/reports/daqing/zh-hant/projects/"');
  });
  it('points the edition switch back at the Simplified page, labelled in Simplified', () => {
    expect(page).toContain('<a class="edition-switch" data-edition-switch href="/reports/daqing/projects/" lang="zh-Hans" hreflang="zh-Hans">简体</a>');
  });
});

describe('feeds and sitemaps', () => {
  it('convertFeedToTraditional(xml) converts text and moves page links into the edition', () => {
    const feed = convertFeedToTraditional('<title>进度</title><link>https://news.example.com/reports/daqing/articles/a/</link><x>https://news.example.com/reports/daqing/data/projects.csv</x>', options);
    expect(feed).toBe('<title>進度</title><link>https://news.example.com/reports/daqing/zh-hant/articles/a/</link><x>https://news.example.com/reports/daqing/data/projects.csv</x>');
  });
  it('traditionalSitemap(pages) lists each Traditional page with both alternates', () => {
    const xml = traditionalSitemap([{ url: 'https://news.example.com/reports/daqing/a/' }], options.siteAndBase);
    expect(xml).toContain('<url><loc>https://news.example.com/reports/daqing/zh-hant/a/</loc><xhtml:link rel="alternate" hreflang="zh-Hans" href="https://news.example.com/reports/daqing/a/"/><xhtml:link rel="alternate" hreflang="zh-Hant" href="https://news.example.com/reports/daqing/zh-hant/a/"/></url>');
  });
});
