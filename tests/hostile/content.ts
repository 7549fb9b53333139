// Hostile and careless content: what an attacker or a hurried editor puts in content/, each with exactly what the
// check (and so the build) must print. None may end in a stack trace, a crash, or a file published as it is.
import { BASE_DATASET, DATASET_PATH, at } from './base.ts';

export interface ContentCase {
  id: string;
  about: string;
  /** The dataset's text or bytes; `null`: no file; `'folder'`: a folder in its place. Default: the base dataset. */
  dataset?: string | Uint8Array | null | 'folder';
  /** Article files besides the base one, by file name under content/articles/. */
  articles?: Record<string, string | Uint8Array>;
  /** Exactly the lines printed, in npm run check's order (file, line, column). Empty: accepted as it is. */
  expect: string[];
}

const A = (name: string) => `content/articles/${name}`;
const withDataset = (change: (text: string) => string) => change(BASE_DATASET);
const frontmatter = (extra = '', date = '2023-05-11') => `---\ntitle: 短讯\ndate: ${date}\nsummary: 一条短讯。\n${extra}---\n\n`;
const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: Uint8Array[]) => {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) all.set(part, (offset += part.length) - part.length);
  return all;
};

const URL_RULE = '只允许 http:、https:、mailto: 或本站内的路径';
const CONTROL = '网页、订阅源和图片都无法容纳它，请删除';
const HTML = (tag: string) => `正文含有 HTML 标记 ${tag}：文章只用 Markdown 书写，HTML 不会发布；请删除，或改用 Markdown（链接写 [文字](https://…)，加粗写 **文字**）  docs/rules.md#raw-html`;
const MDX_HTML = (tag: string) => `正文含有 HTML 标记 ${tag}：.mdx 文章只能嵌入图表组件（<Economics>、<Milestones>、<Progress>、<Comparison>），其余请用 Markdown 书写  docs/rules.md#raw-html`;

// ------------------------------------------------------------------------------------------------ the dataset

const withBom = `\uFEFF${BASE_DATASET}`;
const gbkName = join(utf8(BASE_DATASET.slice(0, BASE_DATASET.indexOf('华理生物产业园项目",'))), new Uint8Array([0xbb, 0xaa, 0xc0, 0xed]), utf8(BASE_DATASET.slice(BASE_DATASET.indexOf('生物产业园项目",'))));
const truncated = join(utf8(BASE_DATASET.slice(0, BASE_DATASET.indexOf('华'))), utf8('华').subarray(0, 2));
const deepJson = '['.repeat(100_000);
const huge = withDataset((text) => text.replace('"value": 520000000', '"value": 1e300'));
const infinite = withDataset((text) => text.replace('"value": 520000000', '"value": 1e400'));
const control = withDataset((text) => text.replace('"name": "华理生物产业园项目"', '"name": "华理\\u0001生物产业园项目"'));
const surrogate = withDataset((text) => text.replace('"quote": "计划投资5.2亿元"', '"quote": "计划投资\\ud800"'));
const jsUrl = withDataset((text) => text.replace('https://example.com/news/1.html', 'javascript:alert(document.cookie)'));
const dataUrl = withDataset((text) => text.replace('https://example.com/news/1.html', 'data:text/html,<script>alert(1)</script>'));
const spacedJs = withDataset((text) => text.replace('https://example.com/news/1.html', ' JaVaScRiPt:alert(1)'));
const vbUrl = withDataset((text) => text.replace('https://example.com/news/1.html', 'vbscript:msgbox(1)'));
const fileUrl = withDataset((text) => text.replace('https://example.com/news/1.html', 'file:///etc/passwd'));
const futureUpdated = withDataset((text) => text.replace('"updated": "2023-05-10"', '"updated": "9999-12-31"'));
const earlyAsOf = withDataset((text) => text.replace('"asOf": "2023-05-10",\n            "source": {\n              "url"', '"asOf": "1023-05-10",\n            "source": {\n              "url"'));
const farPlan = withDataset((text) => text.replace('"date": "2023-05"', '"date": "2323-05"'));
const proto = withDataset((text) => text.replace('"title": "数据集"', '"__proto__": { "polluted": true },\n  "title": "数据集"'));
const duplicateKey = withDataset((text) => text.replace('"title": "数据集"', '"title": "数据集",\n  "title": "另一个"'));
const trailingComma = withDataset((text) => text.replace('"licence": "CC BY 4.0",', '"licence": "CC BY 4.0",,'));

