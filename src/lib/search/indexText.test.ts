import { describe, expect, it } from 'vitest';
import { decodeEntities, indexWords, pageForIndex } from './indexText.ts';
import { DECIMAL, GAP, LOW_LINE, SPACE } from './symbols.ts';

describe('indexWords(text)', () => {
  it('makes one word per symbol, punctuation and spaces riding on the word before', () => {
    expect(indexWords('拉满“进度条”，项目')).toEqual({ leading: '', words: ['拉', '满“', '进', '度', '条”，', '项', '目'] });
    expect(indexWords('CC BY 4.0')).toEqual({ leading: '', words: ['C', `C${SPACE}`, 'B', `Y${SPACE}`, '4', DECIMAL, '0'] });
  });
  it('keeps a decimal point between digits as a symbol, and any other point as punctuation', () => {
    expect(indexWords('5.2亿元').words).toEqual(['5', DECIMAL, '2', '亿', '元']);
    expect(indexWords('69.7%。').words).toEqual(['6', '9', DECIMAL, '7%。']);
    expect(indexWords('2.').words).toEqual(['2.']);
    expect(indexWords('a.csv').words).toEqual(['a.', 'c', 's', 'v']);
  });
  it('carries an underscore as a mark Pagefind drops, since it would keep "_" in the word', () => {
    expect(indexWords('annual_tax 预计').words).toEqual(['a', 'n', 'n', 'u', 'a', `l${LOW_LINE}`, 't', 'a', `x${SPACE}`, '预', '计']);
  });
  it('returns what comes before the first symbol apart, and the symbols Pagefind will store', () => {
    const found = new Set<string>();
    expect(indexWords('“Volvo”', found)).toEqual({ leading: '“', words: ['V', 'o', 'l', 'v', 'o”'] });
    expect([...found].sort()).toEqual(['l', 'o', 'v']);
  });
});

describe('pageForIndex(html)', () => {
  it('cuts the text between tags and never touches the markup', () => {
    const { html } = pageForIndex('<h1 title="华理">华理生物</h1><p>开复工<b>率</b>69.7%</p>');
    expect(html).toBe(`<h1 title="华理"> ${GAP} 华 理 生 物 </h1><p> ${GAP} 开 复 工 <b> 率 </b> 6 9 ${DECIMAL} 7% </p>`);
  });
  it('starts every block with a GAP word, so no phrase runs from a heading into the next paragraph', () => {
    const { html } = pageForIndex('<li>在建</li><li>中交</li><td>“甲”</td>');
    expect(html).toBe(`<li> ${GAP} 在 建 </li><li> ${GAP} 中 交 </li><td> ${GAP}“ 甲” </td>`);
  });
  it('keeps punctuation between inline elements on the word before it instead of giving it a place of its own', () => {
    const { html } = pageForIndex('<p><a>龙江</a>、<a>明阳</a>：<b>“加速跑”</b></p>');
    expect(html).toBe(`<p><a> ${GAP} 龙 江、 </a><a> 明 阳：“ </a><b> 加 速 跑” </b></p>`);
  });
  it('never moves punctuation into or out of a part Pagefind ignores', () => {
    const { html } = pageForIndex('<p>在建<a data-pagefind-ignore>[1]</a>：已开工</p>');
    expect(html).toBe(`<p> ${GAP} 在 建 <a data-pagefind-ignore> [1] </a> ：已 开 工 </p>`);
  });
  it('decodes entities to cut the text and escapes it again', () => {
    expect(pageForIndex('<p>R&amp;D &lt;b&gt; &#21326;</p>').html).toBe(`<p> ${GAP} R&amp; D${SPACE}&lt; b&gt;${SPACE} 华 </p>`);
    expect(decodeEntities('&quot;&#x534E;&nbsp;&bogus;')).toBe('"华\u00A0&bogus;');
  });
  it('leaves drawings out, scripts alone, and lists the symbols of the page', () => {
    const figure = '<figure><svg viewBox="0 0 10 10"><text>2023年</text></svg><figcaption>投资</figcaption></figure><script>let a = "华";</script>';
    const { html, symbols } = pageForIndex(figure);
    expect(html).toBe(`<figure><figcaption> ${GAP} 投 资 </figcaption></figure><script>let a = "华";</script>`);
    expect([...symbols].sort()).toEqual(['投', '资']);
  });
});
