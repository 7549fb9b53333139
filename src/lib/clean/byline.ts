// Bylines: who wrote (or photographed) the article, as papers print them.
//
//   byline  := [marker] [lead] credit (separator credit)* [摄]
//   marker  := ■ □ ● ▲ ◆ ★ … | 文/ | 图/ | 制图/ | 摄影/ | 作者： | 记者：
//   credit  := [outlet] role [name] | name
//   outlet  := Han ending in 报 网 台 社 客户端 …, like 长江日报, 大皖客户端
//   role    := [本报|本刊 …][全媒体|融媒体 …][特约|见习|实习 …](记者|通讯员|实习生|摄影|制图 …)
//   name    := two to four Han characters
// A line is a byline only when every token reads as one of these and it names someone with a role (or a
// `文/` marker says it is one): 记者从市发改委获悉 is a sentence, not a byline. Names keep the spaces (or 、)
// that separate them in the source, so 记者 杨菁 通讯员 梅慧香 never fuses into one run of characters.
// Patterns are in Simplified and read text folded to Simplified; the byline returned is as written.
import { foldToSimplified } from './script.ts';

export interface Byline {
  /** The byline as it should be published: markers dropped, tokens separated by one space (or 、 as written). */
  text: string;
  /** Outlets it names (长江日报), a hint of the publication. */
  outlets: string[];
  /** A photo or graphics credit (图/, 摄, 制图), not a writer's byline. */
  credit: boolean;
}

const OUTLET_END = '(?:日报|晚报|早报|商报|时报|周报|报社|报|新闻网|网|电视台|广播电视台|台|通讯社|社|客户端|融媒体中心|新闻中心|杂志)';
const OUTLET = `[\\p{Script=Han}A-Za-z]{1,10}?${OUTLET_END}`;
const ROLE_WORD = '(?:记者|通讯员|通讯|实习生|摄影记者|摄影|摄像|制图|设计|撰稿|撰文|作者|评论员|主持人|编译)';
const ROLE = `(?:本报|本刊|本台|本网|本社)?(?:全媒体|融媒体|新媒体|首席|资深)?(?:特约|见习|实习|驻[\\p{Script=Han}]{1,4})?${ROLE_WORD}`;
const NAME = '[\\p{Script=Han}]{2,4}';
const MARKER = new RegExp(`^(?:[■□●▲◆★☆◇◎▼▽►]+\\s*|(?:${OUTLET}|[\\p{Script=Han}A-Za-z]{1,8}?)?(?:文|图|撰文|撰稿|制图|摄影|摄|作者|记者)\\s*[/／|｜︱:：]\\s*)`, 'u');
const CREDIT_MARKER = /^(?:图|制图|摄影|摄)\s*[/／|｜︱:：]/u;
const CREDIT_WORDS = /^(?:摄影记者|摄影|摄像|制图|设计)$/u;

// A role glued to the names after it may hold two names run together (记者吴静芳陈岩): up to six characters.
const outletRole = new RegExp(`^(${OUTLET})?(${ROLE})([\\p{Script=Han}]{2,6})?$`, 'u');
const outletOnly = new RegExp(`^${OUTLET}$`, 'u');
const nameOnly = new RegExp(`^${NAME}$`, 'u');
// Words that are never part of a name: a token holding one is prose.
const NOT_A_NAME = /[的了在从将已是把被也都就还又并到说称获悉]/u;

interface Token {
  text: string;
  folded: string;
}

function tokens(text: string): { tokens: Token[]; separators: string[] } | undefined {
  const parts = text.split(/(\s+|、|[/／|｜,，])/u);
  const found: Token[] = [];
  const separators: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i] ?? '';
    if (part === '') continue;
    if (found.length) separators.push(/、/u.test(parts[i - 1] ?? '') ? '、' : ' ');
    found.push({ text: part, folded: foldToSimplified(part) });
  }
  return found.length ? { tokens: found, separators } : undefined;
}

/**
 * Reads a whole line (or a bracket's content) as a byline, or returns undefined when it is anything else.
 */
