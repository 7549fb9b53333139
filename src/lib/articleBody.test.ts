import { describe, expect, it } from 'vitest';
import { articleFormat, parseArticleBody, textBlocks } from './articleBody.ts';

function blocksOf(body: string, format: 'md' | 'mdx' = 'md') {
  const parsed = parseArticleBody(body, format);
  if (!parsed.ok) throw new Error(parsed.reason);
  return textBlocks(parsed.tree, body);
}

describe('parseArticleBody(body, format)', () => {
  it('reads the format from the file name', () => {
    expect(articleFormat('content/articles/a.mdx')).toBe('mdx');
    expect(articleFormat('content/articles/a.md')).toBe('md');
  });

  it('parses MDX with a component embed', () => {
    const parsed = parseArticleBody('段落一\n\n<ZoneProgress />\n\n段落二\n', 'mdx');
    expect(parsed.ok && parsed.tree.children.map((node) => node.type)).toEqual(['paragraph', 'mdxJsxFlowElement', 'paragraph']);
  });

  it('gives the line and column of an MDX syntax error, without the position in the reason', () => {
    expect(parseArticleBody('正文\n\n<Chart project="x"\n\n下一段\n', 'mdx')).toMatchObject({ ok: false, line: 3, reason: expect.not.stringMatching(/^\d+:\d+/) });
    expect(parseArticleBody('金额 {5亿元\n', 'mdx')).toMatchObject({ ok: false, line: 1, column: 4, reason: expect.stringContaining('closing brace') });
  });

  it('reads the same text as Markdown, where < and { are text', () => {
    expect(parseArticleBody('金额 {5亿元 <Chart\n', 'md').ok).toBe(true);
  });
});

describe('textBlocks(tree, body)', () => {
  it('gives paragraphs, headings and table cells as readers see them, skipping embeds', () => {
    const body = '# 标题 3个\n\n正文 *强调* **加粗** [链接](https://x.cn) 5亿元\n\n<ZoneProgress />\n\n| 项目 | 投资 |\n| --- | --- |\n| 甲 | 5亿元 |\n';
    expect(blocksOf(body, 'mdx').map((block) => [block.type, block.text])).toEqual([
      ['heading', '标题 3个'],
      ['paragraph', '正文 强调 加粗 链接 5亿元'],
      ['tableCell', '项目'],
      ['tableCell', '投资'],
      ['tableCell', '甲'],
      ['tableCell', '5亿元'],
    ]);
  });

  it('maps each character back to the body, past markup, escapes and entities', () => {
    const body = '引言\n\n正文 *强调* \\*星号\\* &amp; 𠮷 5亿元\n';
    const [, block] = blocksOf(body);
    expect(block!.text).toBe('正文 强调 *星号* & 𠮷 5亿元');
    const at = block!.text.indexOf('5亿元');
    expect(body.slice(block!.offsetOf(at), block!.offsetOf(at) + 3)).toBe('5亿元');
    expect(body[block!.offsetOf(block!.text.indexOf('强'))]).toBe('强');
  });
});
