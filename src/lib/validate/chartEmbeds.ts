// Charts an editor embeds in an article, as a line of an .md article (::chart{kind=economics project=huali-bio})
// or a component of an .mdx one (<Economics project="huali-bio" />): the chart must exist, its attributes
// or props must be the ones it takes, and every project id must be in the dataset, all reported with the line in
// the article, before Astro ever renders it. Both ways of writing a chart get the same checks and messages, each
// quoting the chart as the editor wrote it.

import type { Nodes } from 'mdast';
import type { VFile } from 'vfile';
import type { ParsedArticle } from './articleFile.ts';
import { CHART_DIRECTIVE, idList } from '../charts/chartDirective.ts';
import type { ChartName } from '../charts/chartRefs.ts';
import { propKinds, type PropKind } from '../charts/embed.ts';
import { ACCEPTED_CHART_COMPONENTS, CHART_COMPONENTS, CHART_NAMES, CHARTS, chartOfComponent, isChartName } from '../charts/registry.ts';

export { CHART_COMPONENTS };
import { flag } from './diagnostics.ts';
import { closestMatch } from './zodIssues.ts';
import type { RuleId } from './rules/index.ts';

interface EmbedRules {
  props: Record<string, PropKind>;
  /** Props of which exactly one must be given (none when the list is empty). */
  oneOf: string[];
  /** The chart needs investment or return figures. */
  needsFigures?: boolean;
}

/**
 * The chart components editors may use in .mdx articles, with no import, and what each takes (each chart's
 * src/lib/charts/<chart>/embed.ts), under every name accepted: CHART_COMPONENTS lists the ones to show editors.
 */
export const CHART_EMBEDS: Record<string, EmbedRules> = Object.fromEntries(
  ACCEPTED_CHART_COMPONENTS.map((component) => {
    const { props, oneOf, needsFigures } = CHARTS[chartOfComponent(component)!].embed;
    return [component, { props: propKinds(props), oneOf, ...(needsFigures ? { needsFigures } : {}) }];
  }),
);

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

/** A chart as written, in either syntax, ready for the checks both share. */
interface ChartUse {
  /** The spec's key: the component that draws it. */
  component: string;
  /** The chart as the editor wrote it, without its attributes: <Milestones> or ::chart{kind=milestones}. */
  label: string;
  /** The same with one attribute named: <Milestones projects> or ::chart{kind=milestones projects}. */
  labelWith: (attribute: string, value?: string) => string;
  example: string;
  /** A component's props are written in quotes ("…"), a directive's attributes need none. */
  quotes: boolean;
  attributes: Array<{ name: string; ids: string[] | undefined }>;
}

const componentExample = (component: string) => CHARTS[chartOfComponent(component)!].embed.example.component;
const directiveExample = (chart: ChartName) => CHARTS[chart].embed.example.directive;

/** The checks both syntaxes share: props or attributes, and the project ids they name. */
function checkUse(use: ChartUse, fail: (reason: string, rule: RuleId) => void, context: EmbedContext): void {
  const spec = CHART_EMBEDS[use.component]!;
  for (const attribute of use.attributes) {
    if (!(attribute.name in spec.props)) {
      const allowed = Object.keys(spec.props);
      const match = closestMatch(attribute.name, allowed);
      fail(`${use.label}：不认识的属性 ${attribute.name}${match ? `（是不是 ${match}？）` : ''}；${allowed.length ? `可用的属性：${allowed.join('、')}` : '这个图表不带属性'}，例如 ${use.example}`, 'chart-props');
    }
  }
  const chosen = spec.oneOf.filter((name) => use.attributes.some((attribute) => attribute.name === name));
  if (spec.oneOf.length && chosen.length !== 1) {
    const problem = chosen.length ? `属性 ${chosen.join(' 和 ')} 只能写其一` : `缺少属性 ${spec.oneOf.join(' 或 ')}`;
    fail(`${use.label}：${problem}，例如 ${use.example}`, 'chart-props');
    return;
  }
  for (const attribute of use.attributes) {
    const kind = spec.props[attribute.name];
    if (!kind) continue;
    const ids = attribute.ids;
    if (!ids || (kind === 'projectIds' && ids.length === 0) || (kind === 'projectId' && ids.length !== 1)) {
      fail(`${use.label}：属性 ${attribute.name} 应为${kind === 'projectId' ? `一个项目 id${use.quotes ? '，写在引号里' : ''}` : '项目 id 的列表'}，例如 ${use.example}`, 'chart-props');
      continue;
    }
    for (const id of ids) {
      if (!context.projectIds.has(id)) {
        const match = closestMatch(id, [...context.projectIds]);
        fail(`${use.labelWith(attribute.name)}：content/data/projects.json 里没有项目 ${id}${match ? `（是不是 ${match}？）` : ''}`, 'unknown-chart-project');
      } else if (spec.needsFigures && !context.projectsWithFigures.has(id)) {
        fail(`${use.labelWith(attribute.name, id)}：数据集里没有项目 ${id} 的投资或收益数字，画不出这张图表`, 'chart-without-data');
      }
    }
  }
}

