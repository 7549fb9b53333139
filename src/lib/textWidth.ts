// How wide text will be, without a font at hand: for wrapping card titles and placing chart labels.

/** Width of text in ems: CJK characters and full-width punctuation are square, Latin and digits about half. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) {
    if (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u201c\u201d\u2018\u2019\u2014\u2026]|[\u{20000}-\u{3fffd}]/u.test(char)) width += 1;
    else if (/[A-Z0-9%]/.test(char)) width += 0.62;
    else width += 0.5;
  }
  return width;
}
