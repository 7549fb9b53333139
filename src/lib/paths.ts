// Every internal link goes through here so the site works under any sub-folder (BASE_PATH=/reports/daqing/).

/** Joins the site's base with a root-relative path: ('/reports/daqing/', '/projects/') → '/reports/daqing/projects/'. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const rooted = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${rooted}`;
}

/** Root-relative addresses of the site's pages, before the base is applied. */
export const routes = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  articles: () => '/articles/',
  projects: () => '/projects/',
  project: (id: string) => `/projects/${id}/`,
  data: () => '/data/',
  search: () => '/search/',
  tracker: () => '/tracker/',
  updatesFeed: () => '/updates.xml',
  articleCard: (slug: string) => `/cards/articles/${slug}.png`,
  projectCard: (id: string) => `/cards/projects/${id}.png`,
  sector: (slug: string) => `/projects/sectors/${slug}/`,
  park: (slug: string) => `/projects/parks/${slug}/`,
  stage: (stage: string) => `/projects/stages/${stage}/`,
  articlesPage: (page: number) => (page <= 1 ? '/articles/' : `/articles/page/${page}/`),
} as const;
