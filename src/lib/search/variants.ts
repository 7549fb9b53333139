// The forms a symbol takes in an edition's pages, as the search page reads them from the edition's variants file
// (written at build time by variantsTable.ts beside the Pagefind index). A class groups the ways of writing one
// character: its Simplified and Traditional forms (华 華), and full- and half-width forms (5 ５). For each class
// whose members appear on the site the file lists the members the pages use, most used first, then the others:
// a reader may type any of them.

/** The file the search page loads from the edition's index folder. */
export const VARIANTS_FILE = 'jindu-variants.json';

export interface VariantsFile {
  /** One class each: "used|others", both strings of characters; "華|华" in the Traditional edition. */
  classes: string[];
  /**
   * The edition's other index segments, to merge into the primary index, as folders relative to it ("s/a0/").
   * Written by the build (src/lib/search/segments.ts); absent in a file from before segments.
   */
  segments?: string[];
}

export interface Variants {
  /** The forms to search for a symbol typed in its shared form: the class's forms used on the site, else itself. */
  formsOf: (symbol: string) => string[];
}

export function readVariants(file: VariantsFile): Variants {
  const used = new Map<string, string[]>();
  for (const entry of file.classes) {
    const [present = '', others = ''] = entry.split('|');
    const forms = Array.from(present);
    for (const member of [...forms, ...Array.from(others)]) used.set(member, forms);
  }
  return { formsOf: (symbol) => used.get(symbol) ?? [symbol] };
}

/** When the file cannot be loaded, symbols are searched as typed. */
export const NO_VARIANTS: Variants = { formsOf: (symbol) => [symbol] };
