// Site-wide helpers for components: links under the configured base, and the reader-facing strings.
import strings from '../i18n/zh-Hans.json';
import { withBase } from '../lib/paths.ts';

export { strings };
export { routes } from '../lib/paths.ts';
export { fill } from '../lib/template.ts';

/** A root-relative path under the site's base, e.g. link('/projects/') → '/reports/daqing/projects/'. */
export function link(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
