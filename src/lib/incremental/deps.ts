// The names of what a page can depend on, and what each stands for now (its fingerprint), computed from the content
// files themselves. The data modules record these names as pages read the data (src/loaders/dataset.ts, articles.ts,
// today.ts); the page cache compares the fingerprints a page's names have now with the ones they had when the page
// was made. A fingerprint may change when the page would not (a comment in an article's frontmatter): then the page
// is made again for nothing, never served stale.

import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';

export const dep = {
  /** One project's record, its presence included. */
  project: (id: string) => `project:${id}`,
  /** Which projects there are, in order. */
  projects: 'projects',
  /** Every project's sector and park: which browse groups there are, their sizes and addresses. */
  projectGroups: 'project-groups',
  /** A top-level field of the dataset other than its projects (zone, indicators, events, updated …). */
  dataset: (field: string) => `dataset:${field}`,
  /** One article's frontmatter, its presence included. */
  articleData: (id: string) => `article-data:${id}`,
  /** One article whole: frontmatter and body. */
  article: (id: string) => `article:${id}`,
  /** Which articles are published and in which order: every article's frontmatter. */
  articles: 'articles',
  /** The articles that list a project in their frontmatter, and their frontmatter. */
  articlesNaming: (projectId: string) => `articles-naming:${projectId}`,
  /** The date milestones are judged on (JINDU_TODAY, else today in China). */
  today: 'today',
} as const;

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

const ABSENT = 'absent';

/** An article file as the build reads it: its address (file name without extension) and text. */
export interface ArticleSource {
  id: string;
  text: string;
  /** The project ids its frontmatter lists, when already read (else read from the text when needed). */
  projects?: readonly string[] | undefined;
}

/** The project ids an article's frontmatter lists; none when it cannot be read (the content check says why). */
function listedProjects(frontmatter: string): string[] {
  try {
    const data = parseYaml(frontmatter, { schema: 'core', maxAliasCount: 100 }) as { projects?: unknown } | null;
    return Array.isArray(data?.projects) ? data.projects.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Fingerprints of every name, from the dataset's text, the article files and the date. */
export class Fingerprints {
  private readonly values = new Map<string, string>();
  private readonly dataset: Record<string, unknown>;
  private readonly projects = new Map<string, string>();
  private readonly articles: ReadonlyArray<ArticleSource & { frontmatter: string; data: string }>;
  private naming: Map<string, string> | undefined;

  constructor(datasetText: string, articles: readonly ArticleSource[], today: string) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(datasetText);
    } catch {
      parsed = undefined;
    }
    this.dataset = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    const projects = Array.isArray(this.dataset.projects) ? (this.dataset.projects as unknown[]) : [];
    const ids: unknown[] = [];
    const groups: unknown[] = [];
    for (const project of projects) {
      const { id, sector, park } = (project ?? {}) as { id?: unknown; sector?: unknown; park?: unknown };
      ids.push(id);
      groups.push([id, sector, park]);
      if (typeof id === 'string') this.projects.set(id, sha256(JSON.stringify(project)));
    }
    this.values.set(dep.projects, sha256(JSON.stringify(ids)));
    this.values.set(dep.projectGroups, sha256(JSON.stringify(groups)));
    this.articles = [...articles]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((article) => {
        const frontmatter = FRONTMATTER.exec(article.text)?.[1] ?? article.text;
        return { ...article, frontmatter, data: sha256(frontmatter) };
      });
    const all = createHash('sha256');
    for (const article of this.articles) {
      this.values.set(dep.articleData(article.id), article.data);
      this.values.set(dep.article(article.id), sha256(article.text));
      all.update(`${article.id}\n${article.data}\n`);
    }
    this.values.set(dep.articles, all.digest('hex'));
    this.values.set(dep.today, today);
  }

  /** What `name` stands for now; undefined for a name this build does not know (so it never matches). */
  of(name: string): string | undefined {
    const known = this.values.get(name);
    if (known !== undefined) return known;
    if (name.startsWith('project:')) return this.projects.get(name.slice('project:'.length)) ?? ABSENT;
    if (name.startsWith('dataset:')) {
      const field = name.slice('dataset:'.length);
      const value = field === 'projects' ? undefined : this.dataset[field];
      const fingerprint = value === undefined ? ABSENT : sha256(JSON.stringify(value));
      this.values.set(name, fingerprint);
      return fingerprint;
    }
    if (name.startsWith('articles-naming:')) return this.namingFingerprints().get(name) ?? ABSENT;
    // An article that is not there.
    if (name.startsWith('article:') || name.startsWith('article-data:')) return ABSENT;
    return undefined;
  }

  /** The project each article lists first, by the article's address (the search index keeps them together). */
  firstProjects(): Map<string, string> {
    const first = new Map<string, string>();
    for (const article of this.articles) {
      const [project] = this.projectsOf(article);
      if (project !== undefined) first.set(article.id, project);
    }
    return first;
  }

  private readonly listed = new Map<string, readonly string[]>();

  private projectsOf(article: ArticleSource & { frontmatter: string }): readonly string[] {
    let projects = article.projects ?? this.listed.get(article.id);
    if (!projects) this.listed.set(article.id, (projects = listedProjects(article.frontmatter)));
    return projects;
  }

  /** For each project, the frontmatter of the articles that list it (drafts too: a draft may be published next). */
  private namingFingerprints(): Map<string, string> {
    if (this.naming) return this.naming;
    const lists = new Map<string, string[]>();
    for (const article of this.articles) {
      for (const id of new Set(this.projectsOf(article))) {
        const list = lists.get(id) ?? [];
        list.push(`${article.id}\n${article.data}`);
        lists.set(id, list);
      }
    }
    this.naming = new Map([...lists].map(([id, list]) => [dep.articlesNaming(id), sha256(list.join('\n'))]));
    return this.naming;
  }

  /** One fingerprint for a set of names, in any order; undefined when one of them is unknown. */
  digest(names: Iterable<string>): string | undefined {
    const hash = createHash('sha256');
    for (const name of [...names].sort()) {
      const value = this.of(name);
      if (value === undefined) return undefined;
      hash.update(`${name}=${value}\n`);
    }
    return hash.digest('hex');
  }
}
