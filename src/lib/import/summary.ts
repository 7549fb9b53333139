// What `npm run import` tells the editor after writing the article: where it went, what was cleaned, what filled
// each frontmatter field, the projects and quantities it recognised, what is left to do by hand, and every line
// taken out of the page, so the editor can check that nothing of the story went with them.

import type { VFileMessage } from 'vfile-message';
import { formatPercent, formatQuantity } from '../format.ts';
import type { Removal } from '../clean/removals.ts';
import type { Comparison } from '../facts/compare.ts';
import { describeExpected, unitOf } from '../facts/factCheck.ts';
import type { Subject } from '../facts/statements.ts';
import { formatMessage } from '../validate/diagnostics.ts';
import type { ImportedStatement, ImportFindings } from './importArticle.ts';
import type { ArticleProposal } from './proposeArticle.ts';

const ENCODING_NAMES = { 'utf-8': 'UTF-8', 'utf-8-bom': '带 BOM 的 UTF-8', gb18030: 'GB18030/GBK' } as const;

// What each kind of line taken out of the page is, in the editor's words.
const CHROME_WORDS: Record<string, string> = {
  site: '标题上方的网站栏目',
  masthead: '网站名称',
  button: '按钮',
  share: '分享栏',
  metadata: '来源、时间等信息栏',
  navigation: '导航或链接',
  'list-header': '链接列表标题',
  list: '链接列表',
  legal: '版权声明',
  'image-file': '图片文件名',
  media: '图片视频占位',
  noise: '防采集乱码',
  template: '网页模板代码',
  separator: '分隔线',
  comments: '评论栏',
  tags: '标签',
  caption: '图片说明',
  'end-mark': '结束标记',
  'after-story': '正文后的网页文字',
  duplicate: '重复的段落',
  'repeated-headline': '正文里重复的标题',
};
const MAX_REMOVED_SHOWN = 40;

function cleaningLine(findings: ImportFindings): string {
  const by = (kind: Removal['kind']) => findings.removed.filter((removal) => removal.kind === kind).length;
  const parts = [
    by('pinyin') ? `拼音注音 ${by('pinyin')} 处` : '',
    by('placeholder') ? `图片占位符 ${by('placeholder')} 处` : '',
    by('chrome') ? `网页杂项 ${by('chrome')} 行（见文末清单）` : '',
  ].filter(Boolean);
  const moved = [by('headline') ? '标题' : '', by('byline') ? '署名' : ''].filter(Boolean);
  return [
    parts.length ? `删除了${parts.join('、')}` : '没有需要删除的内容',
    moved.length ? `${moved.join('、')}移入 frontmatter` : '',
    findings.converted ? '已由繁体转为简体' : '原文已是简体',
  ]
    .filter(Boolean)
    .join('；') + '。';
}

function subjectWords(subject: Subject): string {
  if (subject.type === 'figure') return `${subject.projectId} 的 ${subject.figure}${subject.scope === 'project' ? '' : `（${subject.scope}）`}`;
  if (subject.type === 'measure') return `${subject.projectId} 的${subject.label}（${subject.unit}）${subject.scope === 'project' ? '' : `（${subject.scope}）`}`;
  return `园区指标 ${subject.indicator}${subject.field === 'minInvestment' ? ' 的投资门槛' : ''}`;
}

function comparisonWords(comparison: Comparison | undefined, subject: Subject): string {
  if (!comparison) return '';
  if (comparison.status === 'agrees') return '：与数据集一致';
  if (comparison.status === 'missing') return '：数据集还没有';
  return `：数据集为 ${describeExpected(comparison.expected, unitOf(subject))}`;
}

const QUALIFIER_WORDS = { exact: '', about: '约', over: '超过', 'at-least': '不少于', under: '不到' } as const;

/** 5.2亿元（520000000 元）；约150亩（约 10 公顷）. */
function quantityWords(statement: ImportedStatement): string {
  const { quantity } = statement;
  const qualifier = QUALIFIER_WORDS[quantity.qualifier as keyof typeof QUALIFIER_WORDS] ?? '';
  const range = (value: number) => (quantity.valueMax === undefined ? `${value}` : `${value}–${quantity.valueMax}`);
  if (quantity.unit === 'yuan') return `${quantity.text}（${qualifier}${range(quantity.value)} 元）`;
  if (quantity.unit === 'hectare' && formatQuantity(quantity, 'hectare') !== quantity.text) return `${quantity.text}（${qualifier}${range(Number(quantity.value.toPrecision(12)))} 公顷）`;
  return quantity.text;
}

