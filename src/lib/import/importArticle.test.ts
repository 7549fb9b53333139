import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { parseArticleBody, textBlocks } from '../articleBody.ts';
import { cleanScrapedArticle } from '../clean/index.ts';
import { DECODE_REASONS } from '../decode.ts';
import { articleFrontmatterSchema, datasetSchema } from '../schema.ts';
import { parseArticleFile } from '../validate/articleFile.ts';
import { formatMessage } from '../validate/diagnostics.ts';
import { importScrapedArticle, type ImportOptions } from './importArticle.ts';
import { importSummary } from './summary.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url));
const dataset = datasetSchema.parse(JSON.parse(read('../../../content/data/projects.json').toString('utf8')));
const SEED = read('../clean/fixtures/seed.txt');

function imported(bytes: Uint8Array, options: Partial<ImportOptions> = {}) {
  const result = importScrapedArticle(bytes, { sourceName: 'scrape.txt', ...options }, dataset);
  if (!result.ok) throw new Error(result.problems.map((message) => formatMessage(message)).join('\n'));
  return result;
}

function frontmatterOf(text: string): Record<string, unknown> {
  return parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;
}

/** The body's paragraphs as Astro's parser reads the written file. */
function bodyParagraphs(text: string): string[] {
  const article = parseArticleFile(new VFile({ path: 'content/articles/x.md', value: text }));
  const parsed = parseArticleBody(article.body, 'md');
  return parsed.ok ? textBlocks(parsed.tree, article.body).map((block) => block.text) : [];
}

describe('importScrapedArticle on the seed scrape', () => {
  const result = imported(SEED, { sourceName: 'seed.txt', slug: 'demo', date: '2023-05-10' });
  const cleaned = cleanScrapedArticle(SEED.toString('utf8'));

  it('writes the cleaner’s paragraphs as the body, in the cleaner’s Markdown', () => {
    expect(bodyParagraphs(result.text)).toEqual(cleaned.paragraphs);
    expect(result.text.endsWith(`---\n\n${cleaned.markdown}`)).toBe(true);
    expect(result.path).toBe('content/articles/demo.md');
  });

  it('writes frontmatter the schema accepts, with the date given and a placeholder for the missing title', () => {
    const frontmatter = frontmatterOf(result.text);
    expect(articleFrontmatterSchema.safeParse(frontmatter).success).toBe(true);
    expect(frontmatter).toMatchObject({ date: '2023-05-10', title: expect.stringMatching(/^TODO：/) });
    expect(frontmatter.summary).toBe(cleaned.paragraphs[0]);
    expect(frontmatter.editorNote).toBe('本文由网页抓取稿整理：删除了抓取时混入的拼音注音、图片占位符、网页按钮和栏目文字，并由繁体转为简体。');
  });

  it('recognises the five seed projects, one through its alias and two by their names without 项目', () => {
    expect(frontmatterOf(result.text).projects).toEqual(['volvo-daqing-phase-1-upgrade', 'longjiang-chemical-polycarbonate', 'huali-bio', 'mingyang-northeast-wind-base', 'commercial-college-relocation']);
    const longjiang = result.findings.projects.find((project) => project.id === 'longjiang-chemical-polycarbonate');
    expect(longjiang?.mentions.map((mention) => [mention.paragraph, mention.text])).toEqual([
      [1, '龙江化工聚碳酸酯联合一期项目'],
      [3, '龙江化工聚碳酸酯联合'],
    ]);
  });

  it('lists the quantities with their sentences and what they are about', () => {
    const lines = importSummary({ path: result.path, replaced: false, sourceName: 'seed.txt', findings: result.findings, problems: result.problems });
    expect(lines).toContain('  第5段：计划投资 5.2亿元（520000000 元） —— “该项目计划投资5.2亿元，…” → huali-bio 的 investment：与数据集一致');
    expect(lines).toContain('  第3段：开复工率 69.7% —— “开复工率69.7%。” → 园区指标 startRate：与数据集一致；但 30 ÷ 43 = 69.77%');
    expect(result.findings.statements.filter((statement) => statement.subject).map((statement) => statement.quantity.text)).toEqual([
      '5.2亿元', '500万元以上', '43个', '15个', '30个', '69.7%', '5.2亿元', '10公顷', '5.24亿元', '1.7亿元', '0.34亿元',
    ]);
  });

  it('warns about the garbled passage at its line in the scrape and in the written file', () => {
    const [damage] = result.findings.damage;
    expect([damage?.message.line, damage?.message.column, damage?.message.ruleId]).toEqual([7, 227, 'mojibake']);
    const line = result.text.split('\n')[damage!.line! - 1]!;
    expect([...line].slice(damage!.column! - 1).join('').startsWith('?qū)嵔钾Q')).toBe(true);
    expect(result.problems.map((message) => formatMessage(message))).toEqual([
      // Quoted as the written (Simplified) file has it, so a text search finds it there.
      'seed.txt:7:227  warning  疑似乱码“?qū)嵔钾Q”：编码错误造成，请对照原文改正  mojibake',
      'content/articles/demo.md:2:1  warning  title：仍是占位文字“TODO：标题（网页上没有可靠的标题行，请编辑填写）”；发布前请替换  docs/rules.md#todo',
    ]);
  });
});

