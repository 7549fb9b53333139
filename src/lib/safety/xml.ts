// Text and markup made safe for XML (SVG files, the PNG renderer, feeds, sitemaps). XML is stricter than HTML:
// a "<" inside an attribute, which HTML and Astro's renderer allow, makes an SVG unreadable (librsvg, behind sharp,
// stops with "Unescaped '<' not allowed in attributes values"), and XML 1.0 cannot carry most control characters
// at all. The content check refuses those characters; these functions make sure anyway.
import { fromHtml } from 'hast-util-from-html';
import { toXast } from 'hast-util-to-xast';
import { toXml } from 'xast-util-to-xml';

// Characters XML 1.0 does not allow (controls other than tab and line breaks, U+FFFE, U+FFFF) and lone
// surrogates (a /u class matches a surrogate only when it stands alone).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** The text without the characters XML cannot hold. */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Text for an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return xmlSafeText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * SVG markup as rendered for HTML (by Astro) re-serialised as well-formed XML: parsed as browsers parse it, then
 * written with every attribute and text escaped for XML.
 */
export function svgAsXml(markup: string): string {
  const tree = fromHtml(xmlSafeText(markup.replace(/^\s*<\?xml[^>]*\?>\s*/, '')), { fragment: true });
  // xast-util-to-xml escapes & and < in text but leaves "]]>", which XML forbids in text; the output has no CDATA
  // section, and &gt; means the same in an attribute, so every one of them can be escaped.
  const xml = toXml(toXast(tree)).trim().replaceAll(']]>', ']]&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}