export const DATASET_CASES: ContentCase[] = [
  {
    id: 'dataset-bom',
    about: 'projects.json saved by Notepad with a byte order mark',
    dataset: withBom,
    expect: [`${DATASET_PATH}:1:1  error  文件开头有字节顺序标记（BOM）：JSON 不允许它；请存为不带 BOM 的 UTF-8（记事本：另存为，编码选“UTF-8”）  docs/rules.md#json-syntax`],
  },
  { id: 'dataset-missing', about: 'no projects.json at all', dataset: null, expect: [`${DATASET_PATH}:1:1  error  找不到数据集文件：${DATASET_PATH} 不存在  docs/rules.md#missing-file`] },
  { id: 'dataset-folder', about: 'a folder named projects.json', dataset: 'folder', expect: [`${DATASET_PATH}:1:1  error  这是一个文件夹，不是数据集文件  docs/rules.md#missing-file`] },
  {
    id: 'dataset-gbk-bytes',
    about: 'a name pasted in GBK into a UTF-8 file: refused at its place, never turned into U+FFFD',
    dataset: gbkName,
    expect: [`${DATASET_PATH}:${at(BASE_DATASET, '华理生物产业园项目",')}  error  不是有效的 UTF-8 文本：此处的字节 0xBB 0xAA 无法解码（文件可能是 GBK/GB18030 编码）；请用 UTF-8 另存，没有修改任何文字  docs/rules.md#encoding`],
  },
  {
    id: 'dataset-truncated-utf8',
    about: 'a copy cut off in the middle of a character',
    dataset: truncated,
    expect: [`${DATASET_PATH}:${at(BASE_DATASET, '华')}  error  不是有效的 UTF-8 文本：此处的字节 0xE5 0x8D 无法解码（文件可能是 GBK/GB18030 编码）；请用 UTF-8 另存，没有修改任何文字  docs/rules.md#encoding`],
  },
  { id: 'dataset-deep-nesting', about: '100,000 nested brackets (the parser used to overflow its stack)', dataset: deepJson, expect: [`${DATASET_PATH}:1:65  error  JSON 嵌套过深（超过 64 层括号）：不像是数据集，请检查此处  docs/rules.md#json-syntax`] },
  { id: 'dataset-empty', about: 'an empty file', dataset: '', expect: [`${DATASET_PATH}:1:1  error  文件是空的：应为含 projects 和 indicators 的 JSON 对象  docs/rules.md#json-syntax`] },
  {
    id: 'dataset-1e300',
    about: 'a figure no reader can read (was shown as a 300-digit number)',
    dataset: huge,
    expect: [`${DATASET_PATH}:${at(huge, '"value": 1e300')}  error  projects[0].figures.investment[0].value：数值超出本站能显示的范围：应不超过 1000万亿（1e15），实为 1e+300  docs/rules.md#schema`],
  },
  {
    id: 'dataset-1e400',
    about: 'a figure JSON reads as Infinity',
    dataset: infinite,
    expect: [`${DATASET_PATH}:${at(infinite, '"value": 1e400')}  error  projects[0].figures.investment[0].value：数值超出本站能显示的范围：应不超过 1000万亿（1e15），实为 Infinity  docs/rules.md#schema`],
  },
  {
    id: 'dataset-control-character',
    about: 'an invisible control character in a project name (would break every XML file)',
    dataset: control,
    expect: [`${DATASET_PATH}:${at(control, '"name": "华理')}  error  projects[0].name：含有不可见的控制字符 U+0001：${CONTROL}  docs/rules.md#control-character`],
  },
  {
    id: 'dataset-lone-surrogate',
    about: 'half a UTF-16 character written as an escape',
    dataset: surrogate,
    expect: [`${DATASET_PATH}:${at(surrogate, '"quote": "计划投资\\ud800"')}  error  projects[0].figures.investment[0].source.quote：含有不可见的控制字符 U+D800：${CONTROL}  docs/rules.md#control-character`],
  },
  {
    id: 'dataset-javascript-url',
    about: 'a source address that runs script when clicked',
    dataset: jsUrl,
    expect: [`${DATASET_PATH}:${at(jsUrl, '"url": "javascript:')}  error  projects[0].figures.investment[0].source.url：网址以“javascript:”开头，不能发布为链接；${URL_RULE}，实为“javascript:alert(document.cookie)”  docs/rules.md#schema`],
  },
  {
    id: 'dataset-data-url',
    about: 'a data: address carrying a page',
    dataset: dataUrl,
    expect: [`${DATASET_PATH}:${at(dataUrl, '"url": "data:')}  error  projects[0].figures.investment[0].source.url：网址以“data:”开头，不能发布为链接；${URL_RULE}，实为“data:text/html,<script>alert(1)</script>”  docs/rules.md#schema`],
  },
  {
    id: 'dataset-disguised-javascript-url',
    about: 'javascript: in mixed case after a space, as browsers still run it',
    dataset: spacedJs,
    expect: [`${DATASET_PATH}:${at(spacedJs, '"url": " JaVaScRiPt:')}  error  projects[0].figures.investment[0].source.url：网址以“javascript:”开头，不能发布为链接；${URL_RULE}，实为“ JaVaScRiPt:alert(1)”  docs/rules.md#schema`],
  },
  {
    id: 'dataset-vbscript-url',
    about: 'vbscript: (old Internet Explorer)',
    dataset: vbUrl,
    expect: [`${DATASET_PATH}:${at(vbUrl, '"url": "vbscript:')}  error  projects[0].figures.investment[0].source.url：网址以“vbscript:”开头，不能发布为链接；${URL_RULE}，实为“vbscript:msgbox(1)”  docs/rules.md#schema`],
  },
  {
    id: 'dataset-file-url',
    about: 'a file on the editor\'s machine',
    dataset: fileUrl,
    expect: [`${DATASET_PATH}:${at(fileUrl, '"url": "file:')}  error  projects[0].figures.investment[0].source.url：网址以“file:”开头，不能发布为链接；${URL_RULE}，实为“file:///etc/passwd”  docs/rules.md#schema`],
  },
  {
    id: 'dataset-future-updated',
    about: 'updated 9999-12-31',
    dataset: futureUpdated,
    expect: [`${DATASET_PATH}:${at(futureUpdated, '"updated"')}  warning  updated：9999-12-31 晚于今天（2026-11-25），请核对日期  docs/rules.md#future-date`],
  },
  {
    id: 'dataset-year-1023',
    about: 'a report dated 1023 (typed for 2023)',
    dataset: earlyAsOf,
    expect: [`${DATASET_PATH}:${at(earlyAsOf, '"asOf": "1023')}  warning  projects[0].figures.investment[0].asOf：1023-05-10 早于1949年，请核对日期  docs/rules.md#early-date`],
  },
  {
    id: 'dataset-plan-in-2323',
    about: 'a plan three centuries ahead',
    dataset: farPlan,
    expect: [`${DATASET_PATH}:${at(farPlan, '"date": "2323-05"')}  warning  projects[0].milestones[0].reports[0].date.date：2323-05 远在50年以后，请核对日期  docs/rules.md#future-date`],
  },
  {
    id: 'dataset-proto-key',
    about: 'a __proto__ field (prototype pollution in naive readers)',
    dataset: proto,
    expect: [`${DATASET_PATH}:${at(proto, '"__proto__"')}  error  不认识的字段 __proto__；可用的字段：$schema、title、description、zone、updated、licence、projects、indicators、events  docs/rules.md#schema`],
  },
  {
    id: 'dataset-duplicate-key',
    about: 'a field twice (JSON.parse would keep the second silently)',
    dataset: duplicateKey,
    expect: [`${DATASET_PATH}:${at(duplicateKey, '"title": "另一个"')}  error  字段 title 在这个对象里出现了两次  docs/rules.md#duplicate-key`],
  },
  {
    id: 'dataset-trailing-comma',
    about: 'two commas',
    dataset: trailingComma,
    expect: [`${DATASET_PATH}:${at(trailingComma, ',\n', ',,')}  error  JSON 语法错误：应为加双引号的字段名（是不是“}”前多了逗号？）  docs/rules.md#json-syntax`],
  },
];

