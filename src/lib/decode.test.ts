import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { DECODE_REASONS, decodeArticleBytes } from './decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const gbk = (text: string) => new Uint8Array(iconv.encode(text, 'gbk'));
const gb18030 = (text: string) => new Uint8Array(iconv.encode(text, 'gb18030'));
const bytes = (...parts: Array<number[] | Uint8Array>) => new Uint8Array(parts.flatMap((part) => [...part]));

const NEWS = '大庆高新区全年计划建设投资500万元以上重点项目43个，其中15个项目被列入黑龙江省级重点项目。';

describe('decodeArticleBytes', () => {
  it('decodeArticleBytes reads plain UTF-8', () => {
    expect(decodeArticleBytes(utf8(NEWS))).toEqual({ ok: true, text: NEWS, encoding: 'utf-8' });
  });

  it('decodeArticleBytes drops the UTF-8 signature and says it was there', () => {
    expect(decodeArticleBytes(bytes([0xef, 0xbb, 0xbf], utf8(NEWS)))).toEqual({ ok: true, text: NEWS, encoding: 'utf-8-bom' });
  });

  it('decodeArticleBytes reads GBK text as GB18030', () => {
    for (const text of [NEWS, '联通', '沃爾沃汽車大慶工廠一期技術升級改造項目', '（北京）对接会，“进度条”、《人民日报》……']) {
      expect(decodeArticleBytes(gbk(text))).toEqual({ ok: true, text, encoding: 'gb18030' });
    }
  });

  it('decodeArticleBytes reads GB18030 four-byte characters', () => {
    const text = '𠀀字与€符号';
    expect(decodeArticleBytes(gb18030(text))).toEqual({ ok: true, text, encoding: 'gb18030' });
  });

  it('decodeArticleBytes never mistakes GBK Chinese for UTF-8', () => {
    // Common characters from GB2312 level 1, the bulk of any news text.
    const level1 = new TextDecoder('gb18030').decode(new Uint8Array(Array.from({ length: 94 * 8 }, (_, i) => [0xb0 + Math.floor(i / 94), 0xa1 + (i % 94)]).flat()));
    const chinese = fc.array(fc.constantFrom(...level1, '，', '。', '、', '“', '”', '1', 'A', ' '), { minLength: 2, maxLength: 60 })
      .map((chars) => chars.join(''))
      .filter((text) => /[^\x00-\x7f]/.test(text) && text.trim() !== '');
    fc.assert(
      fc.property(chinese, (text) => {
        const result = decodeArticleBytes(gbk(text));
        return result.ok && result.encoding === 'gb18030' && result.text === text;
      }),
    );
  });

  it('decodeArticleBytes turns CRLF and lone CR into LF', () => {
    const result = decodeArticleBytes(utf8('第一段\r\n第二段\r第三段\n'));
    expect(result).toEqual({ ok: true, text: '第一段\n第二段\n第三段\n', encoding: 'utf-8' });
    expect(decodeArticleBytes(gbk('第一段\r\n第二段'))).toEqual({ ok: true, text: '第一段\n第二段', encoding: 'gb18030' });
  });

  it('decodeArticleBytes rejects an empty file', () => {
    expect(decodeArticleBytes(new Uint8Array())).toEqual({ ok: false, reason: DECODE_REASONS.empty });
    expect(DECODE_REASONS.empty).toBe('文件是空的，没有可导入的正文。');
  });

  it('decodeArticleBytes rejects whitespace only, in either encoding', () => {
    for (const input of [utf8(' \n\t \r\n'), utf8('\u3000\u3000\n\u200b'), bytes([0xef, 0xbb, 0xbf]), gbk('\u3000 \r\n')]) {
      expect(decodeArticleBytes(input)).toEqual({ ok: false, reason: DECODE_REASONS.blank });
    }
  });

  it('decodeArticleBytes rejects binary files', () => {
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d], utf8('IHDR'));
    const controls = bytes(utf8('正文'), [0x01, 0x02, 0x03, 0x1b, 0x1c]);
    for (const input of [png, controls, bytes(utf8(NEWS), [0x00], utf8(NEWS))]) {
      expect(decodeArticleBytes(input)).toEqual({ ok: false, reason: DECODE_REASONS.binary });
    }
  });

  it('decodeArticleBytes keeps text with a stray control character', () => {
    const result = decodeArticleBytes(bytes(utf8(NEWS), [0x1b], utf8(NEWS)));
    expect(result).toEqual({ ok: true, text: `${NEWS}\u001b${NEWS}`, encoding: 'utf-8' });
  });

  it('decodeArticleBytes names UTF-16 instead of calling it binary', () => {
    const le = bytes([0xff, 0xfe], new Uint8Array(iconv.encode(NEWS, 'utf-16le')));
    expect(decodeArticleBytes(le)).toEqual({ ok: false, reason: DECODE_REASONS.utf16 });
  });

  it('decodeArticleBytes rejects bytes that are neither UTF-8 nor GB18030', () => {
    for (const input of [bytes(utf8('abc'), [0xff], utf8('def')), bytes(gbk('项目'), [0x81]), bytes([0xef, 0xbb, 0xbf], gbk('项目'))]) {
      expect(decodeArticleBytes(input)).toEqual({ ok: false, reason: DECODE_REASONS.undecodable });
    }
  });
});
