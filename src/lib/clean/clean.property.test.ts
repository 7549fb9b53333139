import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArticleBody, textBlocks } from '../articleBody.ts';
import { cleanScrapedArticle } from './clean.ts';
import { readingsOf } from './pinyin.ts';
import { parsePinyinSyllable } from './syllables.ts';

// Characters with an annotation that is one of their readings, in both scripts.
const ANNOTATED: ReadonlyArray<readonly [string, string]> = [
  ['車', '(chē)'], ['车', '（che）'], ['國', '(guó)'], ['綠', '(lǜ)'], ['綠', '(lv4)'], ['大', '(dà)'], ['慶', '(qìng)'], ['項', '(xiàng)'],
  ['目', '(mù)'], ['發', '(fā)'], ['展', '(zhǎn)'], ['產', '(chǎn)'], ['業', '(yè)'], ['區', '(qū)'], ['資', '（zī）'], ['著', '(zhe)'],
  ['行', '(háng)'], ['長', '(zhǎng)'], ['的', '(de)'], ['關', '(guān)'],
];
const PLAIN = [...'大庆高新区项目建设工厂园年月日计划投资發展產業']; // Han without annotation
const WORDS = ['Volvo', 'AI', 'GDP', '5.2', '2023', 'Cars', '43'];
// Text that looks like Markdown, HTML or a web address: it must come through as text.
const MARKUP = ['*', '**', '_', '# ', '<b>', '</b>', '<script>', '[链接](http://x.cn)', '`', '&amp;', '\\', '> ', '- ', '1. ', '~~', '|', '{', '}', 'www.example.com', 'https://x.cn', 'a@b.cn', '---', '<!--'];
const ASIDES = ['(北京)', '(1)', '(大庆基地)', '(Volvo Cars)', '(AI)', '(2023)', '（试点）'];
const PUNCTUATION = ['，', '。', '、', '“', '”', ',', ';'];
const NOISE = [' ', '  ', '\u3000', '\u00a0', '\u200b'];
const PLACEHOLDERS = ['【資料圖】', '[图片]', '[圖片]', '（图片来源：新华社）', '【视频】'];
const CHROME = ['X 關(guān)閉', '×关闭', '分享到：', '微信 微博 QQ空间', '责任编辑：张三', '來源:大慶日報', '【打印】', '返回顶部', '\u3000\u3000关闭窗口'];

interface Scrape {
  text: string;
  /** The same text without anything injected. */
  base: string;
}

const piece = (base: string, text = base): Scrape => ({ text, base });

const unit: fc.Arbitrary<Scrape> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PLAIN).map((han) => piece(han)) },
  { weight: 2, arbitrary: fc.constantFrom(...WORDS, ...ASIDES, ...PUNCTUATION, ...NOISE).map((text) => piece(text)) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP).map((text) => piece(text)) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom(...ANNOTATED), fc.constantFrom('', '', '\u200b', ...PLACEHOLDERS))
      .map(([[han, annotation], between]) => piece(han, han + between + annotation)),
  },
  { weight: 1, arbitrary: fc.constantFrom(...PLACEHOLDERS).map((placeholder) => piece('', placeholder)) },
);

const line = fc.array(unit, { minLength: 1, maxLength: 20 }).map((units) => piece(units.map((u) => u.base).join(''), units.map((u) => u.text).join('')));
const chromeLine = fc.constantFrom(...CHROME).map((text) => piece('', text));
const scrape: fc.Arbitrary<Scrape> = fc
  .array(fc.oneof({ weight: 4, arbitrary: line }, { weight: 1, arbitrary: chromeLine }), { minLength: 1, maxLength: 6 })
  .map((lines) => ({ text: lines.map((l) => l.text).join('\n'), base: lines.map((l) => l.base).join('\n') }));

// Lines of text with annotations and placeholders injected, without chrome lines.
const textOnly: fc.Arbitrary<Scrape> = fc
  .array(line, { minLength: 1, maxLength: 6 })
  .map((lines) => ({ text: lines.map((l) => l.text).join('\n'), base: lines.map((l) => l.base).join('\n') }));

