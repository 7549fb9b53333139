// Whether a scraped line reads like a headline. The importer decides what the title is; this only helps.

const MAX_TITLE_LENGTH = 40;
// A line ending like this is a sentence or a lead-in, not a headline.
const SENTENCE_END = /[。！？!?；;，,：:、…]$/u;
const HAS_WORDS = /[\p{Script=Han}\p{L}]/u;

export function looksLikeTitle(line: string, nextLine?: string): boolean {
  const title = line.trim();
  const length = [...title].length;
  if (length === 0 || length > MAX_TITLE_LENGTH || !HAS_WORDS.test(title) || SENTENCE_END.test(title)) return false;
  if (/^https?:\/\//u.test(title)) return false;
  // A headline stands above a longer paragraph, not above a shorter line of the same kind.
  const next = nextLine?.trim();
  return next === undefined || next === '' || [...next].length > length;
}
