// Encoding damage that only an editor can repair: the cleaner flags it and changes nothing.
//
// A damaged run starts from a trigger:
// - U+FFFD, the replacement character a decoder leaves for bytes it could not read;
// - a question mark (? or ？) between Han characters in a clause that asks nothing (no 吗, 什么, 怎 …),
//   or one glued to Latin letters with diacritics (打?qū): encoders write ? for what they cannot encode;
// - Latin-1 mojibake: Latin letters that, as Windows-1252 bytes, are UTF-8 (Ã© for é, â€œ for “);
// - GBK mojibake: characters whose GBK bytes are two or more UTF-8 encoded CJK characters (鍙戝竷 for 发布);
// - three or more rare Han characters in a row (outside GB2312 level 1 once folded to Simplified).
// It then grows over neighbours that look damaged too (question marks, stray Latin letters, ASCII
// brackets, rare characters, one common Han character between two of those), and touching runs merge,
// so one garbled passage gives one warning that quotes it.
import type { Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { placeOf } from './origin.ts';
import { paragraphTexts } from './paragraphs.ts';
import { foldToSimplified } from './script.ts';

export type DamageKind = 'replacement-character' | 'stray-question-mark' | 'mojibake';

export interface DamageRun {
  start: number;
  end: number;
  text: string;
  kind: DamageKind;
  /** What the run may have said, when its bytes decode to text. */
  recovered?: string;
}

export interface DamageOptions {
  /** How many rare Han characters in a row count as damage on their own (default 3). */
  rareRun?: number;
}

const HAN = /\p{Script=Han}/u;
const QUESTION = /[?？]/u;
const LATIN = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/u;
const ACCENTED_LATIN = /[\u00C0-\u024F\u1E00-\u1EFF]/u;
// Brackets and symbols that garbled runs carry along.
const STRAY_PUNCTUATION = /[()[\]{}<>^|\\~`_@\uFE50-\uFE6B\u3100-\u312F]/u;
// C1 controls and Latin-1 symbols (not the middle dot of transcribed names).
const LATIN1_SYMBOL = /[\u0080-\u00B6\u00B8-\u00BF]/u;
// Words that make a clause a question, so its ? is genuine.
const QUESTION_WORDS = /[吗呢么嘛啥谁哪几何怎岂]|多少|是否|难道|可否|能否|有没有|是不是|要不要|会不会|对不对|好不好|行不行|能不能/u;
const CLAUSE_END = /[。！？!?；;\n]/u;
const SENTENCE_CONTEXT = 6;

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

// GBK two-byte codes of every character GB18030 encodes in two bytes.
const gbkCodes = lazy(() => {
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
  }
  const decoded = new TextDecoder('gb18030').decode(new Uint8Array(pairs));
  const codes = new Map<string, number>();
  if (decoded.length * 2 !== pairs.length) throw new Error('gb18030 table: unexpected decoder output');
  for (let i = 0; i < decoded.length; i++) {
    const char = decoded[i] ?? '';
    if (!codes.has(char)) codes.set(char, ((pairs[2 * i] ?? 0) << 8) | (pairs[2 * i + 1] ?? 0));
  }
  return codes;
});

/** Common Han: in GB2312 level 1 (the 3,755 most used characters) once folded to Simplified. */
export function isCommonHan(char: string): boolean {
  const code = gbkCodes().get(foldToSimplified(char));
  if (code === undefined) return false;
  const lead = code >> 8;
  return lead >= 0xb0 && lead <= 0xd7 && (code & 0xff) >= 0xa1;
}

function isRareHan(char: string): boolean {
  return HAN.test(char) && !isCommonHan(char);
}

// Windows-1252 as bytes: what a UTF-8 text read as Latin-1 shows.
const cp1252Bytes = lazy(() => {
  const bytes = new Map<string, number>();
  const decoded = new TextDecoder('windows-1252').decode(new Uint8Array(Array.from({ length: 128 }, (_, i) => 0x80 + i)));
  [...decoded].forEach((char, i) => bytes.set(char, 0x80 + i));
  for (let code = 0x80; code <= 0x9f; code++) if (!bytes.has(String.fromCharCode(code))) bytes.set(String.fromCharCode(code), code);
  return bytes;
});

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: number[]): string | undefined {
  try {
    return strictUtf8.decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

function utf8Length(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

interface Span {
  start: number;
  end: number;
  /** Which byte reading showed mojibake here. */
  reading?: 'latin1' | 'gbk';
}

// Latin-1 mojibake: a lead byte letter followed by the continuation bytes of one UTF-8 character.
function findLatinMojibake(chars: string[]): Span[] {
  const bytesOf = cp1252Bytes();
  const spans: Span[] = [];
  for (let i = 0; i < chars.length; i++) {
    const lead = bytesOf.get(chars[i] ?? '');
    const length = lead === undefined ? 0 : utf8Length(lead);
    if (lead === undefined || length === 0 || i + length > chars.length) continue;
    const bytes = [lead, ...chars.slice(i + 1, i + length).map((char) => bytesOf.get(char) ?? -1)];
    const decoded = bytes.includes(-1) ? undefined : decodeUtf8(bytes);
    if (decoded === undefined) continue;
    spans.push({ start: i, end: i + length, reading: 'latin1' });
    i += length - 1;
  }
  return spans;
}

const CJK_DECODED = /^[\u3000-\u303F\u3400-\u9FFF\uFF00-\uFFEF\uFFFD]+$/u;

// GBK mojibake: within a run of GBK-encoded characters, two or more consecutive UTF-8 CJK characters.
function findGbkMojibake(chars: string[]): Span[] {
  const codes = gbkCodes();
  const spans: Span[] = [];
  let runStart = 0;
  for (let i = 0; i <= chars.length; i++) {
    const code = i < chars.length ? codes.get(chars[i] ?? '') : undefined;
    if (code !== undefined) continue;
    if (i - runStart >= 2) spans.push(...gbkRunMojibake(chars.slice(runStart, i).map((char) => codes.get(char) ?? 0), runStart));
    runStart = i + 1;
  }
  return spans;
}

// The character a three-byte UTF-8 sequence encodes, or undefined (no overlongs, no surrogates).
function utf8Triple(b0: number, b1: number, b2: number): string | undefined {
  if (b0 < 0xe0 || b0 > 0xef || b1 < 0x80 || b1 > 0xbf || b2 < 0x80 || b2 > 0xbf) return undefined;
  if ((b0 === 0xe0 && b1 < 0xa0) || (b0 === 0xed && b1 > 0x9f)) return undefined;
  return String.fromCharCode(((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f));
}

function gbkRunMojibake(codes: number[], offset: number): Span[] {
  const bytes = codes.flatMap((code) => [code >> 8, code & 0xff]);
  const spans: Span[] = [];
  let p = 0;
  while (p < bytes.length) {
    // Longest stretch of 3-byte UTF-8 CJK characters starting at byte p.
    let q = p;
    while (q + 3 <= bytes.length) {
      const decoded = utf8Triple(bytes[q] ?? 0, bytes[q + 1] ?? 0, bytes[q + 2] ?? 0);
      if (decoded === undefined || !CJK_DECODED.test(decoded)) break;
      q += 3;
    }
    if (q - p >= 6) {
      spans.push({ start: offset + Math.floor(p / 2), end: offset + Math.ceil(q / 2), reading: 'gbk' });
      p = q;
    } else {
      p++;
    }
  }
  return spans;
}

// Reads a damaged run back as the bytes it came from, decoded as UTF-8; undefined when that says nothing.
function recover(chars: string[], reading: 'latin1' | 'gbk'): string | undefined {
  const bytes: number[] = [];
  for (const char of chars) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else if (reading === 'latin1' && cp1252Bytes().has(char)) bytes.push(cp1252Bytes().get(char) ?? 0);
    else if (reading === 'gbk' && gbkCodes().has(char)) bytes.push((gbkCodes().get(char) ?? 0) >> 8, (gbkCodes().get(char) ?? 0) & 0xff);
    else bytes.push(...new TextEncoder().encode(char));
  }
  const text = new TextDecoder('utf-8').decode(new Uint8Array(bytes)).replace(/^\uFFFD+|\uFFFD+$/gu, '');
  return /[\p{L}\p{N}]/u.test(text) ? text : undefined;
}

function clauseAsks(chars: string[], at: number): boolean {
  let clause = '';
  for (let i = at - 1; i >= 0 && !CLAUSE_END.test(chars[i] ?? ''); i--) clause = (chars[i] ?? '') + clause;
  return QUESTION_WORDS.test(foldToSimplified(clause));
}

function findQuestionMarks(chars: string[]): Array<Span & { kind: DamageKind }> {
  const found: Array<Span & { kind: DamageKind }> = [];
  for (let i = 0; i < chars.length; i++) {
    if (!QUESTION.test(chars[i] ?? '')) continue;
    let end = i + 1;
    while (QUESTION.test(chars[end] ?? '')) end++;
    const before = chars[i - 1] ?? '';
    const after = chars[end] ?? '';
    const glued = before === '' || HAN.test(before);
    // ? followed by letters with diacritics, like 打?qū: a pinyin-annotated character that became ?.
    let letters = '';
    for (let j = end; j < chars.length && LATIN.test(chars[j] ?? ''); j++) letters += chars[j];
    // Question marks in a row, one right after a full stop or a comma, or one opening the line before text: no
    // writer asks like that, an encoder wrote ? for each character it could not encode (??? 昨日, 建成。?).
    const stray = (end - i >= 2 || /[。，、；：,;:]/u.test(before) || (i === 0 && (after === '' || /\s/u.test(after) || HAN.test(after)))) && !clauseAsks(chars, i);
    if (glued && ACCENTED_LATIN.test(letters)) found.push({ start: i, end, kind: 'mojibake' });
    else if (stray) found.push({ start: i, end, kind: 'stray-question-mark' });
    else if (glued && (after === '\uFFFD' || isRareHan(after))) found.push({ start: i, end, kind: 'mojibake' });
    else if (glued && HAN.test(after) && !clauseAsks(chars, i)) found.push({ start: i, end, kind: 'stray-question-mark' });
    i = end - 1;
  }
  return found;
}

function isSuspect(char: string): boolean {
  return char === '\uFFFD' || QUESTION.test(char) || LATIN.test(char) || STRAY_PUNCTUATION.test(char) || LATIN1_SYMBOL.test(char) || isRareHan(char);
}

function grow(chars: string[], span: Span): Span {
  let { start, end } = span;
  for (;;) {
    const next = chars[end] ?? '';
    if (next !== '' && isSuspect(next)) end++;
    else if (HAN.test(next) && isSuspect(chars[end + 1] ?? '') && chars[end + 1] !== undefined && !QUESTION.test(chars[end + 1] ?? '')) end += 2;
    else break;
  }
  for (;;) {
    const previous = chars[start - 1] ?? '';
    if (previous !== '' && isSuspect(previous)) start--;
    else if (HAN.test(previous) && start >= 2 && isSuspect(chars[start - 2] ?? '') && !QUESTION.test(chars[start - 2] ?? '')) start -= 2;
    else break;
  }
  return { ...span, start, end };
}

/** Finds damaged runs in a line of text; indices count UTF-16 units. */
export function findDamage(text: string, options: DamageOptions = {}): DamageRun[] {
  const rareRun = options.rareRun ?? 3;
  const chars = [...text];
  const triggers: Array<Span & { kind: DamageKind }> = [];
  chars.forEach((char, i) => {
    if (char === '\uFFFD') triggers.push({ start: i, end: i + 1, kind: 'replacement-character' });
  });
  triggers.push(...findQuestionMarks(chars));
  // Bopomofo and small form variants never stand in Chinese news text: a GBK or Big5 reading gone wrong (。ㄒ唬﹫@).
  chars.forEach((char, i) => {
    if (/[\u3100-\u312F\u31A0-\u31BF\uFE50-\uFE6B]/u.test(char)) triggers.push({ start: i, end: i + 1, kind: 'mojibake' });
  });
  triggers.push(...findLatinMojibake(chars).map((span) => ({ ...span, kind: 'mojibake' as const })));
  triggers.push(...findGbkMojibake(chars).map((span) => ({ ...span, kind: 'mojibake' as const })));
  for (let i = 0; i < chars.length; ) {
    let end = i;
    while (end < chars.length && isRareHan(chars[end] ?? '')) end++;
    if (end - i >= rareRun) triggers.push({ start: i, end, kind: 'mojibake' });
    i = Math.max(end, i + 1);
  }

  // A lone stray question mark is its own run; anything else grows over damaged-looking neighbours.
  const grown = triggers.map((span) => (span.kind === 'stray-question-mark' ? span : { ...grow(chars, span), kind: span.kind, reading: span.reading }));
  grown.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Array<Span & { kinds: Set<DamageKind>; readings: Set<'latin1' | 'gbk'> }> = [];
  for (const span of grown) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      last.kinds.add(span.kind);
      if (span.reading) last.readings.add(span.reading);
    } else {
      merged.push({ start: span.start, end: span.end, kinds: new Set([span.kind]), readings: new Set(span.reading ? [span.reading] : []) });
    }
  }

  // Back from code points to UTF-16 indices.
  const unitIndex: number[] = [0];
  for (const char of chars) unitIndex.push((unitIndex.at(-1) ?? 0) + char.length);
  return merged.map((span) => {
    const start = unitIndex[span.start] ?? 0;
    const end = unitIndex[span.end] ?? text.length;
    const kind: DamageKind = span.kinds.size === 1 ? ([...span.kinds][0] ?? 'mojibake') : 'mojibake';
    const run: DamageRun = { start, end, text: text.slice(start, end), kind };
    const reading = span.readings.has('latin1') ? 'latin1' : span.readings.has('gbk') ? 'gbk' : undefined;
    const recovered = reading ? recover(chars.slice(span.start, span.end), reading) : undefined;
    if (recovered) run.recovered = recovered;
    return run;
  });
}

function reasonFor(run: DamageRun, context: string): string {
  switch (run.kind) {
    case 'replacement-character':
      return `字符丢失“${run.text}”：编码转换时这里的字变成了“\uFFFD”，请对照原文补上`;
    case 'stray-question-mark':
      return `可疑的问号“${run.text}”（“${context}”）：句中没有提问，可能是编码转换时丢失的字，请对照原文核对`;
    case 'mojibake':
      return `疑似乱码“${run.text}”：编码错误造成，请对照原文改正${run.recovered ? `（可能原为“${run.recovered}”）` : ''}`;
  }
}

function flagNode(node: Text, file: VFile, options: DamageOptions): void {
  for (const run of findDamage(node.value, options)) {
    const context = node.value.slice(Math.max(0, run.start - SENTENCE_CONTEXT), run.end + SENTENCE_CONTEXT);
    const message = file.message(reasonFor(run, context), { place: placeOf(node, run.start, run.end), ruleId: run.kind, source: 'jindu-clean' });
    message.actual = run.text;
    if (run.recovered) message.expected = [run.recovered];
  }
}

/** unified plugin: warn about encoding damage, quoting each damaged run where it stood. */
export const flagDamage: Plugin<[DamageOptions?], Root> = function (options = {}) {
  return function (tree, file) {
    for (const { text } of paragraphTexts(tree)) flagNode(text, file, options);
  };
};