export function parseByline(line: string): Byline | undefined {
  let text = line.trim();
  // A whole line in brackets: （陕视记者：宋蕊罗志远）.
  const enclosed = /^[(（]([^()（）]+)[)）]$/u.exec(text);
  if (enclosed) text = enclosed[1]!.trim();
  if (text === '' || [...text].length > 60) return undefined;
  const folded = foldToSimplified(text);
  if (/[。！？!?；;：:“”"]/u.test(folded.replace(MARKER, ''))) return undefined;
  const marked = MARKER.exec(folded);
  let credit = CREDIT_MARKER.test(folded);
  const writerMarker = marked !== null && /^(?:文|撰文|撰稿|作者|记者)/u.test(marked[0]);
  // 制图/姜宣凭 and 记者：张三 keep their role word; 文/ and 图/ only mark the line.
  const leadOutlets: string[] = [];
  const markerRole = marked ? /(制图|摄影|撰文|撰稿|记者)\s*[/／|｜︱:：]\s*$/u.exec(marked[0]) : null;
  // 制图/姜宣凭 and 陕视记者：宋蕊 keep their role (and outlet) before the names; 文/ and 图/ only mark the line.
  let lead = '';
  if (marked) {
    if (markerRole) {
      const outlet = text.slice(0, markerRole.index);
      lead = `${outlet}${text.slice(markerRole.index, markerRole.index + markerRole[1]!.length)}`;
      if (outlet && !/^本(?:报|刊|台|网|社)$/u.test(foldToSimplified(outlet))) leadOutlets.push(outlet);
    }
    text = text.slice(marked[0].length);
  }
  // A trailing 摄 (photographed by) makes the whole line a photo credit.
  const photographed = /\s*[摄攝]$/u.exec(text);
  if (photographed && text.length > 1) {
    text = text.slice(0, photographed.index);
    credit = true;
  }
  const split = tokens(text.trim());
  if (!split) return undefined;
  let hasRole = lead !== '';
  let names = 0;
  let afterRole = lead !== '';
  const outlets: string[] = [...leadOutlets];
  for (const token of split.tokens) {
    if (NOT_A_NAME.test(token.folded) && !outletOnly.test(token.folded)) return undefined;
    const role = outletRole.exec(token.folded);
    if (role) {
      hasRole = true;
      if (role[1] && !/^本(?:报|刊|台|网|社)$/u.test(role[1])) outlets.push(token.text.slice(0, role[1].length));
      if (role[3]) names++;
      afterRole = !role[3];
      if (CREDIT_WORDS.test(role[2]!.replace(/^(?:本报|本刊|本台|本网|本社)/u, ''))) credit = credit || !writerMarker;
      continue;
    }
    if (outletOnly.test(token.folded)) {
      outlets.push(token.text);
      afterRole = false;
      continue;
    }
    // Right after a role, two names may run together (记者 宋蕊罗志远).
    if (nameOnly.test(token.folded) || (afterRole && /^[\p{Script=Han}]{5,6}$/u.test(token.folded))) {
      names++;
      afterRole = false;
      continue;
    }
    return undefined;
  }
  if (names === 0 || (!hasRole && !marked)) return undefined;
  const joined = `${lead}${lead ? ' ' : ''}${split.tokens.map((token, i) => (i === 0 ? token.text : `${split.separators[i - 1]}${token.text}`)).join('')}`;
  return { text: joined.replace(/ 、|、 /gu, '、'), outlets, credit };
}

// An aside in brackets at the start or end of a paragraph: （记者 刘艳）, (通讯员 石玲英).
const BRACKETED = /[(（]([^()（）]{2,60})[)）]/gu;

/** Bylines a paragraph carries in brackets, with where each stands; the text stays in the paragraph. */
export function findBracketedBylines(paragraph: string): Array<Byline & { start: number; end: number }> {
  const found: Array<Byline & { start: number; end: number }> = [];
  for (const match of paragraph.matchAll(BRACKETED)) {
    const byline = parseByline(match[1]!);
    if (byline && !/^(?:[■□●▲◆★]|文|图)/u.test(match[1]!)) found.push({ ...byline, start: match.index, end: match.index + match[0].length });
  }
  return found;
}
