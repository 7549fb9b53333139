// Whether a scraped line reads like a headline: short, words rather than a sentence. Which title-like line is
// the headline is the page structure's decision (structure.ts).

const MAX_TITLE_LENGTH = 50;
// A line ending like this is a sentence, a lead-in or a list, not a headline; a headline may ask or exclaim.
const SENTENCE_END = /[。；;，,：:、…]$/u;
const HAN = /\p{Script=Han}/gu;

export function looksLikeTitle(line: string): boolean {
  const title = line.trim();
  const length = [...title].length;
  if (length < 4 || length > MAX_TITLE_LENGTH || SENTENCE_END.test(title) || /[。]/u.test(title)) return false;
  if (/^https?:\/\//u.test(title)) return false;
  // Chinese enough: 2011年上海建设87个重大工程项目 and Volvo Cars 大庆工厂扩产 are headlines; a line of numbers or Latin is not.
  const han = title.match(HAN)?.length ?? 0;
  return han >= 4 && han / length >= 0.3;
}
