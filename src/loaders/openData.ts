// Open-data files as Astro endpoints render them: the dataset, absolute links to this site's pages.
import { dataset } from './dataset.ts';
import { absoluteUrl, routes } from './site.ts';
import type { OpenDataContext } from '../lib/openData.ts';

export const openDataContext: OpenDataContext = {
  articleUrl: (slug) => absoluteUrl(routes.article(slug)),
  projectUrl: (id) => absoluteUrl(routes.project(id)),
};

export function csvResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

export { dataset };