function checkComponents(article: ParsedArticle, file: VFile, context: EmbedContext): void {
  const imported = importedNames(article.tree as unknown as Nodes);
  for (const element of elements(article.tree as unknown as Nodes)) {
    // Lower-case names are HTML elements, and imported components are the article's own: only charts are checked.
    if (!element.name || !/^[A-Z]/.test(element.name) || imported.has(element.name)) continue;
    const place = element.position ? { start: { line: element.position.start.line + article.bodyLine - 1, column: element.position.start.column } } : undefined;
    const fail = (reason: string, rule: RuleId) => flag(file, 'error', reason, place, rule);
    const name = element.name;
    if (!CHART_EMBEDS[name]) {
      const match = closestMatch(name, CHART_COMPONENTS) ?? closestMatch(name, ACCEPTED_CHART_COMPONENTS);
      fail(`<${name}>：没有这个图表${match ? `（是不是 <${match}>？）` : `；应为以下之一：${CHART_COMPONENTS.map((chart) => `<${chart}>`).join('、')}`}`, 'unknown-chart');
      continue;
    }
    const attributes = element.attributes
      .filter((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name)
      .map((attribute) => {
        const kind = CHART_EMBEDS[name]!.props[attribute.name!];
        const ids =
          kind === 'projectIds'
            ? attribute.value && typeof attribute.value === 'object' ? parseIdList(attribute.value.value) : undefined
            : typeof attribute.value === 'string' ? [attribute.value] : undefined;
        return { name: attribute.name!, ids };
      });
    checkUse(
      { component: name, label: `<${name}>`, labelWith: (attribute, value) => `<${name} ${attribute}${value === undefined ? '' : `="${value}"`}>`, example: componentExample(name), quotes: true, attributes },
      fail,
      context,
    );
  }
}

interface DirectiveNode {
  type: 'leafDirective' | 'containerDirective' | 'text';
  name?: string;
  attributes?: Record<string, string | null | undefined> | null;
  data?: { directive?: string };
  position?: { start: { line: number; column: number } };
}

function directives(node: Nodes, found: DirectiveNode[] = []): DirectiveNode[] {
  const type = node.type as string;
  if (type === 'leafDirective' || type === 'containerDirective' || (type === 'text' && (node as DirectiveNode).data?.directive)) found.push(node as unknown as DirectiveNode);
  if ('children' in node) for (const child of node.children as Nodes[]) directives(child, found);
  return found;
}

function checkDirectives(article: ParsedArticle, file: VFile, context: EmbedContext): void {
  const kinds = CHART_NAMES;
  for (const node of directives(article.tree as unknown as Nodes)) {
    const place = node.position ? { start: { line: node.position.start.line + article.bodyLine - 1, column: node.position.start.column } } : undefined;
    const fail = (reason: string, rule: RuleId) => flag(file, 'error', reason, place, rule);
    if (node.type === 'text') {
      fail(`:${CHART_DIRECTIVE}：图表要单独写一行，以两个冒号开头，例如 ${directiveExample('economics')}`, 'chart-props');
      continue;
    }
    if (node.type === 'containerDirective' || node.name !== CHART_DIRECTIVE) {
      const written = `${node.type === 'containerDirective' ? ':::' : '::'}${node.name ?? ''}`;
      fail(`${written}：没有这个图表；图表写作 ::${CHART_DIRECTIVE}{kind=…}，例如 ${directiveExample('economics')}`, 'unknown-chart');
      continue;
    }
    const attributes = node.attributes ?? {};
    const kind = attributes.kind;
    if (!kind) {
      fail(`::${CHART_DIRECTIVE}：缺少属性 kind；应为以下之一：kind=${kinds.join('、kind=')}，例如 ${directiveExample('economics')}`, 'chart-props');
      continue;
    }
    if (!isChartName(kind)) {
      const match = closestMatch(kind, kinds);
      fail(`::${CHART_DIRECTIVE}{kind=${kind}}：没有这个图表${match ? `（是不是 kind=${match}？）` : `；应为以下之一：kind=${kinds.join('、kind=')}`}`, 'unknown-chart');
      continue;
    }
    const chartKind = kind;
    const label = `::${CHART_DIRECTIVE}{kind=${chartKind}}`;
    const uses = Object.entries(attributes)
      .filter(([name]) => name !== 'kind')
      .map(([name, value]) => ({ name, ids: typeof value === 'string' && value.trim() ? idList(value) : undefined }));
    checkUse(
      {
        component: CHARTS[chartKind].embed.component,
        label,
        labelWith: (attribute, value) => `::${CHART_DIRECTIVE}{kind=${chartKind} ${attribute}${value === undefined ? '' : `=${value}`}}`,
        example: directiveExample(chartKind),
        quotes: false,
        attributes: uses,
      },
      fail,
      context,
    );
  }
}

export function checkChartEmbeds(article: ParsedArticle, file: VFile, context: EmbedContext): void {
  if (!article.tree) return;
  if (article.format === 'mdx') checkComponents(article, file, context);
  else checkDirectives(article, file, context);
}

/** The kind a directive writes for a chart component, for messages pointing from one syntax to the other. */
export function directiveFor(component: string): string | undefined {
  const chart = chartOfComponent(component);
  return chart ? directiveExample(chart) : undefined;
}
