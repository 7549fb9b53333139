import { describe, expect, it } from 'vitest';
import { charClasses, variantsFile } from './variantsTable.ts';
import { readVariants } from './variants.ts';

describe('charClasses()', () => {
  it('groups the ways of writing a character from OpenCC, in both scripts and every region', () => {
    const { classOf, membersOf } = charClasses();
    const members = (char: string) => [...membersOf(classOf(char))].sort();
    expect(members('发')).toEqual(expect.arrayContaining(['发', '發', '髮']));
    expect(members('著')).toEqual(expect.arrayContaining(['着', '著']));
    expect(members('卫')).toEqual(expect.arrayContaining(['卫', '衛', '衞']));
    expect(classOf('华')).toBe(classOf('華'));
    expect(classOf('华')).not.toBe(classOf('发'));
  });
});

describe('variantsFile(used)', () => {
  it('lists, for each class the pages use, their forms most used first and the others a reader may type', () => {
    const file = variantsFile(new Map([['發', 3], ['髮', 1], ['華', 5], ['大', 9], ['５', 1], ['a', 2]]));
    const variants = readVariants(file);
    expect(variants.formsOf('发')).toEqual(['發', '髮']);
    expect(variants.formsOf('華')).toEqual(['華']);
    expect(variants.formsOf('华')).toEqual(['華']);
    expect(variants.formsOf('5')).toEqual(['５']);
    // Nothing to say about characters written one way only.
    expect(variants.formsOf('大')).toEqual(['大']);
    expect(variants.formsOf('a')).toEqual(['a']);
    expect(file.classes.some((entry) => entry.startsWith('大|'))).toBe(false);
  });
});
