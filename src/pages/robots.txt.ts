import { absoluteUrl } from '../loaders/site.ts';

/** Crawlers read robots.txt at a host's root only; under a sub-folder this file is harmless and unused. */
export function GET(): Response {
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
