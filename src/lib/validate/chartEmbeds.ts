// Charts an editor embeds in an .mdx article (<ProjectEconomics project="huali-bio" />): the component must exist,
// its props must be the ones it takes, and every project id must be in the dataset, all reported with the line
// in the article, before Astro ever renders it.

import type { Nodes } from 'mdast';
import type { VFile } from 'vfile';
import type { ParsedArticle } from './articleFile.ts';
import { report } from './diagnostics.ts';
import { closestMatch } from './zodIssues.ts';

type PropKind = 'projectId' | 'projectIds';

interface EmbedSpec {
  props: Record<string, PropKind>;
  /** Props of which exactly one must be given (none when the list is empty). */
  oneOf: string[];
  /** The chart needs investment or return figures. */
  needsFigures?: boolean;
}

/** The chart components editors may use in .mdx articles, with no import, and what each takes. */
export const CHART_EMBEDS: Record<string, EmbedSpec> = {
  ProjectEconomics: { props: { project: 'projectId' }, oneOf: ['project'], needsFigures: true },
  Milestones: { props: { project: 'projectId', projects: 'projectIds' }, oneOf: ['project', 'projects'] },
  ZoneProgress: { props: {}, oneOf: [] },
  ProjectsComparison: { props: {}, oneOf: [] },
};

const EXAMPLES: Record<string, string> = {
  ProjectEconomics: '<ProjectEconomics project="huali-bio" />',
  Milestones: '<Milestones projects={["huali-bio", "longjiang-chemical-polycarbonate"]} />',
  ZoneProgress: '<ZoneProgress />',
  ProjectsComparison: '<ProjectsComparison />',
};

interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  position?: { start: { line: number; column: number } };
}

function elements(node: Nodes, found: JsxElement[] = []): JsxElement[] {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') found.push(node as unknown as JsxElement);
  if ('children' in node) for (const child of node.children as Nodes[]) elements(child, found);
  return found;
}

/** A list of ids written as a JavaScript array of strings: {["a", "b"]} or {['a']}. */
export function parseIdList(expression: string): string[] | undefined {
  const match = /^\s*\[([\s\S]*)\]\s*$/.exec(expression);
  if (!match) return undefined;
  const items = match[1]!.split(',').map((item) => item.trim()).filter(Boolean);
  const ids = items.map((item) => /^(["'])([a-z0-9-]+)\1$/.exec(item)?.[2]);
  return ids.every((id): id is string => id !== undefined) ? ids : undefined;
}

export interface EmbedContext {
  projectIds: ReadonlySet<string>;
  /** Projects with investment or return figures. */
  projectsWithFigures: ReadonlySet<string>;
}

/** Names an MDX body imports itself (import X from …; import { X, Y as Z } from …): those are its own business. */
export function importedNames(tree: Nodes): Set<string> {
  const names = new Set<string>();
  const visit = (node: Nodes) => {
    if ((node.type as string) === 'mdxjsEsm') {
      const code = (node as unknown as { value: string }).value;
      for (const match of code.matchAll(/import\s+([A-Za-z_$][\w$]*)/g)) names.add(match[1]!);
      for (const match of code.matchAll(/import\s*(?:[A-Za-z_$][\w$]*\s*,\s*)?\{([^}]*)\}/g)) {
        for (const part of match[1]!.split(',')) {
          const name = part.trim().split(/\s+as\s+/).pop()?.trim();
          if (name) names.add(name);
        }
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return names;
}

export function checkChartEmbeds(article: ParsedArticle, file: VFile, context: EmbedContext): void {
  if (!article.tree) return;
  const imported = importedNames(article.tree as unknown as Nodes);
  for (const element of elements(article.tree as unknown as Nodes)) {
    // Lower-case names are HTML elements, and imported components are the article's own: only charts are checked.
    if (!element.name || !/^[A-Z]/.test(element.name) || imported.has(element.name)) continue;
    const place = element.position ? { start: { line: element.position.start.line + article.bodyLine - 1, column: element.position.start.column } } : undefined;
    const fail = (reason: string, rule: string) => report(file, 'error', reason, place, rule);
    const spec = CHART_EMBEDS[element.name];
    if (!spec) {
      const match = closestMatch(element.name, Object.keys(CHART_EMBEDS));
      fail(`<${element.name}>: no such chart; ${match ? `did you mean <${match}>?` : `expected one of ${Object.keys(CHART_EMBEDS).map((name) => `<${name}>`).join(', ')}`}`, 'unknown-chart');
      continue;
    }
    const given = element.attributes.filter((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name);
    for (const attribute of given) {
      if (!(attribute.name! in spec.props)) {
        const allowed = Object.keys(spec.props);
        fail(`<${element.name}>: unknown prop "${attribute.name}"; ${allowed.length ? `it takes ${allowed.map((name) => `"${name}"`).join(' or ')}` : 'it takes none'}, like ${EXAMPLES[element.name]}`, 'chart-props');
      }
    }
    const chosen = spec.oneOf.filter((name) => given.some((attribute) => attribute.name === name));
    if (spec.oneOf.length && chosen.length !== 1) {
      fail(`<${element.name}>: expected ${spec.oneOf.map((name) => `"${name}"`).join(' or ')}, like ${EXAMPLES[element.name]}`, 'chart-props');
      continue;
    }
    for (const attribute of given) {
      const kind = spec.props[attribute.name!];
      if (!kind) continue;
      let ids: string[] | undefined;
      if (kind === 'projectId') ids = typeof attribute.value === 'string' ? [attribute.value] : undefined;
      else ids = attribute.value && typeof attribute.value === 'object' ? parseIdList(attribute.value.value) : undefined;
      if (!ids || (kind === 'projectIds' && ids.length === 0)) {
        fail(`<${element.name}>: "${attribute.name}" expected ${kind === 'projectId' ? 'a project id in quotes' : 'a list of project ids'}, like ${EXAMPLES[element.name]}`, 'chart-props');
        continue;
      }
      for (const id of ids) {
        if (!context.projectIds.has(id)) {
          const match = closestMatch(id, [...context.projectIds]);
          fail(`<${element.name} ${attribute.name}>: no project "${id}" in content/data/projects.json${match ? `; did you mean "${match}"?` : ''}`, 'unknown-chart-project');
        } else if (spec.needsFigures && !context.projectsWithFigures.has(id)) {
          fail(`<${element.name} ${attribute.name}="${id}">: the dataset has no investment or return figures for "${id}" to chart`, 'chart-without-data');
        }
      }
    }
  }
}