// ------------------------------------------------------------------------------------------------ articles

const md = {
  script: `${frontmatter()}正文。\n\n<script>alert(document.cookie)</script>\n`,
  imgOnerror: `${frontmatter()}图片<img src="x" onerror="alert(1)">在此。\n`,
  iframe: `${frontmatter()}<iframe src="https://evil.example/"></iframe>\n`,
  comment: `${frontmatter()}<!-- 编辑备注：待核实 -->\n\n正文。\n`,
  jsLink: `${frontmatter()}点击[这里](JAVASCRIPT:alert(1))查看。\n`,
  dataImage: `${frontmatter()}![图](data:image/svg+xml;base64,PHN2Zz4=)\n`,
  vbDefinition: `${frontmatter()}见[来源][1]。\n\n[1]: vbscript:msgbox(1)\n`,
  autolink: `${frontmatter()}见 <javascript:alert(1)>。\n`,
  mailto: `${frontmatter()}来信请寄[编辑部](mailto:news@example.com)，另见[项目](/projects/)和[上一篇](../base-report/)。\n`,
  aliasBomb: `---\ntitle: 短讯\ndate: 2023-05-11\nsummary: 一条短讯。\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\n\n正文。\n`,
  deepQuotes: `${frontmatter()}${'>'.repeat(50_000)} 引用\n`,
  controlTitle: `---\ntitle: "标题\\u0007"\ndate: 2023-05-11\nsummary: 一条短讯。\n---\n\n正文。\n`,
  controlBody: `${frontmatter()}正文\u000b还有。\n`,
  future: frontmatter('', '9999-12-31') + '正文。\n',
  early: frontmatter('', '1900-01-01') + '正文。\n',
  sourceUrl: frontmatter('source:\n  url: javascript:alert(1)\n') + '正文。\n',
  bom: `\uFEFF${frontmatter()}正文。\n`,
  chartInMd: `${frontmatter()}<ZoneProgress />\n`,
  scriptTitle: `---\ntitle: "<script>alert(1)</script>标题"\ndate: 2023-05-11\nsummary: "]]><script>alert(1)</script>"\n---\n\n正文写 \`<script>\` 和 &lt;b&gt; 都是文字。\n`,
};
const mdx = {
  importFs: `${frontmatter()}import fs from 'node:fs'\n\n正文。\n`,
  exportConst: `${frontmatter()}export const secret = process.env.HOME\n\n正文。\n`,
  expression: `${frontmatter()}主机名：{globalThis.process.env.HOSTNAME}\n`,
  throws: `${frontmatter()}{(() => { throw new Error('boom') })()}\n`,
  comment: `${frontmatter()}{/* 编辑备注 */}\n\n正文。\n`,
  script: `${frontmatter()}<script>{'alert(1)'}</script>\n`,
  link: `${frontmatter()}<a href="javascript:alert(1)">点我</a>\n`,
  spread: `${frontmatter()}<ZoneProgress {...props} />\n`,
  chartImport: `${frontmatter()}import ZoneProgress from '../../src/components/embeds/ZoneProgress.astro'\n\n<ZoneProgress />\n`,
  otherImport: `${frontmatter()}import Evil from '../../src/components/embeds/../../../../tmp/Evil.astro'\n\n正文。\n`,
};
const gbkArticle = join(utf8(frontmatter()), new Uint8Array([0xd5, 0xfd, 0xce, 0xc4]), utf8('。\n'));
const bigArticle = `${frontmatter()}${'正文。'.repeat(240_000)}\n`;

