// The search page's script: runs the query from ?q= against Pagefind and lists the results as plain DOM, with
// text nodes only (excerpts are split by src/lib/search.ts), so nothing indexed can turn into markup.
import { excerptParts, joinHan, pagefindQuery, rankByTitle } from '../lib/search.ts';
import { fill } from '../lib/template.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

const RESULTS_SHOWN = 20;
/** Results read to rank by title; the rest keep Pagefind's order. */
const RESULTS_RANKED = 50;

async function run(): Promise<void> {
  const container = document.getElementById('search-results');
  const input = document.getElementById('search-query') as HTMLInputElement | null;
  if (!container || !input) return;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) return;
  const { index = '', base = '/', loading = '', none = '', count = '', failed = '' } = container.dataset;
  container.textContent = loading;
  try {
    const pagefind = (await import(/* @vite-ignore */ index)) as Pagefind;
    await pagefind.options({ baseUrl: base });
    const { results } = await pagefind.search(pagefindQuery(query));
    const read = await Promise.all(results.slice(0, RESULTS_RANKED).map((result) => result.data()));
    const found = rankByTitle(read.map((item) => ({ ...item, title: item.meta.title ?? item.url })), query).slice(0, RESULTS_SHOWN);
    const heading = document.createElement('p');
    heading.className = 'meta';
    heading.textContent = results.length ? fill(count, { n: results.length, q: query }) : fill(none, { q: query });
    const list = document.createElement('ol');
    list.className = 'search-results';
    for (const item of found) {
      const entry = document.createElement('li');
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = joinHan(item.meta.title ?? item.url);
      const excerpt = document.createElement('p');
      for (const part of excerptParts(item.excerpt)) {
        const node = part.marked ? document.createElement('mark') : document.createTextNode(part.text);
        if (part.marked) node.textContent = part.text;
        excerpt.append(node);
      }
      entry.append(link, excerpt);
      list.append(entry);
    }
    container.replaceChildren(heading, list);
  } catch {
    container.textContent = failed;
  }
}

void run();
