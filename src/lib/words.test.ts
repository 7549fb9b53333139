import { describe, expect, it } from 'vitest';
import { breakableWords, wrapWords } from './words.ts';

describe('breakableWords(text)', () => {
  it('cuts a label between words, never inside one', () => {
    expect(breakableWords('桩基和土建施工').join('|')).not.toMatch(/土\|建|施\|工/);
    expect(breakableWords('综合楼、厂房和研发基地主体土建完工').join('')).toBe('综合楼、厂房和研发基地主体土建完工');
    expect(breakableWords('预计年销售收入')).toContain('销售');
  });
  it('keeps numbers with their units and dates whole', () => {
    for (const text of ['5.24亿元', '2023年10月底前', '2023-05-10', '约42个月', '69.7%']) {
      expect(breakableWords(`计划于${text}完成`).some((word) => word.includes(text.replace(/^约/, '')))).toBe(true);
    }
  });
  it('never starts a piece with closing punctuation', () => {
    for (const word of breakableWords('已完成：日期未报道（截至2023年5月10日的报道），完成。').slice(1)) expect(word).not.toMatch(/^[：）、，。]/);
  });
});

describe('wrapWords(text, maxEm, measure)', () => {
  it('fills lines up to the width, breaking only between words', async () => {
    const { textWidthEm } = await import('./textWidth.ts');
    const text = '华理生物产业园项目计划投资5.2亿元；全部投产后，预计每年销售收入5.24亿元、利润1.7亿元、税收0.34亿元。';
    const lines = wrapWords(text, 12, textWidthEm);
    expect(lines.join('')).toBe(text);
    expect(lines.every((line) => textWidthEm(line) <= 12)).toBe(true);
    for (const amount of ['5.2亿元', '5.24亿元', '1.7亿元', '0.34亿元']) expect(lines.some((line) => line.includes(amount))).toBe(true);
  });
});

describe('breakableWords at punctuation', () => {
  it('breaks after closing and before opening punctuation, never the other way', () => {
    expect(breakableWords('综合楼、厂房和研发基地')).toContain('厂房');
    const pieces = breakableWords('已完成：日期未报道（截至2023年5月10日的报道）');
    expect(pieces.some((piece) => piece.startsWith('（'))).toBe(true);
    expect(pieces.some((piece) => piece.endsWith('（'))).toBe(false);
  });
});

describe('breakableWords around Latin text', () => {
  it('breaks at a space, and keeps an address whole', () => {
    const pieces = breakableWords('制图：进度 · 大庆高新区 https://jindu.example.org/projects/huali-bio/');
    expect(pieces.at(-1)).toBe('https://jindu.example.org/projects/huali-bio/');
    expect(pieces.join('')).toContain('大庆高新区 ');
  });
});