export const ARTICLE_CASES: ContentCase[] = [
  { id: 'md-script', about: 'a raw <script> in a Markdown body (was published as a running script)', articles: { 'md-script.md': md.script }, expect: [`${A('md-script.md')}:${at(md.script, '<script>')}  error  ${HTML('<script>')}`] },
  { id: 'md-img-onerror', about: 'an inline <img onerror>', articles: { 'md-img.md': md.imgOnerror }, expect: [`${A('md-img.md')}:${at(md.imgOnerror, '<img')}  error  ${HTML('<img>')}`] },
  { id: 'md-iframe', about: 'an <iframe> of another site', articles: { 'md-iframe.md': md.iframe }, expect: [`${A('md-iframe.md')}:${at(md.iframe, '<iframe')}  error  ${HTML('<iframe>')}`] },
  { id: 'md-html-comment', about: 'an editors\' HTML comment: allowed', articles: { 'md-comment.md': md.comment }, expect: [] },
  { id: 'md-javascript-link', about: 'a javascript: link in capitals', articles: { 'md-link.md': md.jsLink }, expect: [`${A('md-link.md')}:${at(md.jsLink, '[这里]')}  error  链接“JAVASCRIPT:alert(1)”：网址以“javascript:”开头，不能发布为链接；${URL_RULE}  docs/rules.md#unsafe-url`] },
  { id: 'md-data-image', about: 'an image from a data: address', articles: { 'md-image.md': md.dataImage }, expect: [`${A('md-image.md')}:${at(md.dataImage, '![图]')}  error  图片“data:image/svg+xml;base64,PHN2Zz4=”：网址以“data:”开头，不能发布为链接；${URL_RULE}  docs/rules.md#unsafe-url`] },
  { id: 'md-vbscript-definition', about: 'a reference definition to vbscript:', articles: { 'md-definition.md': md.vbDefinition }, expect: [`${A('md-definition.md')}:${at(md.vbDefinition, '[1]: ')}  error  链接“vbscript:msgbox(1)”：网址以“vbscript:”开头，不能发布为链接；${URL_RULE}  docs/rules.md#unsafe-url`] },
  { id: 'md-javascript-autolink', about: 'an autolink <javascript:…>', articles: { 'md-autolink.md': md.autolink }, expect: [`${A('md-autolink.md')}:${at(md.autolink, '<javascript')}  error  链接“javascript:alert(1)”：网址以“javascript:”开头，不能发布为链接；${URL_RULE}  docs/rules.md#unsafe-url`] },
  { id: 'md-safe-links', about: 'mailto:, a site path and a relative link: allowed', articles: { 'md-safe-links.md': md.mailto }, expect: [] },
  { id: 'md-yaml-alias-bomb', about: 'a "billion laughs" of YAML aliases in the frontmatter (was a stack trace)', articles: { 'md-bomb.md': md.aliasBomb }, expect: [`${A('md-bomb.md')}:2:1  error  frontmatter：YAML 别名（*名称）展开的次数超过上限 100，像是“别名炸弹”；请直接写出字段的值  docs/rules.md#frontmatter`] },
  { id: 'md-deep-quotes', about: '50,000 nested quotes (overflowed every tree walk)', articles: { 'md-deep.md': md.deepQuotes }, expect: [`${A('md-deep.md')}:7:41  error  正文嵌套过深（超过 40 层引用或列表）：不像是文章，请检查此处  docs/rules.md#too-deep`] },
  { id: 'md-control-title', about: 'a bell character in the title', articles: { 'md-control-title.md': md.controlTitle }, expect: [`${A('md-control-title.md')}:2:1  error  title：含有不可见的控制字符 U+0007：${CONTROL}  docs/rules.md#control-character`] },
  { id: 'md-control-body', about: 'a vertical tab in the body', articles: { 'md-control-body.md': md.controlBody }, expect: [`${A('md-control-body.md')}:${at(md.controlBody, '\u000b')}  error  正文含有不可见的控制字符 U+000B：${CONTROL}  docs/rules.md#control-character`] },
  { id: 'md-date-9999', about: 'an article dated 9999-12-31 (was published at the top, silently)', articles: { 'md-future.md': md.future }, expect: [`${A('md-future.md')}:3:1  warning  date：9999-12-31 晚于今天（2026-11-25），请核对日期；否则它会一直排在最前面  docs/rules.md#future-date`] },
  { id: 'md-date-1900', about: 'an article dated 1900', articles: { 'md-early.md': md.early }, expect: [`${A('md-early.md')}:3:1  warning  date：1900-01-01 早于1949年，请核对日期  docs/rules.md#early-date`] },
  { id: 'md-source-javascript', about: 'source.url: javascript:', articles: { 'md-source.md': md.sourceUrl }, expect: [`${A('md-source.md')}:6:3  error  source.url：网址以“javascript:”开头，不能发布为链接；${URL_RULE}，实为“javascript:alert(1)”  docs/rules.md#frontmatter`] },
  { id: 'md-bom', about: 'an article saved with a byte order mark: read as if it had none', articles: { 'md-bom.md': md.bom }, expect: [] },
  { id: 'md-chart', about: 'a chart in a .md file, where it would be raw HTML', articles: { 'md-chart.md': md.chartInMd }, expect: [`${A('md-chart.md')}:${at(md.chartInMd, '<Zone')}  error  图表组件 <ZoneProgress> 是 .mdx 文章的写法：.md 文章里的图表单独写一行 ::chart{kind=progress}  docs/rules.md#raw-html`] },
  { id: 'md-markup-as-text', about: 'markup in the title, summary and code: text, accepted (the build escapes it)', articles: { 'md-text.md': md.scriptTitle }, expect: [] },
  { id: 'md-gbk', about: 'an article saved in GBK (was published as U+FFFD boxes)', articles: { 'md-gbk.md': gbkArticle }, expect: [`${A('md-gbk.md')}:7:1  error  不是有效的 UTF-8 文本：此处的字节 0xD5 0xFD 无法解码（文件可能是 GBK/GB18030 编码）；请用 UTF-8 另存，没有修改任何文字  docs/rules.md#encoding`] },
  { id: 'md-too-large', about: 'a 2.7 MB article', articles: { 'md-big.md': bigArticle }, expect: [`${A('md-big.md')}:1:1  error  文章文件有 2.1 MB，超过上限 2.0 MB：不像是编辑写的内容，没有读取  docs/rules.md#too-large`] },
  { id: 'mdx-import', about: 'an .mdx importing node:fs (runs with the builder\'s rights)', articles: { 'mdx-import.mdx': mdx.importFs }, expect: [`${A('mdx-import.mdx')}:${at(mdx.importFs, 'import')}  error  正文含有 import/export 语句“import fs from 'node:fs'”：.mdx 文章在构建时作为代码运行，不允许 import/export；图表组件无需 import 即可使用  docs/rules.md#mdx-code`] },
  { id: 'mdx-export', about: 'an .mdx exporting the environment', articles: { 'mdx-export.mdx': mdx.exportConst }, expect: [`${A('mdx-export.mdx')}:${at(mdx.exportConst, 'export')}  error  正文含有 import/export 语句“export const secret = process.env.HOME”：.mdx 文章在构建时作为代码运行，不允许 import/export；图表组件无需 import 即可使用  docs/rules.md#mdx-code`] },
  { id: 'mdx-expression', about: 'an expression publishing the build machine\'s name', articles: { 'mdx-expression.mdx': mdx.expression }, expect: [`${A('mdx-expression.mdx')}:${at(mdx.expression, '{')}  error  正文含有表达式 {globalThis.process.env.HOSTNA…}：.mdx 文章在构建时作为代码运行，不允许 {…} 表达式；要写字面的花括号，请写 \\{  docs/rules.md#mdx-code`] },
  { id: 'mdx-throws', about: 'an expression that throws (was several screens of stack trace)', articles: { 'mdx-throws.mdx': mdx.throws }, expect: [`${A('mdx-throws.mdx')}:7:1  error  正文含有表达式 {(() => { throw new Error('boo…}：.mdx 文章在构建时作为代码运行，不允许 {…} 表达式；要写字面的花括号，请写 \\{  docs/rules.md#mdx-code`] },
  { id: 'mdx-comment', about: 'an MDX comment: allowed', articles: { 'mdx-comment.mdx': mdx.comment }, expect: [] },
  { id: 'mdx-script', about: 'a <script> element in MDX', articles: { 'mdx-script.mdx': mdx.script }, expect: [`${A('mdx-script.mdx')}:7:1  error  ${MDX_HTML('<script>')}`, `${A('mdx-script.mdx')}:7:9  error  正文含有表达式 {'alert(1)'}：.mdx 文章在构建时作为代码运行，不允许 {…} 表达式；要写字面的花括号，请写 \\{  docs/rules.md#mdx-code`] },
  { id: 'mdx-javascript-anchor', about: 'an <a href="javascript:…"> in MDX', articles: { 'mdx-link.mdx': mdx.link }, expect: [`${A('mdx-link.mdx')}:7:1  error  ${MDX_HTML('<a>')}`] },
  { id: 'mdx-spread', about: 'a chart with spread props', articles: { 'mdx-spread.mdx': mdx.spread }, expect: [`${A('mdx-spread.mdx')}:7:1  error  <ZoneProgress>：图表组件的属性须逐个写明，不接受 {...} 展开  docs/rules.md#mdx-code`] },
  { id: 'mdx-chart-import', about: 'importing a chart component itself: harmless, allowed', articles: { 'mdx-chart-import.mdx': mdx.chartImport }, expect: [] },
  { id: 'mdx-sneaky-import', about: 'an import that only looks like a chart\'s path', articles: { 'mdx-sneaky.mdx': mdx.otherImport }, expect: [`${A('mdx-sneaky.mdx')}:7:1  error  正文含有 import/export 语句“import Evil from '../../src/components/…”：.mdx 文章在构建时作为代码运行，不允许 import/export；图表组件无需 import 即可使用  docs/rules.md#mdx-code`] },
];
