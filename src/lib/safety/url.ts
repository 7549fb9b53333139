// Which addresses the site publishes as links: web pages (http, https), e-mail (mailto) and paths inside the
// site. Anything else (javascript:, data:, vbscript:, file: …) would run or open something when clicked on a host
// that does not send the Content-Security-Policy (GitHub Pages, S3), so it is refused where it is written.
// Browsers ignore tabs and line breaks anywhere in an address and spaces and control characters around it
// ("java\tscript:"); the WHATWG URL parser, which the browsers share, does the same, so it decides the scheme.

export const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

export type UrlKind = 'absolute' | 'link';

/**
 * Why `value` may not be published as a link, in Chinese, or undefined. `absolute` (a source's `url`) wants a
 * whole address; `link` (in an article's text) also takes a path on the site (/projects/, ../x/, #note).
 */
export function urlProblem(value: string, kind: UrlKind): string | undefined {
  let url: URL;
  try {
    url = kind === 'absolute' ? new URL(value) : new URL(value, 'https://site.invalid/a/b/');
  } catch {
    return kind === 'absolute' ? `不是完整的网址，应像 https://example.com/news/1.html` : '不是有效的网址';
  }
  if (!(ALLOWED_SCHEMES as readonly string[]).includes(url.protocol))
    return `网址以“${url.protocol}”开头，不能发布为链接；只允许 http:、https:、mailto: 或本站内的路径`;
  if (url.protocol !== 'mailto:' && !url.hostname) return '网址缺少主机名，应像 https://example.com/news/1.html';
  return undefined;
}
