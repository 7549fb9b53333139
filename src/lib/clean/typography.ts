// The cleaner's last word on the text: Chinese punctuation and spacing as copy desks publish them (full-width
// ，；：（）？！ in Chinese text, no stray spaces), by the same rules `npm run check` holds articles to
// (src/lib/typography). Damaged passages are left exactly as they are: their ASCII ? stands for lost characters.
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { findTypographyFixes } from '../typography/punctuation.ts';
import { findDamage } from './damage.ts';
import { applyEdits } from './origin.ts';
import { paragraphTexts } from './paragraphs.ts';

export const fixChineseTypography: Plugin<[], Root> = function () {
  return function (tree) {
    for (const { text } of paragraphTexts(tree)) {
      const skip = findDamage(text.value).map(({ start, end }) => ({ start, end }));
      const fixes = findTypographyFixes(text.value, { skip });
      if (fixes.length) applyEdits(text, fixes);
    }
  };
};
