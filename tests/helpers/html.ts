// Reading built HTML as a reader's browser would: visible text, links, and elements by selector.
import { parse, type HTMLElement } from 'node-html-parser';

export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false, blockTextElements: { script: true, style: true } });
}

/** The text a reader sees (scripts and styles excluded), whitespace collapsed. */
export function visibleText(root: HTMLElement): string {
  const clone = parseHtml(root.toString());
  for (const element of clone.querySelectorAll('script, style, template')) element.remove();
  return clone.textContent.replace(/\s+/g, ' ').trim();
}

export function links(root: HTMLElement): string[] {
  return [
    ...root.querySelectorAll('a[href]').map((element) => element.getAttribute('href')!),
    ...root.querySelectorAll('link[href]').map((element) => element.getAttribute('href')!),
    ...root.querySelectorAll('[src]').map((element) => element.getAttribute('src')!),
  ];
}