/** “该项目计划投资5.2亿元，…”: the clause that states it, and an ellipsis where the sentence goes on. */
function quote(statement: ImportedStatement): string {
  const more = statement.clause.end < statement.sentence.end ? '…' : '';
  return `“${statement.clause.text.trim()}${more}”`;
}

function messageLine(message: VFileMessage, path: string | undefined, line: number | undefined, column: number | undefined, extra = ''): string {
  const placed = Object.assign(Object.create(Object.getPrototypeOf(message) as object) as VFileMessage, message, { line: line ?? null, column: column ?? null });
  return `  ${formatMessage(placed, path)}${extra}`.trimEnd();
}

/** The projects an article was read as reporting on; when none, the dataset's closest ones and how to choose. */
export function projectLines(findings: Pick<ImportFindings, 'projects' | 'newProject' | 'closest'>, listed: string): string[] {
  const lines: string[] = [];
  const known = findings.projects.filter((project) => project.id !== findings.newProject?.id);
  if (known.length) lines.push(`识别到的项目（${known.length} 个，${listed}）：`);
  else lines.push(`识别到的项目：无。文中没有数据集（content/data/projects.json）里任何项目的名称或别名${findings.newProject ? '' : '，所以也无法提出它们的更新'}。`);
  const width = Math.max(0, ...known.map((project) => project.id.length));
  for (const project of known) {
    const where = project.mentions.map((mention) => `第${mention.paragraph}段${mention.text === project.name ? '' : `（作“${mention.text}”）`}`);
    const how = [project.tied ? '由 --project 或文章的 projects 指定' : '', ...new Set(where)].filter(Boolean);
    lines.push(`  ${project.id.padEnd(width)}  ${project.name}（${how.join('、')}）`);
  }
  if (known.length === 0 && findings.closest.length) {
    lines.push('  数据集里最接近的项目：');
    const closeWidth = Math.max(...findings.closest.map((project) => project.id.length));
    for (const project of findings.closest) lines.push(`    ${project.id.padEnd(closeWidth)}  ${project.name}：${project.reasons.join('；')}`);
    lines.push(`  如果文章说的就是其中一个，加 --project ${findings.closest[0]!.id}（换成对应的标识）再运行；也可以把文中的叫法加进该项目的 aliases。`);
  } else if (known.length === 0 && !findings.newProject) lines.push('  数据集里也没有名称相近的项目。');
  if (findings.newProject) lines.push(`  文中介绍的新项目“${findings.newProject.name}”不在数据集里，下面提议把它作为新项目 ${findings.newProject.id} 加入。`);
  return lines;
}

