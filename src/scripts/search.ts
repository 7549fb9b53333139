// The search page's script: runs the query from ?q= (and each new one typed into the page's form, without reloading)
// against the edition's Pagefind index, and lists the results as plain DOM with text nodes only, so nothing indexed
// can turn into markup. What is matched and how results are ordered: src/lib/search/.
import { excerptParts, findWord, readIndexed, storedText, type ExcerptPart, type IndexedText, type Span } from '../lib/search/excerpt.ts';
import { combineTerms, exactQuery, parseQuery, scoringQuery, spellings, type Found, type Term } from '../lib/search/query.ts';
import { relatedFields } from '../lib/search/related.ts';
import { NO_VARIANTS, VARIANTS_FILE, readVariants, type Variants, type VariantsFile } from '../lib/search/variants.ts';
import { fill } from '../lib/template.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  /** Where the phrase was found in the page's text; empty when only its related links hold it. */
  words: number[];
  data: () => Promise<Fragment>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (url: string, options: Record<string, unknown>) => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}
interface Engine {
  pagefind: Pagefind;
  variants: Variants;
}

/** Results shown at once; the rest behind a button. */
const BATCH = 20;

const container = document.getElementById('search-results');
const form = document.querySelector<HTMLFormElement>('form.search-form--page');
const input = document.getElementById('search-query') as HTMLInputElement | null;
const text = container?.dataset ?? {};
let engine: Promise<Engine> | undefined;
let current = 0;

function loadEngine(): Promise<Engine> {
  const index = text.index ?? '';
  engine ??= (async () => {
    const indexFolder = new URL(index, location.href);
    const variantsUrl = new URL(VARIANTS_FILE, indexFolder).href;
    const [pagefind, file] = await Promise.all([
      import(/* @vite-ignore */ index) as Promise<Pagefind>,
      fetch(variantsUrl).then((response) => (response.ok ? (response.json() as Promise<VariantsFile>) : undefined), () => undefined),
    ]);
    // Searching on the page's own thread spares the worker script's download; each search is a few milliseconds.
    const options = { baseUrl: text.base ?? '/', noWorker: true };
    await pagefind.options(options);
    // The index comes in segments (src/lib/search/segments.ts), the primary one here and the others merged into it.
    await Promise.all((file?.segments ?? []).map((segment) => pagefind.mergeIndex(new URL(segment, indexFolder).href, { baseUrl: options.baseUrl })));
    return { pagefind, variants: file ? readVariants(file) : NO_VARIANTS };
  })();
  return engine;
}

interface Planned {
  term: Term;
  spellings: string[][];
}

/** Every page holding each word in one of its spellings, best first (query.ts). */
async function find({ pagefind, variants }: Engine, terms: readonly Term[]): Promise<{ planned: Planned[]; found: Array<Found<PagefindResult>> }> {
  const planned = terms.map((term) => ({ term, spellings: spellings(term, variants) }));
  const perTerm: Array<Map<string, Found<PagefindResult>>> = [];
  for (const { spellings: forms } of planned) {
    const pages = new Map<string, Found<PagefindResult>>();
    for (const spelling of forms) {
      const exact = (await pagefind.search(exactQuery(spelling)))?.results ?? [];
      if (!exact.length) continue;
      const scored = (await pagefind.search(scoringQuery(spelling)))?.results ?? [];
      const scores = new Map(scored.map((result) => [result.id, result.score]));
      for (const result of exact) {
        const tier = result.words.length ? 0 : 1;
        const score = scores.get(result.id) ?? 0;
        const known = pages.get(result.id);
        if (!known) pages.set(result.id, { result, tier, score });
        else pages.set(result.id, { result: known.result, tier: Math.min(known.tier, tier), score: Math.max(known.score, score) });
      }
    }
    perTerm.push(pages);
  }
  return { planned, found: combineTerms(perTerm) };
}

