// What an article body may hold beyond text: Markdown, its charts (a ::chart line in .md, the chart components in
// .mdx). Refused, each at its line:
// - raw HTML (<script>, <img onerror>, <iframe> …), which Markdown and MDX would publish as it is: articles are
//   Markdown, and the HTML comments editors leave for each other are the one exception;
// - links and images whose address is not http, https, mailto or a path on the site (src/lib/safety/url.ts);
// - in .mdx, code: import and export statements (except importing the chart components themselves, which need no
//   import) and {expressions} (except {/* comments */}), which run at build time with the builder's rights.
// Control characters, which no feed or image can carry, are refused in the body as in every other field.

import type { Nodes } from 'mdast';
import type { VFile } from 'vfile';
import { urlProblem } from '../safety/url.ts';
import type { ParsedArticle } from './articleFile.ts';
import { CHART_COMPONENTS, CHART_EMBEDS, directiveFor } from './chartEmbeds.ts';
import { flag } from './diagnostics.ts';
import { forbiddenCharacter } from './fileText.ts';
import { createPositionFinder } from './position.ts';
import type { RuleId } from './rules/index.ts';

const COMMENTS_ONLY = /^\s*(?:<!--[\s\S]*?-->\s*)+$/;
const EXPRESSION_COMMENT = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

/** `import X from '…/src/components/embeds/X.astro'` for a chart X, and nothing else, per statement. */
function onlyChartImports(code: string): boolean {
  const statements = code.split(/;|\n/).map((statement) => statement.trim()).filter(Boolean);
  return statements.every((statement) => {
    const match = /^import\s+([A-Za-z]+)\s+from\s+(['"])((?:\.\.?\/)+src\/components\/embeds\/([A-Za-z]+)\.astro)\2$/.exec(statement);
    return match !== null && match[1] === match[4] && match[1]! in CHART_EMBEDS;
  });
}

function firstTag(html: string): string {
  const tag = /<\/?([A-Za-z][\w:-]*)/.exec(html)?.[1];
  return tag ? `<${tag.toLowerCase()}>` : html.trim().slice(0, 20);
}

function shorten(text: string, length = 40): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

export function checkBodySafety(article: ParsedArticle, file: VFile): void {
  const offsetPlace = createPositionFinder(article.body);
  const placeOf = (node: Nodes) =>
    node.position ? { start: { line: node.position.start.line + article.bodyLine - 1, column: node.position.start.column } } : undefined;

  const forbidden = forbiddenCharacter(article.body);
  if (forbidden) {
    const point = offsetPlace(forbidden.index);
    flag(file, 'error', `正文含有不可见的控制字符 ${forbidden.code}：网页、订阅源和图片都无法容纳它，请删除`, { start: { line: point.line + article.bodyLine - 1, column: point.column } }, 'control-character');
  }
  if (!article.tree) return;

  const stack: Nodes[] = [article.tree as unknown as Nodes];
  while (stack.length) {
    const node = stack.pop()!;
    const type = node.type as string;
    const fail = (reason: string, rule: RuleId) => flag(file, 'error', reason, placeOf(node), rule);
    if (type === 'html') {
      const value = (node as { value: string }).value;
      const chart = /^<([A-Z][A-Za-z]*)/.exec(value.trim())?.[1];
      if (chart && chart in CHART_EMBEDS) fail(`图表组件 <${chart}> 是 .mdx 文章的写法：.md 文章里的图表单独写一行 ${directiveFor(chart)}`, 'raw-html');
      else if (!COMMENTS_ONLY.test(value))
        fail(`正文含有 HTML 标记 ${firstTag(value)}：文章只用 Markdown 书写，HTML 不会发布；请删除，或改用 Markdown（链接写 [文字](https://…)，加粗写 **文字**）`, 'raw-html');
    } else if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
      const element = node as unknown as { name: string | null; attributes: Array<{ type: string }> };
      if (!element.name || !/^[A-Z]/.test(element.name))
        fail(`正文含有 HTML 标记 <${element.name ?? ''}>：.mdx 文章只能嵌入图表组件（${CHART_COMPONENTS.map((name) => `<${name}>`).join('、')}），其余请用 Markdown 书写`, 'raw-html');
      else if (element.attributes.some((attribute) => attribute.type === 'mdxJsxExpressionAttribute'))
        fail(`<${element.name}>：图表组件的属性须逐个写明，不接受 {...} 展开`, 'mdx-code');
    } else if (type === 'mdxjsEsm') {
      const code = (node as { value: string }).value;
      if (!onlyChartImports(code))
        fail(`正文含有 import/export 语句“${shorten(code.split('\n')[0]!.trim())}”：.mdx 文章在构建时作为代码运行，不允许 import/export；图表组件无需 import 即可使用`, 'mdx-code');
    } else if (type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
      const code = (node as { value: string }).value;
      if (!EXPRESSION_COMMENT.test(code))
        fail(`正文含有表达式 {${shorten(code.trim(), 30)}}：.mdx 文章在构建时作为代码运行，不允许 {…} 表达式；要写字面的花括号，请写 \\{`, 'mdx-code');
    } else if (type === 'link' || type === 'image' || type === 'definition') {
      const url = (node as { url: string }).url;
      const problem = urlProblem(url, 'link');
      if (problem) fail(`${type === 'image' ? '图片' : '链接'}“${shorten(url)}”：${problem}`, 'unsafe-url');
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
}