/** The command line to run again, each argument quoted when the shell would split or expand it. */
export function shellCommand(command: string, args: readonly string[]): string {
  return [command, ...args.map((arg) => (/^[\w@%+=:,./-]+$/u.test(arg) ? arg : `'${arg.replace(/'/gu, `'\\''`)}'`))].join(' ');
}

/** What `npm run propose` read from an article, before the updates it calls for. */
export function proposalLines(proposal: ArticleProposal): string[] {
  const { reading } = proposal;
  const lines = [`读取 ${proposal.path}（${proposal.date}）：按文章现在的内容提出数据集更新；文章本身不会改动。`, ''];
  lines.push(...projectLines(reading, '按文章现在的内容'));
  for (const id of proposal.unlisted)
    lines.push(`  注意：文章 frontmatter 的 projects 没有列出 ${id}，文章不会出现在该项目的页面上；请在 projects 里加上 ${id}（本命令不改文章）。`);
  return lines;
}

export interface SummaryInput {
  path: string;
  replaced: boolean;
  /** The article was already there with exactly this text (importing again to apply updates). */
  unchanged?: boolean;
  sourceName: string;
  findings: ImportFindings;
  problems: VFileMessage[];
}

export function importSummary({ path, replaced, unchanged = false, sourceName, findings, problems }: SummaryInput): string[] {
  const lines: string[] = [unchanged ? `保留 ${path}（此前已用同样的文字导入）` : `${replaced ? '已替换' : '已写入'} ${path}`, ''];
  lines.push(`读取 ${sourceName}（${ENCODING_NAMES[findings.encoding]}）：${cleaningLine(findings)}`, '');

  const titleFrom = { headline: '网页的标题行', 'original-title': '网页的“原标题”行', missing: '' } as const;
  const title =
    findings.title.value !== undefined
      ? `${findings.title.value}（${titleFrom[findings.title.from]}）${findings.originalTitle ? `；繁体原标题存于 source.originalTitle` : ''}`
      : 'TODO：网页上没有可靠的标题行，请填写标题';
  const dateFrom = { option: '来自 --date', metadata: '网页的发布时间', closing: '文末落款日期', missing: '' } as const;
  const date =
    findings.date.value !== undefined
      ? `${findings.date.value}（${dateFrom[findings.date.from]}）`
      : 'TODO：网页上没有发布日期；请填写（YYYY-MM-DD），或加 --date 重新导入。填好之前文章不会发布。';
  const slugFrom = { option: '由 --slug 指定', title: '由标题生成', 'first-sentence': '由第一句生成；可用 --slug 另选' } as const;
  const publicationFrom = { label: '网页的“来源”栏', dateline: '电头', byline: '署名中的媒体名' } as const;
  lines.push(
    'frontmatter：',
    `  标题      ${title}`,
    `  日期      ${date}`,
    `  署名      ${findings.byline ?? '网页上没有署名'}`,
    `  摘要      正文第一句；请按需改写`,
    `  文件名    ${findings.slug.value}.md（${slugFrom[findings.slug.from]}）`,
    `  来源      ${findings.publication ? `${findings.publication}（${publicationFrom[findings.publicationFrom ?? 'label']}）` : '网页上没有写明刊载媒体'}${findings.originalTitle ? '；另有 originalTitle' : ''}`,
    '',
  );

  lines.push(...projectLines(findings, '已列入 projects'), '');

  // Counts the dataset does not track (四个体系) would only be noise.
  const shown = findings.statements.filter((statement) => statement.subject || statement.quantity.unit !== 'count');
  lines.push(shown.length ? `数字（${shown.length} 处）：` : '数字：没有找到。');
  for (const statement of shown) {
    const derived = statement.derived?.disagreement
      ? `；但 ${statement.derived.started.value} ÷ ${statement.derived.planned.value} = ${formatPercent(statement.derived.computed)}`
      : '';
    const about = statement.subject ? ` → ${subjectWords(statement.subject)}${comparisonWords(statement.comparison, statement.subject)}${derived}` : '';
    lines.push(`  第${statement.paragraph}段：${statement.label ? `${statement.label} ` : ''}${quantityWords(statement)} —— ${quote(statement)}${about}`);
  }

  const damage = findings.damage;
  const notes = problems.filter((message) => !damage.some((entry) => entry.message === message));
  if (damage.length || notes.length) {
    lines.push('', '需要人工处理（未填的占位符 npm run check 会一直提示）：');
    for (const entry of damage)
      lines.push(messageLine(entry.message, entry.line === undefined ? sourceName : path, entry.line ?? entry.message.line ?? undefined, entry.column ?? entry.message.column ?? undefined, entry.line === undefined ? '' : `  （原文 ${sourceName}:${entry.message.line}:${entry.message.column}）`));
    for (const message of notes) lines.push(messageLine(message, message.file, message.line ?? undefined, message.column ?? undefined));
  }

  const taken = findings.removed.filter((removal) => removal.kind === 'chrome');
  if (taken.length) {
    lines.push('', `从网页上删除的行（原文行号，共 ${taken.length} 行；请确认没有误删正文）：`);
    for (const removal of taken.slice(0, MAX_REMOVED_SHOWN)) {
      const text = [...removal.text].length > 50 ? `${[...removal.text].slice(0, 50).join('')}…` : removal.text;
      lines.push(`  第${removal.line}行  ${CHROME_WORDS[removal.detail ?? ''] ?? '网页杂项'}  ${text}`);
    }
    if (taken.length > MAX_REMOVED_SHOWN) lines.push(`  ……另有 ${taken.length - MAX_REMOVED_SHOWN} 行`);
  }
  lines.push('', `下一步：对照原文阅读 ${path}，处理上面列出的问题，然后运行 npm run check。`);
  return lines;
}