// A page's text is read back once per visit, however many queries list it.
const readTexts = new Map<string, IndexedText>();

function spansIn(stored: string | undefined, planned: readonly Planned[]): { text: string; spans: Span[] } {
  const key = stored ?? '';
  let indexed = readTexts.get(key);
  if (!indexed) readTexts.set(key, (indexed = readIndexed(key)));
  return { text: indexed.text, spans: planned.flatMap(({ term, spellings: forms }) => findWord(indexed, forms, term.lead, term.trail)) };
}

function excerptElement(parts: readonly ExcerptPart[], label?: string): HTMLElement {
  const excerpt = document.createElement('p');
  if (label) {
    const note = document.createElement('span');
    note.className = 'meta';
    note.textContent = label;
    excerpt.append(note, ' ');
  }
  for (const part of parts) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(part.text);
    }
  }
  return excerpt;
}

/** A result as a list item: its title linked, and an excerpt from its text, else from its related links. */
async function resultItem(found: Found<PagefindResult>, planned: readonly Planned[]): Promise<HTMLLIElement | undefined> {
  const fragment = await found.result.data();
  const body = spansIn(fragment.content, planned);
  const related = body.spans.length ? undefined : relatedFields(fragment.meta).map((stored) => spansIn(stored, planned)).find((found) => found.spans.length);
  if (!body.spans.length && !related?.spans.length) return undefined;
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = fragment.url;
  link.textContent = storedText(fragment.meta.title ?? '') || fragment.url;
  const excerpt = related ? excerptElement(excerptParts(related.text, related.spans), text.related) : excerptElement(excerptParts(body.text, body.spans));
  item.append(link, excerpt);
  return item;
}

async function showBatch(list: HTMLOListElement, more: HTMLButtonElement, found: ReadonlyArray<Found<PagefindResult>>, planned: readonly Planned[], from: number, run: number): Promise<void> {
  const items = await Promise.all(found.slice(from, from + BATCH).map((entry) => resultItem(entry, planned)));
  if (run !== current) return;
  for (const item of items) if (item) list.append(item);
  const left = found.length - (from + BATCH);
  more.hidden = left <= 0;
  more.textContent = fill(text.more ?? '', { n: Math.max(left, 0) });
  more.onclick = () => void showBatch(list, more, found, planned, from + BATCH, run);
}

async function run(query: string): Promise<void> {
  if (!container) return;
  const run = ++current;
  container.dataset.state = 'searching';
  container.dataset.query = query;
  if (!query) {
    container.replaceChildren();
    container.dataset.state = 'done';
    return;
  }
  container.textContent = text.loading ?? '';
  try {
    const terms = parseQuery(query);
    const { planned, found } = terms.length ? await find(await loadEngine(), terms) : { planned: [], found: [] };
    if (run !== current) return;
    const heading = document.createElement('p');
    heading.className = 'meta';
    heading.textContent = fill(found.length ? (text.count ?? '') : (text.none ?? ''), { n: found.length, q: query });
    const list = document.createElement('ol');
    list.className = 'search-results';
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'search-more';
    more.hidden = true;
    await showBatch(list, more, found, planned, 0, run);
    if (run !== current) return;
    container.replaceChildren(heading, list, more);
  } catch {
    if (run === current) container.textContent = text.failed ?? '';
  }
  if (run === current) container.dataset.state = 'done';
}

const fromAddress = () => new URLSearchParams(location.search).get('q')?.trim() ?? '';

if (input) input.value = fromAddress();
void run(fromAddress());

// A new query typed into this page runs here, keeping the index loaded; the address changes as a reload would.
form?.addEventListener('submit', (event) => {
  if (!input) return;
  event.preventDefault();
  const query = input.value.trim();
  const url = new URL(location.href);
  url.searchParams.set('q', query);
  history.pushState(null, '', url);
  void run(query);
});
window.addEventListener('popstate', () => {
  if (input) input.value = fromAddress();
  void run(fromAddress());
});
