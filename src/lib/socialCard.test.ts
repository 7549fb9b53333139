import { describe, expect, it } from 'vitest';
import { layoutSocialCard, textWidthEm, wrapBalanced, wrapText } from './socialCard.ts';

describe('textWidthEm(text)', () => {
  it('counts CJK characters as one em and Latin as about half', () => {
    expect(textWidthEm('华理生物')).toBe(4);
    expect(textWidthEm('“进度条”，')).toBe(6);
    expect(textWidthEm('5.2')).toBeCloseTo(1.74, 2);
  });
});

describe('wrapText(text, maxEm, maxLines)', () => {
  it('breaks Chinese anywhere but never starts a line with closing punctuation', () => {
    expect(wrapText('大庆高新区拉满“进度条”，项目“加速跑”', 11, 3)).toEqual(['大庆高新区拉满“进度', '条”，项目“加速跑”']);
    for (const line of wrapText('一二三四五六七八九十，一二三四五', 10, 3).slice(1)) expect(line).not.toMatch(/^[，。]/);
  });
  it('ends with an ellipsis when the text does not fit', () => {
    const lines = wrapText('一'.repeat(40), 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(`${'一'.repeat(9)}…`);
  });
  it('keeps short text on one line', () => {
    expect(wrapText('华理生物产业园项目', 17, 3)).toEqual(['华理生物产业园项目']);
  });
});

describe('wrapBalanced(text, maxEm, maxLines)', () => {
  it('evens out the lines instead of stranding the last word', () => {
    expect(wrapText('大庆高新区拉满“进度条”，项目“加速跑”', 17.3, 3)).toEqual(['大庆高新区拉满“进度条”，项目“加', '速跑”']);
    expect(wrapBalanced('大庆高新区拉满“进度条”，项目“加速跑”', 17.3, 3)).toEqual(['大庆高新区拉满“进度条”，', '项目“加速跑”']);
  });
});

describe('layoutSocialCard(content)', () => {
  const svg = layoutSocialCard({
    kicker: '进度 · 大庆高新区',
    title: '华理生物产业园项目 <b>&',
    meta: '设计与审批',
    facts: [{ label: '计划投资', value: '5.2亿元' }, { label: '预计年销售收入', value: '5.24亿元' }, { label: '预计年利润', value: '1.7亿元' }, { label: '多余', value: '不显示' }],
    progress: { stage: 3, of: 7 },
  });
  it('is a 1200×630 SVG with the title, figures and stage', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
    for (const text of ['进度 · 大庆高新区', '设计与审批', '计划投资', '5.2亿元', '预计年利润', '1.7亿元']) expect(svg).toContain(`>${text}</text>`);
    expect(svg).not.toContain('不显示');
  });
  it('escapes text, so a title can never become markup', () => {
    expect(svg).toContain('华理生物产业园项目 &lt;b&gt;&amp;');
    expect(svg).not.toContain('<b>');
  });
  it('draws the lifecycle as seven segments, three done', () => {
    expect(svg.match(/<rect x="\d+" y="584"/g)).toHaveLength(7);
    expect(svg.match(/y="584"[^>]*fill="#00704f"/g)).toHaveLength(3);
  });
});
