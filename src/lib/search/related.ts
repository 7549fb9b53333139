// Lists of links to other pages (related articles, project cards, the project tables of list pages) are searched,
// but as the page's related links rather than its text: Pagefind keeps them in metadata fields named here, out of
// the page's own words, so a page that only lists a word ranks below every page whose text holds it, and its
// excerpt says where the word was found. A page may have one list of each kind (a field of one name holds one list).

export type RelatedKind = 'articles' | 'projects';

export const RELATED_PREFIX = 'related-';

/** The attributes that make an element a related-links list: out of the page's text, into its metadata. */
export function relatedLinks(kind: RelatedKind): Record<string, string> {
  return { 'data-pagefind-ignore': '', 'data-pagefind-meta': `${RELATED_PREFIX}${kind}` };
}

/** A stored result's related-links fields, in a fixed order. */
export function relatedFields(meta: Readonly<Record<string, string | undefined>>): string[] {
  return Object.keys(meta)
    .filter((key) => key.startsWith(RELATED_PREFIX))
    .sort()
    .map((key) => meta[key] ?? '');
}