describe('importScrapedArticle on a Traditional scrape with a headline and page metadata', () => {
  const raw = read('./fixtures/traditional-scrape.txt');
  const result = imported(raw, { url: 'https://example.com/news/1.html' });
  const frontmatter = frontmatterOf(result.text);
  const body = bodyParagraphs(result.text);

  it('takes the headline as the title, keeping the original script’s, and the date and publication from the page', () => {
    expect(frontmatter).toMatchObject({
      title: '华理生物产业园项目开工',
      date: '2023-06-18',
      projects: ['huali-bio'],
      source: { publication: '大庆日报', url: 'https://example.com/news/1.html', originalTitle: '華理生物產業園項目開工' },
    });
    expect(result.slug).toBe('hua-li-sheng-wu-chan-ye-yuan-xiang-mu-kai-gong-2023-06-18');
    expect(result.findings.date).toEqual({ value: '2023-06-18', from: 'metadata' });
  });

  it('drops pinyin with and without tone marks, chrome lines and placeholders, and keeps real brackets', () => {
    expect(body[0]).toBe('6月18日，华理生物产业园项目在大庆高新区宏伟园区开工建设，该项目一期计划投资3.5亿元，总投资5.2亿元，占地面积10公顷。');
    expect(body[1]).toBe('大庆市数字经济招商（北京）对接会（2023）在北京举行，本次试点（第一批）邀请企业家参加。');
    expect(body.join('\n')).not.toMatch(/gōng|\(chan\)|qing3|图片|分享|责任编辑|关闭/u);
    expect(result.findings.removed.map((removal) => removal.kind).sort()).toEqual(['chrome', 'chrome', 'chrome', 'chrome', 'headline', 'pinyin', 'pinyin', 'pinyin', 'pinyin', 'placeholder', 'placeholder']);
  });

  it('keeps text that looks like HTML or Markdown as that text', () => {
    expect(body[3]).toBe('网友留言：<b>点赞</b> & *好消息* # 话题 [链接](http://example.com) ~~删除~~');
    expect(result.text).not.toContain('<b>点赞</b>');
  });

  it('warns about a lost character at its line', () => {
    expect(result.findings.damage.map(({ message, line }) => [message.line, message.ruleId, line])).toEqual([[6, 'replacement-character', 18]]);
  });

  it('reads a phase-1 figure as phase 1, and says the dataset does not have it yet', () => {
    const phase = result.findings.statements.find((statement) => statement.quantity.text === '3.5亿元');
    expect(phase?.subject).toEqual({ type: 'figure', projectId: 'huali-bio', figure: 'investment', scope: 'phase-1' });
    expect(phase?.comparison).toEqual({ status: 'missing', onlyLater: false });
  });
});

