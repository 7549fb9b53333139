// Charts in a Markdown (.md) article: a line of its own written in remark-directive syntax,
//
//   ::chart{kind=economics project=huali-bio}
//   ::chart{kind=milestones projects="huali-bio longjiang-chemical-polycarbonate"}
//   ::chart{kind=progress}
//   ::chart{kind=comparison}
//
// Astro's Markdown processor (Sätteri, with its directive feature) turns each into a placeholder element in the
// article's stored HTML, and the article page and the feed put the chart there (src/loaders/articleBody.ts). The HTML
// holds no chart, so a stored article stays valid when the dataset or the date changes what its charts show.
// An .md article therefore runs no code at build time; the same charts are components in an .mdx article.
//
// Directive syntax also reads `:word` inside a line as a text directive, which would swallow text such as 10:52
// or note:abc. Only `::chart` lines are charts: every other directive goes back to the text it was written as.

import type { Nodes, Parents, Root } from 'mdast';
import { defineMdastPlugin } from 'satteri';
import type { ChartName } from './chartRefs.ts';
import { isChartName } from './registry.ts';

export const CHART_DIRECTIVE = 'chart';

/** The props of a chart component, as an .mdx article writes them and a directive's attributes give them. */
export interface ChartProps {
  project?: string;
  projects?: string[];
}

/** A chart placed in an article's HTML. */
export interface ChartPlacement {
  chart: ChartName;
  props: ChartProps;
}

/** `a b`, `a,b` or `a, b`: the ids of a directive's `projects` attribute. */
export function idList(value: string): string[] {
  return value.split(/[\s,，、]+/u).filter(Boolean);
}

const TAG = 'jindu-chart';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The element a chart directive becomes in the stored HTML. */
export function chartPlaceholder(attributes: Readonly<Record<string, string | null | undefined>>): string {
  const fields = ['kind', 'project', 'projects'].flatMap((name) => {
    const value = attributes[name];
    return typeof value === 'string' ? [` data-${name}="${escapeAttribute(value)}"`] : [];
  });
  return `<${TAG}${fields.join('')}></${TAG}>`;
}

const PLACEHOLDER = new RegExp(`<${TAG}((?: data-[a-z]+="[^"]*")*)></${TAG}>`, 'g');

function placement(attributeText: string): ChartPlacement | undefined {
  const attributes: Record<string, string> = {};
  for (const match of attributeText.matchAll(/ data-([a-z]+)="([^"]*)"/g)) attributes[match[1]!] = unescapeAttribute(match[2]!);
  const chart = attributes.kind;
  if (chart === undefined || !isChartName(chart)) return undefined;
  const props: ChartProps = {};
  if (attributes.project !== undefined) props.project = attributes.project;
  if (attributes.projects !== undefined) props.projects = idList(attributes.projects);
  return { chart, props };
}

/**
 * An article's HTML cut at its charts: text and charts in reading order. A placeholder naming no chart kind (the
 * content check refuses those before a build) is left out.
 */
export function splitAtCharts(html: string): Array<string | ChartPlacement> {
  const parts: Array<string | ChartPlacement> = [];
  let last = 0;
  for (const match of html.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push(html.slice(last, match.index));
    const found = placement(match[1] ?? '');
    if (found) parts.push(found);
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push(html.slice(last));
  return parts;
}

interface Positioned {
  position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
}

function sourceOf(node: Positioned, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end);
}

/**
 * The Markdown processor's plugin: a `::chart` line becomes its placeholder; any other directive becomes the text
 * it was written as (a `::name` or `:::name` block a paragraph of it), as if directives did not exist.
 */
export const chartDirectives = defineMdastPlugin({
  name: 'jindu-chart-directives',
  options: { position: true },
  leafDirective(node, context) {
    if (node.name === CHART_DIRECTIVE) return { type: 'html', value: chartPlaceholder(node.attributes ?? {}) };
    context.replaceNode(node, { type: 'paragraph', children: [{ type: 'text', value: sourceOf(node, context.source) }] });
    return undefined;
  },
  containerDirective(node, context) {
    context.replaceNode(node, { type: 'paragraph', children: [{ type: 'text', value: sourceOf(node, context.source) }] });
    return undefined;
  },
  textDirective(node, context) {
    context.replaceNode(node, { type: 'text', value: sourceOf(node, context.source) });
    return undefined;
  },
});

/**
 * The same for a parsed tree (the content check's): each text directive is put back as the text it was written as,
 * with its position, so the checks read the text readers will see. A restored `:chart` keeps its name in
 * `data.directive`: written inside a line, it is text, and the check says how to write a chart. Block directives
 * stay as they are, for the check to accept (`::chart`) or refuse.
 */
export function restoreDirectiveText(tree: Root, source: string): Root {
  // A loop, not recursion: the tree may be thousands of levels deep (the check refuses that afterwards, at its line).
  const stack: Parents[] = [tree];
  while (stack.length) {
    const parent = stack.pop()!;
    parent.children = parent.children.map((child) => {
      const node = child as Nodes;
      if ((node.type as string) === 'textDirective') {
        const name = (node as { name?: string }).name;
        return { type: 'text', value: sourceOf(node, source), position: node.position, ...(name === CHART_DIRECTIVE ? { data: { directive: name } } : {}) } as never;
      }
      if ('children' in node) stack.push(node as Parents);
      return child;
    }) as typeof parent.children;
  }
  return tree;
}
