import { describe, expect, it } from 'vitest';
import { excerptParts, joinHan, pageForIndex, pagefindQuery, rankByTitle, spaceOutHan } from './search.ts';

describe('excerptParts(excerpt)', () => {
  it('splits an excerpt into plain and highlighted text', () => {
    expect(excerptParts('项目<mark>开复工率</mark>69.7%')).toEqual([
      { text: '项目', marked: false },
      { text: '开复工率', marked: true },
      { text: '69.7%', marked: false },
    ]);
  });
  it('decodes entities into text and drops any other tag, so an excerpt can never become markup', () => {
    expect(excerptParts('a &lt;script&gt;x&lt;/script&gt; <b>b</b> &amp; <mark>c</mark>')).toEqual([
      { text: 'a <script>x</script> b & ', marked: false },
      { text: 'c', marked: true },
    ]);
  });
});

describe('indexing and querying Chinese by single characters', () => {
  it('spaceOutHan(text) separates Chinese characters and leaves other text alone', () => {
    expect(spaceOutHan('华理生物5.2亿元 Volvo沃尔沃')).toBe('华 理 生 物5.2亿 元 Volvo沃 尔 沃');
  });
  it('pageForIndex(html) spaces the text between tags, never the markup', () => {
    expect(pageForIndex('<h1 title="华理">华理生物</h1><p>开复工<b>率</b></p>')).toBe('<h1 title="华理">华 理 生 物</h1><p>开 复 工<b>率</b></p>');
  });
  it('pageForIndex(html) leaves drawings out and the text around them in', () => {
    const figure = '<figure><svg viewBox="0 0 10 10" role="img"><text x="1">2023年</text><g><text>亿元</text></g></svg><figcaption>投资</figcaption></figure>';
    expect(pageForIndex(`<p>前</p>${figure}<svg><path d="M0 0"/></svg><p>后</p>`)).toBe('<p>前</p><figure><figcaption>投 资</figcaption></figure><p>后</p>');
  });
  it('pagefindQuery(input) asks for a Chinese term as an exact phrase, several terms as all required', () => {
    expect(pagefindQuery(' 开复工率 ')).toBe('"开 复 工 率"');
    expect(pagefindQuery('华理 投资')).toBe('华 理 投 资');
    expect(pagefindQuery('Volvo')).toBe('Volvo');
  });
  it('joinHan(text) and excerptParts restore the text readers see', () => {
    expect(joinHan('华 理 生 物 5.2 亿')).toBe('华理生物 5.2 亿');
    expect(excerptParts('项 目 <mark>开</mark> <mark>复</mark> <mark>工</mark> 率')).toEqual([
      { text: '项目', marked: false },
      { text: '开', marked: true },
      { text: '复', marked: true },
      { text: '工', marked: true },
      { text: '率', marked: false },
    ]);
  });
});

describe('rankByTitle(results, query)', () => {
  it('puts pages titled with the query first, keeping the index order otherwise', () => {
    const results = [{ title: '首 页' }, { title: '华 理 生 物 产 业 园 项 目' }, { title: '承 诺 追 踪' }, { title: '华理生物简介' }];
    expect(rankByTitle(results, '华理生物').map((r) => r.title)).toEqual(['华 理 生 物 产 业 园 项 目', '华理生物简介', '首 页', '承 诺 追 踪']);
  });
});
