// The HTML a feed carries for each article, cut down to what an article may contain. Feed readers and the sites
// that republish feeds render it without our Content-Security-Policy, so anything beyond these tags and
// attributes (scripts, styles, event handlers, frames, forms, javascript: and data: addresses) is dropped here,
// whatever got past the content check. hast-util-sanitize does the work (the library behind rehype-sanitize).
import { fromHtml } from 'hast-util-from-html';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { xmlSafeText } from './xml.ts';

/** The allow-list: Markdown's output (GFM tables, footnotes, strikethrough) and a chart's figure and image. */
export const FEED_HTML_SCHEMA: Schema = {
  tagNames: ['p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'b', 'i', 'del', 's', 'sup', 'sub', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'img', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'section'],
  attributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'width', 'height'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
  },
  // Relative addresses (no scheme) stay allowed: they point inside the site.
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
  // Dropped with their content; every other element not listed is unwrapped, keeping its text.
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'select', 'title'],
  clobber: [],
  clobberPrefix: '',
};

export function sanitizeFeedHtml(html: string): string {
  return toHtml(sanitize(fromHtml(xmlSafeText(html), { fragment: true }), FEED_HTML_SCHEMA));
}
