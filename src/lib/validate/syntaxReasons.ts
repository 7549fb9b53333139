// The YAML and MDX parsers explain syntax errors in English; editors read Chinese. The mistakes editors make
// (an unquoted colon in a title, an unclosed quote, a tab, a stray < or { in MDX) are worded here; a parser
// message not listed is shown as the parser wrote it, marked as such, rather than hidden.

/** The parser's own words, for a mistake with no Chinese wording yet. */
function parserSaid(message: string): string {
  return `解析器的原话：${message.split('\n')[0]}`;
}

const YAML_REASONS: Record<string, string> = {
  ALIAS_PROPS: '别名（*名称）不能带标签或锚点',
  BAD_ALIAS: '别名（*名称）写得不对',
  BAD_DIRECTIVE: '以 % 开头的指令写得不对',
  BAD_DQ_ESCAPE: '双引号里的反斜杠转义写得不对：反斜杠本身请写成 \\\\，或改用单引号',
  BAD_PROP_ORDER: '锚点（&）和标签（!）的位置不对',
  BAD_SCALAR_START: '值不能以这个符号开头：以 @ 或 ` 开头的值请整个加上引号',
  BLOCK_AS_IMPLICIT_KEY: '值里有“冒号加空格”：整个值请加上引号，如 title: "甲: 乙"',
  BLOCK_IN_FLOW: '方括号或花括号里的列表不能分行缩进',
  KEY_OVER_1024_CHARS: '字段名超过 1024 个字符',
  MULTILINE_IMPLICIT_KEY: '字段名必须写在一行里，后跟冒号和空格（是不是少了冒号，或上一行的引号没有配对？）',
  MULTIPLE_ANCHORS: '一个值只能有一个锚点（&）',
  MULTIPLE_DOCS: 'frontmatter 里多了一行 ---',
  MULTIPLE_TAGS: '一个值只能有一个标签（!）',
  NON_STRING_KEY: '字段名应为文字',
  RESOURCE_EXHAUSTION: '内容过于复杂，无法读取',
  TAB_AS_INDENT: '缩进不能用制表符（Tab），请用空格',
  TAG_RESOLVE_FAILED: '无法识别以 ! 开头的标签',
  UNEXPECTED_TOKEN: '此处有多余的内容（是不是缩进不对，或少了“字段名: ”？）',
};

/** A YAML parse error (code and message from the `yaml` package) in Chinese. */
export function yamlErrorReason(code: string, message: string): string {
  if (code === 'MISSING_CHAR' && /quote/u.test(message)) return '引号没有配对：缺少结束的引号';
  if (code === 'BAD_INDENT' && /end with a ([\]}])/u.test(message)) return `方括号或花括号没有配对（缺少结束的 ${/end with a ([\]}])/u.exec(message)![1]}），或缩进不对`;
  if (code === 'BAD_INDENT') return '缩进不对：同一层的字段应从同一列开始';
  if (code === 'MISSING_CHAR') return `缺少字符（${parserSaid(message)}）`;
  return YAML_REASONS[code] ?? parserSaid(message);
}

const BODY_REASONS: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [/^Unexpected character after `<`, expected a valid JSX tag/u, () => '“<”后面不是有效的组件标签（链接请写成 [文字](网址)）'],
  [/^Unexpected character `!` \(U\+0021\) before name.*comment/u, () => 'MDX 里不能写 HTML 注释 <!-- -->；注释请写成 {/* 文字 */}'],
  [/^Unexpected end of file in expression, expected a corresponding closing brace for `\{`/u, () => '“{”没有对应的“}”'],
  [/^Unexpected closing tag `(<\/[^`]*>)`, expected an open tag first/u, (match) => `结束标签 ${match[1]} 前面没有对应的开始标签`],
  [/^Unexpected closing tag `(<\/[^`]*>)`, expected corresponding closing tag for `(<[^`]*>)`/u, (match) => `结束标签 ${match[1]} 与开始标签 ${match[2]} 不对应`],
  [/^Expected a closing tag for `(<[^`]*>)`/u, (match) => `标签 ${match[1]} 缺少结束标签（或写成自闭合的 <… />）`],
  [/^Could not parse expression with \w+/u, () => '“{ }”里的表达式无法解析'],
  [/^Unexpected lazy line in (expression|jsx) in container/u, () => '引用或列表里的组件、表达式跨行时，每行都要带同样的前缀（> 或缩进）'],
];

/** A Markdown or MDX parse error (from micromark's MDX extensions) in Chinese. */
export function bodySyntaxReason(reason: string): string {
  for (const [pattern, word] of BODY_REASONS) {
    const match = pattern.exec(reason);
    if (match) return word(match);
  }
  return parserSaid(reason);
}
