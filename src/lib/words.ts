// Where a line may break in a short Chinese label: between words, never inside one, and never inside a number with
// its unit or a date (5.24亿元, 2023年10月底前). Table cells set `word-break: keep-all` and get a <wbr> at each
// of these places, so a narrow column wraps 综合楼、厂房和研发 / 基地主体土建完工 instead of one character a line.

const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });

/** A number with what belongs to it: 2023年10月底前, 5.24亿元, 42个月, 69.7%, 2023-05-10. */
const NUMBER = /\d(?:[\d.,\-—–~/]|[年月日号底前后上中下旬亿万千百元个%亩期])*/gu;

const OPENING = /^[（《“‘「【]/u;
/** Full-width closing punctuation, or a space: a line may break after either. */
const CLOSING = /[、，。；：！？）》”’」】\s]$/u;

/** The text cut where a line may break; joined, the pieces give the text back. */
export function breakableWords(text: string): string[] {
  const pieces: { text: string; word: boolean }[] = [];
  let last = 0;
  const plain = (part: string) => {
    for (const segment of segmenter.segment(part)) pieces.push({ text: segment.segment, word: segment.isWordLike === true });
  };
  for (const match of text.matchAll(NUMBER)) {
    plain(text.slice(last, match.index));
    pieces.push({ text: match[0], word: true });
    last = match.index + match[0].length;
  }
  plain(text.slice(last));
  // A break between two words, after closing punctuation (、，）) and before opening punctuation (（“); never
  // before a closing mark or after an opening one, where Chinese does not break a line.
  const words: string[] = [];
  let previous = '';
  for (const piece of pieces) {
    const breakBefore = words.length > 0 && ((piece.word && (/[\p{L}\p{N}]$/u.test(previous) || CLOSING.test(previous))) || (OPENING.test(piece.text) && !OPENING.test(previous)));
    if (breakBefore || !words.length) words.push(piece.text);
    else words[words.length - 1] += piece.text;
    previous = piece.text;
  }
  return words;
}

/** Lines of at most `maxEm` ems, broken only between words (a word longer than a line gets a line of its own). */
export function wrapWords(text: string, maxEm: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of breakableWords(text)) {
    if (line && measure(line + word) > maxEm) {
      lines.push(line);
      line = word;
    } else line += word;
  }
  if (line) lines.push(line);
  return lines;
}
