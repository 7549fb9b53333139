import { describe, expect, it } from 'vitest';
import { excerptParts } from './search.ts';

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
