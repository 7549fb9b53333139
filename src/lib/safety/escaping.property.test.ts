// Property tests: any string an editor or an attacker writes comes out of every output format as that text, never
// as markup, a formula or invalid XML. Strings are drawn from all of Unicode (lone surrogates and control
// characters included) and from the pieces attacks are made of.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';
import { getRssString } from '@astrojs/rss';
import { csvParse } from 'd3-dsv';
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { describe, expect, it } from 'vitest';
import SourceQuote from '../../components/SourceQuote.astro';
import { traditionalSitemap, traditionalUrl } from '../edition.ts';
import { safeFeed } from '../feeds.ts';
import { csvCell, toCsv } from '../openData.ts';
import { layoutSocialCard } from '../socialCard.ts';
import { elementsNamed, parseXml } from '../../../tests/helpers/xml.ts';
import { ALLOWED_SCHEMES, urlProblem } from './url.ts';
import { escapeXml, svgAsXml, xmlSafeText } from './xml.ts';

const PIECES = ['<', '>', '&', '"', "'", '`', ']]>', '<![CDATA[', '<!--', '-->', '<script>', '</script>', '</title>', '<img src=x onerror=alert(1)>', '&amp;', '&#60;', '=', '+', '-', '@', '\t', '\r', '\n', 'javascript:', 'JaVa\tScRiPt:', 'data:', '\u0000', '\u0001', '\u001f', '\u007f', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\u2028', '\u202E', '\uFEFF', 'a', '中', '亿元', '😀', ' '];
/** Any string, or one made of the pieces attacks are made of. */
const hostile = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join('')));
const RUNS = { numRuns: 200 };

function elements(node: Nodes): Element[] {
  const own = node.type === 'element' ? [node] : [];
  return 'children' in node ? [...own, ...(node.children as Nodes[]).flatMap(elements)] : own;
}

function text(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(text).join('') : '';
}

describe('HTML text and attributes (Astro components)', () => {
  it('a quote and its address come out as text and an attribute value, never as markup', async () => {
    const container = await AstroContainer.create();
    // The HTML parser reads line breaks as \n and a lone surrogate as U+FFFD, and drops a NUL from text but reads
    // it as U+FFFD in an attribute, as browsers do (the content check refuses both anyway).
    const asParsed = (value: string, nul: string) => value.replace(/[\uD800-\uDFFF]/gu, '\uFFFD').replace(/\u0000/g, nul).replace(/\r\n?/g, '\n');
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (quote, url) => {
        const html = await container.renderToString(SourceQuote, { props: { source: { quote, url } } });
        const tree = fromHtml(html, { fragment: true });
        const found = elements(tree);
        expect(found.map((element) => element.tagName)).toEqual(['blockquote']);
        expect(text(tree)).toBe(asParsed(`“${quote}”`, ''));
        expect(String(found[0]!.properties.cite)).toBe(asParsed(url, '\uFFFD'));
      }),
      { numRuns: 100 },
    );
  });
});

