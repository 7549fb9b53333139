// Site-wide helpers for components: links under the configured base, and the reader-facing strings.
import { base, site } from 'astro:config/client';
import strings from '../i18n/zh-Hans.json';
import { withBase } from '../lib/paths.ts';
import { dataset } from './dataset.ts';

export { strings };
export { routes } from '../lib/paths.ts';
export { fill } from '../lib/template.ts';

/** A root-relative path under the site's base, e.g. link('/projects/') → '/reports/daqing/projects/'. */
export function link(path: string): string {
  // The configured base, not import.meta.env.BASE_URL: a BASE_URL variable in the environment (CI systems and
  // test runners set one) replaces that at build time and would send every link to the root.
  return withBase(base, path);
}

/** The public address of a page or file, for canonical links, feeds, embeds and downloads. */
export function absoluteUrl(path: string): string {
  return new URL(link(path), site ?? 'https://jindu.example.org').href;
}

/** A title with the zone the site covers, as the feeds and the home page give theirs: 进度 · 大庆高新区. */
export function zoneTitle(name: string): string {
  return `${name} · ${dataset.zone.shortName}`;
}
