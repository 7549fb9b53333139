// Turns the bytes of a scraped article into text. Reasons are in Chinese: the editors who read them are Chinese journalists.

export type ArticleEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

export type DecodeResult =
  | { ok: true; text: string; encoding: ArticleEncoding }
  | { ok: false; reason: string };

export const DECODE_REASONS = {
  empty: '文件是空的，没有可导入的正文。',
  blank: '文件只有空白字符，没有可导入的正文。',
  utf16: '文件是 UTF-16 编码，请另存为 UTF-8 后再导入。',
  binary: '这不是文本文件（含有二进制内容），请粘贴文章正文的纯文本。',
  undecodable: '无法识别文件的编码：既不是 UTF-8，也不是 GB18030/GBK，请另存为 UTF-8 后再导入。',
} as const;

// Above this share of control bytes (other than tab, LF, CR, FF) a file is treated as binary.
const MAX_CONTROL_SHARE = 0.05;

const BLANK = /^[\s\u200B-\u200D\u2060\uFEFF]*$/u;

export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: DECODE_REASONS.empty };
  if (hasUtf16Bom(bytes)) return { ok: false, reason: DECODE_REASONS.utf16 };

  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return { ok: false, reason: DECODE_REASONS.binary };

  const utf8 = tryDecode('utf-8', body);
  const decoded: { text: string; encoding: ArticleEncoding } | undefined =
    utf8 !== undefined
      ? { text: utf8, encoding: bom ? 'utf-8-bom' : 'utf-8' }
      : bom
        ? undefined // a UTF-8 signature followed by something else is not GB18030 either
        : mapDefined(tryDecode('gb18030', body), (text) => ({ text, encoding: 'gb18030' as const }));
  if (decoded === undefined) return { ok: false, reason: DECODE_REASONS.undecodable };

  const text = normaliseLineBreaks(decoded.text);
  if (BLANK.test(text)) return { ok: false, reason: DECODE_REASONS.blank };
  return { ok: true, text, encoding: decoded.encoding };
}

export function normaliseLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM keeps a stray signature visible instead of silently eating it; the cleaner removes BOMs in text.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function mapDefined<T, U>(value: T | undefined, f: (value: T) => U): U | undefined {
  return value === undefined ? undefined : f(value);
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

// NUL never occurs in UTF-8 or GB18030 text; other C0 controls only rarely.
function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f) controls++;
  }
  return bytes.length > 0 && controls / bytes.length > MAX_CONTROL_SHARE;
}
