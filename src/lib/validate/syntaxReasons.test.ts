import { describe, expect, it } from 'vitest';
import { parseArticleBody } from '../articleBody.ts';
import { bodySyntaxReason } from './syntaxReasons.ts';

function reasonFor(body: string): string {
  const parsed = parseArticleBody(body, 'mdx');
  if (parsed.ok) throw new Error('expected a syntax error');
  return bodySyntaxReason(parsed.reason);
}

describe('bodySyntaxReason(reason)', () => {
  it('words the MDX mistakes editors make in Chinese', () => {
    expect(reasonFor('说明 <!-- 注释 -->')).toBe('MDX 里不能写 HTML 注释 <!-- -->；注释请写成 {/* 文字 */}');
    expect(reasonFor('投资 {5 亿元')).toBe('“{”没有对应的“}”');
    expect(reasonFor('a <div>x')).toBe('标签 <div> 缺少结束标签（或写成自闭合的 <… />）');
    expect(reasonFor('a </div>')).toBe('结束标签 </div> 前面没有对应的开始标签');
  });

  it('shows a message it has no wording for as the parser wrote it, marked as such', () => {
    expect(bodySyntaxReason('Something new\nat line 2')).toBe('解析器的原话：Something new');
  });
});