describe('SVG for the PNG renderer', () => {
  it('an SVG written by Astro becomes well-formed XML with the same text and attribute', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        // What Astro writes for <text aria-label={value}>{value}</text>.
        const html = `<svg xmlns="http://www.w3.org/2000/svg"><text${addAttribute(value, 'aria-label')}>${escapeHTML(value)}</text></svg>`;
        const svg = parseXml(svgAsXml(html));
        const [element] = elementsNamed(svg, 'text');
        const expected = xmlSafeText(value).replace(/\r\n?/g, '\n').replace(/\uFFFE|\uFFFF/g, '');
        expect(element!.text.replace(/\uFFFD/g, '')).toBe(expected.replace(/\uFFFD/g, ''));
        expect(elementsNamed(svg, 'script')).toEqual([]);
      }),
      RUNS,
    );
  });

  it('a social card of any title, summary and figures is well-formed XML', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (title, summary, fact) => {
        const svg = parseXml(layoutSocialCard({ kicker: fact, title: title || '标题', meta: fact, summary, facts: [{ label: fact, value: title }] }));
        expect(elementsNamed(svg, 'svg')).toHaveLength(1);
        expect(elementsNamed(svg, 'script')).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('XML feeds', () => {
  it('any title, summary, tag and article HTML make a well-formed feed, text as text, HTML cut to the allow-list', async () => {
    const html = fc.oneof(hostile, fc.array(fc.constantFrom('<p>', '</p>', '<a href="javascript:alert(1)">', '<a href="https://example.com/">', '</a>', '<img src=x onerror=alert(1)>', '<img src="https://example.com/a.png" alt="a">', '<script>alert(1)</script>', '<style>*{}</style>', '<iframe src=//evil>', '<svg onload=alert(1)>', '<b onclick=x>', 'text', ']]>', '<![CDATA[x]]>', '\u0001'), { maxLength: 10 }).map((parts) => parts.join('')));
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostile, html, async (title, summary, tag, content) => {
        const xml = await getRssString(
          safeFeed({ title, description: summary, site: 'https://example.com/', items: [{ title: title || 't', description: summary, categories: [tag], content, link: 'https://example.com/a/', pubDate: new Date(0) }] }),
        );
        const feed = parseXml(xml);
        const [item] = elementsNamed(feed, 'item');
        const trimmed = (value: string) => xmlSafeText(value).replace(/\r\n?/g, '\n');
        // An item whose title is nothing but forbidden characters has no title, as one written empty.
        expect(elementsNamed(item!, 'title').map((element) => element.text)).toEqual(trimmed(title || 't') ? [trimmed(title || 't')] : []);
        const carried = fromHtml(elementsNamed(item!, 'content:encoded')[0]?.text ?? '', { fragment: true });
        for (const element of elements(carried)) {
          expect(['script', 'style', 'iframe', 'svg']).not.toContain(element.tagName);
          for (const [name, value] of Object.entries(element.properties)) {
            expect(name.startsWith('on')).toBe(false);
            if (name === 'href' || name === 'src') expect(ALLOWED_SCHEMES).toContain(new URL(String(value), 'https://site.invalid/').protocol);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('sitemap', () => {
  it('any page address makes a well-formed sitemap that gives the address back', () => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 4 }), (paths) => {
        const pages = paths.map((value) => ({ url: `https://example.com/${value}` }));
        const sitemap = parseXml(traditionalSitemap(pages, 'https://example.com/'));
        const locs = elementsNamed(sitemap, 'loc').map((loc) => loc.text);
        expect(locs).toHaveLength(pages.length);
        locs.forEach((loc, index) => expect(loc).toBe(xmlSafeText(traditionalUrl(pages[index]!.url, 'https://example.com/')).replace(/\r\n?/g, '\n')));
      }),
      RUNS,
    );
  });

  it('escapeXml leaves nothing a parser would read as markup', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const parsed = parseXml(`<a b="${escapeXml(value)}">${escapeXml(value)}</a>`);
        const [element] = elementsNamed(parsed, 'a');
        expect(element!.children).toEqual([]);
        expect(element!.text).toBe(xmlSafeText(value).replace(/\r\n?/g, '\n'));
      }),
      RUNS,
    );
  });
});

describe('CSV', () => {
  it('no text cell starts as a formula; every cell reads back as written, apart from that apostrophe', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostile, fc.double({ min: 0, max: 1e15, noNaN: true })), { maxLength: 6 }), (rows) => {
        const csv = toCsv(rows.map(([text, number]) => ({ text, number })), ['text', 'number']);
        const parsed = csvParse(csv.replace(/^\uFEFF/, ''));
        parsed.forEach((row, index) => {
          const [text, number] = rows[index]!;
          expect(row.text).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
          expect(row.text).not.toMatch(/^[=+\-@\t\r]/);
          expect(Number(row.number)).toBe(number);
        });
      }),
      RUNS,
    );
  });

  it('numbers are never prefixed', () => {
    expect(csvCell(0)).toBe('0');
    expect(csvCell(520000000)).toBe('520000000');
    expect(csvCell('-5')).toBe("'-5");
  });
});

describe('JSON', () => {
  it('any string survives projects.json as it was written', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        expect(JSON.parse(`${JSON.stringify({ name: value }, null, 2)}\n`)).toEqual({ name: value });
      }),
      RUNS,
    );
  });
});

describe('links', () => {
  it('an address accepted as a link opens with http, https or mailto, whatever disguises it', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.webUrl()), (value) => {
        if (urlProblem(value, 'link') === undefined) expect(ALLOWED_SCHEMES).toContain(new URL(value, 'https://site.invalid/a/').protocol);
      }),
      { numRuns: 500 },
    );
    for (const disguised of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:alert(1)', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd']) {
      expect(urlProblem(disguised, 'link'), disguised).toBeDefined();
    }
  });
});