describe('importScrapedArticle on other encodings', () => {
  it('reads a GB18030 file, its dateline and a project named by its alias', () => {
    const bytes = read('./fixtures/gb18030-scrape.txt');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = imported(bytes);
    expect(result.findings.encoding).toBe('gb18030');
    expect(frontmatterOf(result.text)).toMatchObject({
      title: '龙江化工聚碳酸酯联合一期项目计划7月底实现装置中交',
      date: '2023-07-01',
      projects: ['longjiang-chemical-polycarbonate'],
      source: { publication: '大庆晚报' },
    });
    expect(bodyParagraphs(result.text)[0]).toBe('龙江化工聚碳酸酯联合一期项目计划投资3亿元，目前项目进展顺利，“进度条”不断刷新。');
    expect(result.findings.statements[0]?.subject).toEqual({ type: 'figure', projectId: 'longjiang-chemical-polycarbonate', figure: 'investment', scope: 'phase-1' });
  });

  it('reads UTF-8 with a byte order mark, and leaves a date it cannot find to the editor', () => {
    const result = imported(read('./fixtures/bom-scrape.txt'));
    expect(result.findings.encoding).toBe('utf-8-bom');
    expect(result.text).not.toContain('\uFEFF');
    expect(result.slug).toBe('da-qing-gao-xin-qu-xiang-mu-jian-she-ti-su');
    expect(frontmatterOf(result.text).date).toBe('TODO：原文发布日期，写成 2023-05-10 的格式');
    expect(result.problems.map((message) => formatMessage(message))).toEqual([
      `content/articles/${result.slug}.md:3:1  warning  date：仍是占位文字“TODO：原文发布日期，写成 2023-05-10 的格式”；发布前请替换  docs/rules.md#todo`,
    ]);
    expect(result.findings.statements[0]?.comparison?.status).toBe('agrees'); // 150亩 is the dataset's 10 hectares
  });
});

describe('importScrapedArticle refuses what it cannot import, writing nothing', () => {
  const refused = (bytes: Uint8Array, options: Partial<ImportOptions> = {}) => {
    const result = importScrapedArticle(bytes, { sourceName: 'scrape.txt', ...options }, dataset);
    return result.ok ? [] : result.problems.map((message) => formatMessage(message));
  };

  it.each([
    ['an empty file', new Uint8Array(), DECODE_REASONS.empty],
    ['a file of spaces', new TextEncoder().encode(' \n\u3000\n'), DECODE_REASONS.blank],
    ['a binary file', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), DECODE_REASONS.binary],
    ['a UTF-16 file', Uint8Array.from([0xff, 0xfe, 0x2d, 0x4e]), DECODE_REASONS.utf16],
    ['bytes that are neither UTF-8 nor GB18030', Uint8Array.from([0xef, 0xbb, 0xbf, 0xc3, 0x28]), DECODE_REASONS.undecodable],
  ])('%s', (_, bytes, reason) => {
    expect(refused(bytes)).toEqual([`scrape.txt  error  ${reason}  import-input`]);
  });

  it('a page with nothing but chrome', () => {
    expect(refused(new TextEncoder().encode('【图片】\n分享到：微信 微博\nX 关闭\n'))).toEqual([
      'scrape.txt  error  清理后没有剩下正文：文件里只有标题、网页按钮、来源等附带文字或图片占位符。  import-input',
    ]);
  });

  it('options that would make an invalid article', () => {
    expect(refused(SEED, { slug: 'Demo Article', date: '2023-02-30', url: 'example.com/news' })).toEqual([
      'scrape.txt  error  --slug“Demo Article”不能用作网址：只能用小写拉丁字母、数字和单个连字符，如“huali-bio-2023-05”  import-option',
      'scrape.txt  error  --date“2023-02-30”不是写成 YYYY-MM-DD 的日期，应如 2023-05-10  import-option',
      'scrape.txt  error  --url“example.com/news”不是完整的网址，应如 https://example.com/news/1.html  import-option',
    ]);
  });
});

describe('importScrapedArticle without a readable dataset', () => {
  it('still imports the article, recognising no projects', () => {
    const result = importScrapedArticle(SEED, { sourceName: 'seed.txt', date: '2023-05-10' }, undefined);
    expect(result.ok && frontmatterOf(result.text).projects).toBeUndefined();
    expect(result.ok && result.slug).toBe('wo-er-wo-qi-che-da-qing-gong-2023-05-10');
  });
});
