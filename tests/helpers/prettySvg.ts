// Markup laid out one element per line, indented by depth, so a chart snapshot changes by the lines that changed.
// Tags are kept exactly as rendered (attribute order, quoting, entities); only whitespace between elements is
// dropped and re-laid. An element holding nothing but text stays on one line with it, so no text gains
// whitespace. Meant for the well-formed SVG our components render: anything else throws rather than guessing.

type Node =
  | { type: 'element'; name: string; open: string; close: string; children: Node[] }
  | { type: 'text'; text: string }
  | { type: 'other'; text: string };

// A start tag whose attribute values may hold any character but their quote, `>` included.
const START = /<([A-Za-z][\w:.-]*)(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+))?)*\s*(\/?)>/y;
const END = /<\/([A-Za-z][\w:.-]*)\s*>/y;
const OTHER = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<![A-Za-z][^>]*>/y;

function parse(markup: string): Node[] {
  const root: Node[] = [];
  const open: Extract<Node, { type: 'element' }>[] = [];
  const children = () => open.at(-1)?.children ?? root;
  let at = 0;
  const match = (pattern: RegExp) => {
    pattern.lastIndex = at;
    return pattern.exec(markup);
  };
  while (at < markup.length) {
    if (markup[at] !== '<') {
      const next = markup.indexOf('<', at);
      const end = next === -1 ? markup.length : next;
      children().push({ type: 'text', text: markup.slice(at, end) });
      at = end;
      continue;
    }
    let found: RegExpExecArray | null;
    if ((found = match(START))) {
      const element = { type: 'element' as const, name: found[1]!, open: found[0], close: '', children: [] };
      children().push(element);
      if (!found[2]) open.push(element);
    } else if ((found = match(END))) {
      const element = open.pop();
      if (!element || element.name !== found[1]) throw new Error(`prettySvg: </${found[1]}> at ${at} closes ${element ? `<${element.name}>` : 'nothing'}`);
      element.close = found[0];
    } else if ((found = match(OTHER))) {
      children().push({ type: 'other', text: found[0] });
    } else {
      throw new Error(`prettySvg: no tag at ${at}: ${JSON.stringify(markup.slice(at, at + 40))}`);
    }
    at += found[0].length;
  }
  if (open.length) throw new Error(`prettySvg: <${open.at(-1)!.name}> is never closed`);
  return root;
}

function print(nodes: Node[], depth: number, indent: string, lines: string[]): void {
  const pad = indent.repeat(depth);
  for (const node of nodes) {
    if (node.type !== 'element') {
      // Whitespace between elements is layout, not content: the printer supplies its own.
      if (node.text.trim()) lines.push(pad + node.text);
    } else if (node.children.every((child) => child.type === 'text')) {
      lines.push(pad + node.open + node.children.map((child) => (child.type === 'text' ? child.text : '')).join('') + node.close);
    } else {
      lines.push(pad + node.open);
      print(node.children, depth + 1, indent, lines);
      lines.push(pad + node.close);
    }
  }
}

/** `markup` with one element per line, each indented by its depth; ends with a newline. */
export function prettySvg(markup: string, indent = '  '): string {
  const lines: string[] = [];
  print(parse(markup), 0, indent, lines);
  return lines.join('\n') + '\n';
}
