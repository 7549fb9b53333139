import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { parseArticleBody, textBlocks } from '../articleBody.ts';
import { cleanScrapedArticle } from './clean.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('cleanScrapedArticle on the seed article', () => {
  const raw = fixture('seed.txt');
  const rawLines = raw.split('\n');
  const result = cleanScrapedArticle(raw);

  it('cleanScrapedArticle removes exactly 251 pinyin annotations', () => {
    expect(result.removed.filter((removal) => removal.kind === 'pinyin')).toHaveLength(251);
  });

  it('cleanScrapedArticle removes the picture placeholder and both close lines', () => {
    expect(result.removed.filter((removal) => removal.kind !== 'pinyin')).toEqual([
      { kind: 'placeholder', text: '【資料圖】', line: 1, column: 1 },
      { kind: 'chrome', detail: 'button', text: 'X 關閉', line: 12, column: 1 },
      { kind: 'chrome', detail: 'button', text: 'X 關閉', line: 13, column: 1 },
    ]);
    expect(result.paragraphs.join('\n')).not.toMatch(/资料图|資料圖|关闭|關閉/u);
  });

  it('cleanScrapedArticle keeps (北京)', () => {
    expect(result.paragraphs.filter((paragraph) => paragraph.includes('招商（北京）对接会'))).toHaveLength(1);
  });

  it('cleanScrapedArticle keeps the ten article paragraphs, lines 2 to 11', () => {
    expect(result.paragraphs).toHaveLength(10);
    expect(result.originalParagraphs[0]).toMatch(/^沃爾沃汽車大慶工廠/u);
    expect(result.originalParagraphs[9]).toMatch(/^接下來，大慶高新區/u);
  });

  it('cleanScrapedArticle loses nothing but the removed spans, and only sets punctuation full-width', () => {
    // Take every removal out of the raw text where it says it stood, and what is left must be the body.
    const halfWidth = (text: string) => text.replace(/[，；（）]/gu, (mark) => ({ '，': ',', '；': ';', '（': '(', '）': ')' })[mark] ?? mark);
    const lines = [...rawLines];
    for (const removal of [...result.removed].sort((a, b) => b.line - a.line || b.column - a.column)) {
      const line = lines[removal.line - 1] ?? '';
      const at = removal.column - 1;
      expect(line.slice(at, at + removal.text.length)).toBe(removal.text);
      lines[removal.line - 1] = line.slice(0, at) + line.slice(at + removal.text.length);
    }
    const left = lines.filter((line) => line.trim() !== '');
    expect(result.originalParagraphs.map(halfWidth)).toEqual(left.map((line) => line.trim()));
  });

  it('cleanScrapedArticle writes 乘着 and 着力 as mainland readers do', () => {
    const body = result.paragraphs.join('\n');
    expect(body.match(/乘着/gu)).toHaveLength(1);
    expect(body.match(/着力/gu)).toHaveLength(2);
    expect(body).not.toMatch(/著/u);
  });

  it('cleanScrapedArticle flags the garbled passage, and nothing else, where it stood', () => {
    const line = rawLines.findIndex((text) => text.includes('打?qū)')) + 1;
    const column = (rawLines[line - 1] ?? '').indexOf('?qū)') + 1;
    expect(result.messages.map(String)).toEqual([`${line}:${column}-${line}:${column + 7}: 疑似乱码“?qū)嵔鉀Q”：编码错误造成，请对照原文改正`]);
    expect(line).toBe(7);
  });

  it('cleanScrapedArticle leaves the garbled passage for the editor', () => {
    expect(result.originalParagraphs.join('')).toContain('實打?qū)嵔鉀Q原料');
  });

  it('cleanScrapedArticle gives the reviewed Simplified body', () => {
    expect(result.markdown).toBe(fixture('seed.expected.md'));
  });

  it('cleanScrapedArticle finds no headline or metadata in the seed', () => {
    expect(result.page).toEqual({});
  });
});