// Whole pages: headlines, metadata and byline lines, link lists, story paragraphs, in any order.
const PAGE_LINES = [
  '某区重点项目集中开工', '2023-03-27 10:44:00 来源：某日报', '记者 张某 通讯员 李某', '相关阅读', '- 某市召开项目推进会', '• 打印', '原标题：某县项目列入省重点',
  '（完）', '某某区管理委员会', '2024年7月15日', '您的位置：首页 > 新闻 > 正文', '责任编辑：王某', 'IMG_0001.JPG', '某区：37个项目集中开工，总投资249亿元，包括',
  '3月6日，某区政府与某公司签署协议，共建产业园（记者 刘某）。', '据悉，该项目预计投资20亿元，计划总产值280亿元。', '产业类项目建设高效推进',
];
const pageScrape: fc.Arbitrary<Scrape> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PAGE_LINES).map((text) => piece(text)) }, { weight: 2, arbitrary: line }, { weight: 1, arbitrary: chromeLine }), { minLength: 1, maxLength: 12 })
  .map((lines) => ({ text: lines.map((l) => l.text).join('\n'), base: lines.map((l) => l.base).join('\n') }));

const halfWidth = (text: string) => text.replace(/[，；：？！（）]/gu, (mark) => ({ '，': ',', '；': ';', '：': ':', '？': '?', '！': '!', '（': '(', '）': ')' })[mark] ?? mark);
const withoutSpace = (text: string) => text.replace(/[\s\u200b]/gu, '');
const sortedHan = (text: string) => [...(text.match(/\p{Script=Han}/gu) ?? [])].sort().join('');


describe('cleanScrapedArticle properties', () => {
  it('cleanScrapedArticle generators use real readings', () => {
    for (const [han, annotation] of ANNOTATED) {
      const syllable = parsePinyinSyllable(annotation.slice(1, -1));
      expect(syllable && readingsOf(han)?.has(syllable.base), `${han}${annotation}`).toBe(true);
    }
  });

  it('cleanScrapedArticle, told not to read the page, drops only annotations, placeholders and whitespace', () => {
    fc.assert(
      fc.property(textOnly, ({ text, base }) => {
        const { originalParagraphs } = cleanScrapedArticle(text, { structure: false });
        // Typography may set a mark full-width; every character of the text stays.
        expect(halfWidth(withoutSpace(originalParagraphs.join('')))).toBe(halfWidth(withoutSpace(base)));
      }),
    );
  });

  it('cleanScrapedArticle never drops a Han character outside what it reports as removed', () => {
    fc.assert(
      fc.property(fc.oneof(scrape, pageScrape), ({ text }) => {
        const { originalParagraphs, removed } = cleanScrapedArticle(text);
        const out = sortedHan(originalParagraphs.join('') + removed.map((removal) => removal.text).join(''));
        expect(out).toBe(sortedHan(text));
      }),
    );
  });

  // Reading the page is a judgement on the whole page (which line is the headline, where the story ends), so it
  // is not idempotent on fragments; the text cleaning under it is.
  it('cleanScrapedArticle, told not to read the page, changes nothing in text it cleaned', () => {
    fc.assert(
      fc.property(scrape, ({ text }) => {
        const once = cleanScrapedArticle(text, { structure: false });
        const again = cleanScrapedArticle(once.paragraphs.join('\n'), { structure: false });
        expect(again.paragraphs).toEqual(once.paragraphs);
        expect(again.markdown).toBe(once.markdown);
        expect(again.removed).toEqual([]);
      }),
    );
  });

  it('cleanScrapedArticle writes Markdown that Astro’s parser reads back as its paragraphs, markup-like text included', () => {
    fc.assert(
      fc.property(scrape, ({ text }) => {
        const { paragraphs, markdown } = cleanScrapedArticle(text);
        const parsed = parseArticleBody(markdown, 'md');
        expect(parsed.ok && textBlocks(parsed.tree, markdown).map((block) => block.text)).toEqual(paragraphs);
      }),
      { numRuns: 500 },
    );
  });

});