describe('cleanScrapedArticle', () => {
  it('cleanScrapedArticle keeps text that looks like Markdown or HTML as text', () => {
    const lines = ['<script>alert(1)</script>', '*强调* 与 _下划线_', '# 不是标题', '[x](y) 链接', '1. 第一', '- 列表', '> 引用', '---', '`代码` 与 \\ 反斜杠', '2023. 年份', '&amp; 实体'];
    const { markdown, paragraphs } = cleanScrapedArticle(lines.join('\n'), { structure: false, typography: false });
    expect(paragraphs).toEqual(lines);
    const reparsed = unified().use(remarkParse).parse(markdown);
    expect(reparsed.children.map((node) => node.type)).toEqual(lines.map(() => 'paragraph'));
    expect(reparsed.children.map((node) => toString(node))).toEqual(lines);
  });

  it('cleanScrapedArticle keeps strikethrough marks and web and mail addresses as text, as Astro (with GFM) reads them', () => {
    const lines = ['降幅~~超过~~预期', '单个~号~也是文字', '宽25~40米的道路', '详见www.dq.gov.cn，项目投资5亿元', '网址https://dq.gov.cn/a，邮箱tip@dq.gov.cn，共3个'];
    const { markdown, paragraphs } = cleanScrapedArticle(lines.join('\n'), { structure: false });
    expect(markdown).toContain('宽25~40米');
    const parsed = parseArticleBody(markdown, 'md');
    expect(parsed.ok && parsed.tree.children.map((node) => node.type)).toEqual(lines.map(() => 'paragraph'));
    expect(parsed.ok && textBlocks(parsed.tree, markdown).map((block) => block.text)).toEqual(paragraphs);
    expect(JSON.stringify(parsed.ok && parsed.tree)).not.toMatch(/"type":"(?:delete|link)"/);
  });

  it('cleanScrapedArticle returns what the page says in Simplified and drops its lines', () => {
    const { paragraphs, page, removed, originalScriptTitle } = cleanScrapedArticle('大慶高新區項目開工\n記者 張曉明 通訊員 李華\n大慶高新區項目開工儀式昨日舉行。\n來源：大慶日報 責任編輯：王曉明');
    expect(paragraphs).toEqual(['大庆高新区项目开工仪式昨日举行。']);
    expect(page).toEqual({ title: '大庆高新区项目开工', titleFrom: 'headline', publication: '大庆日报', publicationFrom: 'label', byline: '记者 张晓明 通讯员 李华', editor: '王晓明' });
    expect(originalScriptTitle).toBe('大慶高新區項目開工');
    expect(removed).toEqual([
      { kind: 'headline', text: '大慶高新區項目開工', line: 1, column: 1 },
      { kind: 'byline', text: '記者 張曉明 通訊員 李華', line: 2, column: 1 },
      { kind: 'chrome', detail: 'metadata', text: '來源：大慶日報 責任編輯：王曉明', line: 4, column: 1 },
    ]);
  });

  it('cleanScrapedArticle keeps a sentence that mentions 来源', () => {
    const sentence = '项目资金来源：中央预算内投资3亿元，地方配套2亿元。';
    expect(cleanScrapedArticle(sentence).paragraphs).toEqual([sentence]);
  });

  it('cleanScrapedArticle strips an annotation that a removed placeholder separated from its character', () => {
    expect(cleanScrapedArticle('汽車【图片】(chē)廠\u200b(chǎng)').originalParagraphs).toEqual(['汽車廠']);
  });

  it('cleanScrapedArticle names the file and orders messages by place', () => {
    const { messages } = cleanScrapedArticle('注册公司(an)\n大庆?区\n项目\uFFFD', { path: 'scrape/001.txt' });
    expect(messages.map((message) => `${message.file}:${message.line}:${message.column} ${message.ruleId}`)).toEqual([
      'scrape/001.txt:1:5 pinyin-not-a-reading',
      'scrape/001.txt:2:3 stray-question-mark',
      'scrape/001.txt:3:3 replacement-character',
    ]);
  });

  it('cleanScrapedArticle passes options to its steps', () => {
    const { paragraphs } = cleanScrapedArticle('注册公司(an)经营范围扩大。\n本站原创', { pinyin: { checkReading: false }, chrome: { extraLines: [/^本站原创$/u] } });
    expect(paragraphs).toEqual(['注册公司经营范围扩大。']);
  });

  it('cleanScrapedArticle keeps spaces between Chinese when told to, around removals too', () => {
    const { paragraphs } = cleanScrapedArticle('大庆 高新区 [图片] 项目 車(chē) 輛', { whitespace: { joinChinese: false }, structure: false });
    expect(paragraphs).toEqual(['大庆 高新区 项目 车 辆']);
  });

  it('cleanScrapedArticle leaves clean mainland news as it is', () => {
    const text = fixture('clean-news.txt');
    const result = cleanScrapedArticle(text);
    expect(result.paragraphs).toEqual(text.split('\n').filter((line) => line !== ''));
    expect(result.removed).toEqual([]);
    expect(result.messages).toEqual([]);
  });

  it('cleanScrapedArticle sets a question’s half-width question mark full-width', () => {
    expect(cleanScrapedArticle('这个项目能不能按期完工?我们有信心。').paragraphs).toEqual(['这个项目能不能按期完工？我们有信心。']);
  });

  it('cleanScrapedArticle gives nothing for nothing', () => {
    expect(cleanScrapedArticle('\n \u3000\n')).toEqual({ paragraphs: [], originalParagraphs: [], markdown: '', messages: [], removed: [], page: {}, originalScriptTitle: undefined });
  });
});
