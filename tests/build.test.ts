// Builds the seed site as an editor does (npm run build's script) and reads the pages a reader gets.
import { existsSync, readFileSync } from 'node:fs';
import { cp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { contentSecurityPolicy, headersFile } from '../src/lib/hosting.ts';
import { BUILD_TIMEOUT, copyProject, listFiles, readText, ROOT, runScript, SPAWN_TIMEOUT, tempDir, type RunResult } from './helpers/project.ts';
import { links, parseHtml, visibleText } from './helpers/html.ts';
import { applyFollowUps } from './helpers/followUp.ts';
import { sharedBuild } from './helpers/sharedBuilds.ts';
import type { HTMLElement } from 'node-html-parser';
import { listSiteEntries } from '../src/integrations/hostingHeaders.ts';
import { BUILD_SUMMARY, type BuildSummary } from '../src/integrations/editionMessages.ts';
import { positionOf } from '../src/lib/validate/fixtures.ts';

const SEED_SLUG = 'daqing-high-tech-key-projects-2023';
const PROJECT_IDS = ['huali-bio', 'longjiang-chemical-polycarbonate', 'volvo-daqing-phase-1-upgrade', 'mingyang-northeast-wind-base', 'commercial-college-relocation'];

let out: string;
/** The image cache of this build alone, so what it drew can be counted. */
let imageCache: string;
let build: RunResult;
/** Where the builds that must stop before building are pointed. */
let scratch: string;

async function page(relative: string) {
  return parseHtml(await readText(path.join(out, relative)));
}

beforeAll(async () => {
  // npm run build's script on the seed content at the root, with blank hosting variables (the developer's shell may
  // set them): made once per run for the files that read it, and only read here.
  const seed = await sharedBuild('seed');
  [out, imageCache, build] = [seed.out, seed.cache, seed];
  scratch = await tempDir('jindu-build-');
}, BUILD_TIMEOUT);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('npm run build on the seed content', () => {
  it('succeeds and prints the stated-rate warning as one line', () => {
    const dataset = readFileSync(path.join(ROOT, 'content/data/projects.json'), 'utf8');
    expect(build.stderr).toContain(
      `content/data/projects.json:${positionOf(dataset, '"value": 69.7')}  warning  indicators.startRate[0]：所报开复工率 69.7% 与 30 ÷ 43 = 69.77% 不符（按所报精度为 69.8%）  docs/rules.md#stated-vs-derived`,
    );
    // The build checks content but does not fact-check it: that is npm run check's job.
    expect(build.stderr).not.toContain('fact-');
    expect(build.code, build.stderr).toBe(0);
  });

  it('writes every page, a 404 page and a favicon', async () => {
    const files = await listFiles(out);
    for (const expected of [
      'index.html',
      '404.html',
      'favicon.svg',
      'articles/index.html',
      `articles/${SEED_SLUG}/index.html`,
      'projects/index.html',
      'data/index.html',
      ...PROJECT_IDS.map((id) => `projects/${id}/index.html`),
    ]) {
      expect(files).toContain(expected);
    }
  });

  it('publishes the article whole, clean and in Simplified Chinese', async () => {
    const article = await page(`articles/${SEED_SLUG}/index.html`);
    const body = visibleText(article.querySelector('.prose:not(.lede)')!);
    const source = await readText(path.join(ROOT, `content/articles/${SEED_SLUG}.md`));
    // Charts (::chart{kind=progress}) are the editor's additions, not article text.
    const paragraphs = source.split(/^---$/m)[2]!.split(/\n\s*\n/).map((text) => text.trim()).filter((text) => text && !text.startsWith('::chart'));
    expect(paragraphs).toHaveLength(10);
    for (const paragraph of paragraphs) expect(body).toContain(paragraph);

    expect(body).not.toMatch(/\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u);
    expect(body).not.toMatch(/資料圖|资料图|關閉|关闭|\?/);
    expect(body).toContain('（北京）');
    expect(body).toContain('乘着大庆市高质量发展重点项目集中开工现场会的春风');
    expect(body).toContain('着力提升“高”“新”能力');
    expect(body).toContain('实打实解决原料、资金、技术、用工等实际困难');
    // Characters that exist only in Traditional script must be gone.
    expect(body).not.toMatch(/[區項經發區慶們為與進開點資]/);
  });

  it('renders the charts the Markdown article places, with their tables and sources', async () => {
    const article = await page(`articles/${SEED_SLUG}/index.html`);
    const figures = article.querySelectorAll('.prose figure.chart-figure');
    expect(figures.map((figure) => figure.querySelector('.chart-title')?.textContent)).toEqual(['2023年重点项目开复工进展', '华理生物产业园项目：计划投资与预计年收益']);
    for (const figure of figures) {
      // Laid out twice, narrow and wide; the stylesheet shows the one the figure fits.
      const svgs = figure.querySelectorAll('svg[role="img"]');
      expect(svgs.map((svg) => svg.getAttribute('class'))).toEqual([expect.stringMatching(/ chart--narrow$/), expect.stringMatching(/ chart--wide-600$/)]);
      for (const svg of svgs) expect(svg.getAttribute('aria-label')).toContain(figure.querySelector('.chart-title')!.textContent);
      expect(svgs.map((svg) => svg.getAttribute('viewBox')!.split(' ')[2])).toEqual(['320', '600']);
      expect(figure.querySelector('table')).not.toBeNull();
    }
    const economics = figures[1]!;
    const narrow = economics.querySelector('svg')!;
    // The yearly figures are bars; the investment, a one-off sum, is written out beside no axis.
    expect(narrow.querySelectorAll('rect').length).toBe(3);
    expect(visibleText(narrow)).toContain('0.34亿元');
    expect(visibleText(narrow)).toContain('全部投产后，预计每年');
    expect(economics.querySelectorAll('tbody tr').map((row) => visibleText(row))).toContain('计划投资5.2亿元全项目—2023年5月10日');
    expect(visibleText(economics.querySelector('table')!)).not.toMatch(/\d{6,}/);
    // The zone chart comes after the paragraph that states the zone's figures.
    const html = article.querySelector('.prose:not(.lede)')!.toString();
    expect(html.indexOf('开复工率69.7%')).toBeLessThan(html.indexOf('2023年重点项目开复工进展'));
  });

  it('shows each chart where readers look for it: zone progress at home, the comparison on /projects/, economics and milestones on project pages, every promise on /tracker/', async () => {
    const titles = async (file: string) => (await page(file)).querySelectorAll('figure.chart-figure .chart-title').map((title) => title.textContent);
    expect(await titles('index.html')).toEqual(['2023年重点项目开复工进展']);
    expect(await titles('projects/index.html')).toEqual(['各项目计划投资与预计年收益']);
    expect(await titles('projects/huali-bio/index.html')).toEqual(['华理生物产业园项目：计划投资与预计年收益', '华理生物产业园项目：节点计划与进展']);
    expect(await titles('projects/volvo-daqing-phase-1-upgrade/index.html')).toEqual([]);
    expect(await titles('tracker/index.html')).toEqual(['各项目节点计划与进展']);
    // The comparison names the projects it cannot draw instead of dropping them.
    expect(visibleText((await page('projects/index.html')).querySelector('.chart-missing')!)).toBe('尚无数字的项目：龙江化工聚碳酸酯联合项目、明阳东北风电基地、商业职业学院迁建项目、沃尔沃汽车大庆工厂一期技术升级改造项目');
  });

  it('offers every chart as an embed page and as SVG, PNG and CSV downloads', async () => {
    const home = await page('index.html');
    const snippet = home.querySelector('figure.chart-figure textarea')!.textContent;
    expect(snippet).toMatch(/^<iframe src="https:\/\/jindu\.example\.org\/embed\/zone\/progress\/" title="2023年重点项目开复工进展" width="100%" height="\d+"/);
    const embed = await page('embed/zone/progress/index.html');
    expect(embed.querySelector('header')).toBeNull();
    expect(embed.querySelector('figure svg[role="img"]')).not.toBeNull();
    expect(embed.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');

    const svg = await readText(path.join(out, 'charts/projects/huali-bio/economics.svg'));
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).not.toMatch(/class="/);
    const svgText = svg.replace(/<[^>]+>/g, '');
    expect(svgText).toContain('华理生物产业园项目：计划投资与预计年收益');
    // It stands alone: the takeaway, and the source line naming the article and its publication before the site.
    expect(svgText).toContain('计划投资5.2亿元；全部投产后，预计每年');
    expect(svgText).toContain('数据来源：《大庆高新区拉满“进度条”，项目“加速跑”》（原载媒体未能确认，2023年5月上旬）');
    expect(svg.indexOf('数据来源')).toBeLessThan(svg.indexOf('制图：进度'));
    expect(svg).toContain('https://jindu.example.org/projects/huali-bio/');
    const timeline = await readText(path.join(out, 'charts/projects/huali-bio/milestones.svg'));
    // Its key lists the marks it draws, and only those: no revised plan, no delay (no report shows one).
    for (const key of ['期限已过，未见完成报道', '已完成，日期未报道（线止于该报道）', '截止日期（……前）']) expect(timeline).toContain(`>${key}</text>`);
    for (const absent of ['调整后的计划', '延误']) expect(timeline).not.toContain(absent);
    const sharp = (await import('sharp')).default;
    expect(await sharp(path.join(out, 'charts/projects/huali-bio/economics.png')).metadata()).toMatchObject({ format: 'png', width: 704 });
    const csv = await readText(path.join(out, 'charts/projects/huali-bio/economics.csv'));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('计划投资,5.2亿元,520000000,全项目,,2023-05-10');
    expect(csv).toContain('预计年税收,0.34亿元,34000000,全项目,全部投产后,2023-05-10');
  });

  it('says on the article page how the text was restored and dated', async () => {
    const text = visibleText(await page(`articles/${SEED_SLUG}/index.html`));
    expect(text).toContain('2023年5月上旬');
    expect(text).toContain('编辑据上下文人工恢复');
    expect(text).toContain('原始出处未能确认');
  });

  it('shows the Huali Bio figures, milestones and their quoted source', async () => {
    const text = visibleText(await page('projects/huali-bio/index.html'));
    // One unit for the project's amounts, as the article writes them.
    for (const figure of ['5.2亿元', '10公顷', '5.24亿元', '1.7亿元', '0.34亿元']) expect(text).toContain(figure);
    expect(text).not.toContain('3400万元');
    for (const date of ['计划：2023年5月', '计划：2023年7月', '计划：2023年10月底', '计划：2023年年底前']) expect(text).toContain(date);
    expect(text).toContain('已完成：日期未报道');
    expect(text).toContain('“该项目计划投资5.2亿元，占地面积10公顷，全部投产后，预计实现年销售收入5.24亿元、利润1.7亿元、税收0.34亿元”');
    // The one derived value is labelled as the site's, rounded to the two significant digits of its inputs; no
    // payback is computed.
    expect(text).toContain('350万元/亩');
    expect(text).toContain('本站计算，并非来源所述');
    expect(text).not.toMatch(/346\.67|收回投资|3\.1年/);
  });

  it('says of the seed project only what its one article says', async () => {
    const huali = await page('projects/huali-bio/index.html');
    // No report shows a milestone late: no delay, no revised plan in the key, and the passed windows in their own words.
    const key = huali.querySelectorAll('#chart-projects-huali-bio-milestones .chart-legend li').map((li) => visibleText(li));
    expect(key).toContain('期限已过，未见完成报道');
    expect(key.join('')).not.toMatch(/延误|调整后的计划/);
    expect(visibleText(huali.querySelector('main')!)).not.toMatch(/延误|逾期|构建/);
    // The land was reported done without a date: the table and the chart say so, neither puts it on 10 May.
    expect(visibleText(huali.querySelector('#chart-projects-huali-bio-milestones table')!)).toContain('已完成：日期未报道（截至2023年5月10日的报道）');
    expect(huali.querySelectorAll('#chart-projects-huali-bio-milestones svg circle.fill-done')).toHaveLength(0);
    // The change list: eight reports with their sources, and four windows passing, marked as the site's reading.
    expect(huali.querySelectorAll('.changes li.change--calendar')).toHaveLength(4);
    expect(huali.querySelectorAll('.changes li:not(.change--calendar) .cite-mark')).toHaveLength(huali.querySelectorAll('.changes li:not(.change--calendar)').length);
    // The article's condition stays with the yearly figures.
    expect(visibleText(huali.querySelector('#chart-projects-huali-bio-economics svg')!)).toContain('全部投产后，预计每年');
  });

  it('links every page to the list of all articles', async () => {
    const pages = (await listFiles(out)).filter((file) => file.endsWith('.html') && !file.startsWith('embed/') && !file.startsWith('zh-hant/'));
    for (const file of pages) expect(links(await page(file)), file).toContain('/articles/');
  });

  it('lists every project on /projects/, the one with figures first', async () => {
    const rows = (await page('projects/index.html')).querySelectorAll('table.stack tbody tr');
    expect(rows).toHaveLength(PROJECT_IDS.length);
    expect(visibleText(rows[0]!)).toContain('华理生物产业园项目');
    expect(visibleText(rows[0]!)).toContain('5.2亿元');
  });

  it('tracks every promise of the seed: six overdue, one started, one done, judged on the build date', async () => {
    const tracker = await page('tracker/index.html');
    const groups = tracker.querySelectorAll('main > section').map((section) => [section.querySelector('h2')!.getAttribute('id'), section.querySelectorAll('tbody tr').length]);
    expect(groups).toEqual([['overdue', 6], ['started', 1], ['done', 1]]);
    expect(visibleText(tracker)).toContain('本页收录的报道截至2023年5月10日。节点是否到期按本页生成之日（2026年11月25日）推算');
    expect(visibleText(tracker)).not.toContain('构建');
    const first = visibleText(tracker.querySelector('section[aria-labelledby="overdue"] tbody tr')!);
    expect(first).toMatch(/^华理生物产业园项目\s*启动建设\s*期限已过，未见完成报道\s*期限已过约42个月\s*2023年5月/);
    expect(visibleText(tracker.querySelector('main')!)).not.toMatch(/延误|逾期/);
    const feed = await readText(path.join(out, 'updates.xml'));
    // Six promises overdue, one start (design) and one completion (land) reported.
    expect(feed.split('<item>').length - 1).toBe(8);
    expect(feed).toContain('<title>龙江化工聚碳酸酯联合项目：一期装置中交：原计划于2023年7月底，期限已过，尚无完成的报道（本站按日期推算，不是报道）</title>');
  });

  it('lets readers browse projects by sector, park and stage', async () => {
    const projects = await page('projects/index.html');
    const browse = projects.querySelectorAll('nav.browse a').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(browse).toContainEqual(['生物', '/projects/sectors/sheng-wu/']);
    expect(browse).toContainEqual(['宏伟园区', '/projects/parks/hong-wei-yuan-qu/']);
    expect(browse).toContainEqual(['在建', '/projects/stages/under-construction/']);
    const building = visibleText(await page('projects/stages/under-construction/index.html'));
    expect(building).toContain('阶段：在建');
    expect(building).toContain('4个项目');
    expect(building).not.toContain('华理生物产业园项目');
    const park = await page('projects/parks/hong-wei-yuan-qu/index.html');
    expect(park.querySelectorAll('tbody tr').map((row) => visibleText(row.querySelector('th')!))).toEqual(['华理生物产业园项目']);
  });

  it('shows the zone indicators with the stated and the computed start rate', async () => {
    const text = visibleText(await page('index.html'));
    // The computed rate to the one decimal the source gave its own: 69.8%, beside the stated 69.7%.
    for (const figure of ['43个', '15个', '30个', '69.7%', '按 30 ÷ 43 计算为 69.8%']) expect(text).toContain(figure);
  });

  it('documents the dataset fields with their units on /data/, and cites the site as the dataset\'s publisher', async () => {
    const data = await page('data/index.html');
    expect(visibleText(data.querySelector('[data-path="projects[].figures.investment[].value"]')!)).toMatch(/^value 数值/);
    expect(visibleText(data.querySelector('[data-path="projects[].figures.investment"]')!)).toContain('（单位：元）');
    const text = visibleText(data);
    // A field documented like another reads as one sentence: no 。；.
    expect(visibleText(data.querySelector('[data-path="projects[].measures[].reports"]')!)).toMatch(/^reports\[\] 报道记录：数值以本指标的单位记录；各子字段同/);
    expect(text).not.toContain('。；');
    expect(text).toContain('CC BY 4.0');
    expect(visibleText(data.querySelector('.citation')!)).toBe('进度（大庆高新区）：《大庆高新区重点项目数据集》，收录报道截至2023年5月10日，https://jindu.example.org/data/，CC BY 4.0。');
    expect(text).toContain('收录报道截至2023年5月10日');
    expect(text).not.toContain('数据更新于');
  });

  it('publishes the dataset as JSON that passes its own schema, and as CSV with a BOM', async () => {
    const { datasetSchema } = await import('../src/lib/schema.ts');
    const json = JSON.parse(await readText(path.join(out, 'data/projects.json')));
    expect(datasetSchema.safeParse(json).success).toBe(true);
    expect(json.$schema).toBe('https://jindu.example.org/data/projects.schema.json');
    const csv = await readText(path.join(out, 'data/projects.csv'));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('huali-bio,华理生物产业园项目,,宏伟园区,生物,,design-and-approvals,2023-05-10,520000000,exact,,10,exact,,524000000,exact,全部投产后,170000000,exact,全部投产后,34000000,exact,全部投产后,');
    const indicators = await readText(path.join(out, 'data/indicators.csv'));
    expect(indicators).toContain('startRate,2023,69.7,percent,exact,,2023-05-10,true,');
    const links = (await page('data/index.html')).querySelectorAll('.downloads a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/data/projects.json', '/data/projects.schema.json', '/data/projects.csv', '/data/figures.csv', '/data/measures.csv', '/data/milestones.csv', '/data/indicators.csv']);
  });

  it('publishes a full-text RSS feed, a sitemap and social metadata', async () => {
    // Read as XML text: an HTML parser would take RSS's <link> for the empty HTML element.
    const items = (await readText(path.join(out, 'rss.xml'))).split('<item>').slice(1);
    expect(items).toHaveLength(1);
    expect(/<link>([^<]*)<\/link>/.exec(items[0]!)?.[1]).toBe(`https://jindu.example.org/articles/${SEED_SLUG}/`);
    // Full text, not the summary only: the restored passage is in the feed.
    expect(items[0]).toContain('实打实解决原料、资金、技术、用工等实际困难');
    const sitemap = await readText(path.join(out, 'sitemap-0.xml'));
    for (const id of PROJECT_IDS) expect(sitemap).toContain(`<loc>https://jindu.example.org/projects/${id}/</loc>`);
    expect(sitemap).not.toContain('404');
    expect(await readText(path.join(out, 'robots.txt'))).toContain('Sitemap: https://jindu.example.org/sitemap-index.xml');
    const head = (await page(`articles/${SEED_SLUG}/index.html`)).querySelector('head')!;
    const meta = (property: string) => head.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
    expect(meta('og:type')).toBe('article');
    expect(meta('og:url')).toBe(`https://jindu.example.org/articles/${SEED_SLUG}/`);
    expect(meta('article:published_time')).toBe('2023-05-10');
    expect(head.querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe('/rss.xml');
  });

  it('builds every page again in Traditional script under /zh-hant/, linked both ways', async () => {
    const files = await listFiles(out);
    const simplifiedPages = files.filter((file) => file.endsWith('.html') && !file.startsWith('zh-hant/'));
    for (const file of simplifiedPages) expect(files).toContain(`zh-hant/${file}`);

    const article = await page(`zh-hant/articles/${SEED_SLUG}/index.html`);
    // Taiwan's Traditional by default: its words and quotation marks, names converted character by character.
    expect(article.querySelector('html')?.getAttribute('lang')).toBe('zh-Hant-TW');
    const text = visibleText(article);
    expect(text).toContain('大慶高新區拉滿「進度條」，專案「加速跑」');
    expect(text).toContain('華理生物產業園項目');
    expect(text).toContain('著力提升');
    expect(text).toContain('中國信息協會客戶聯絡中心分會');
    expect(text).not.toContain('华理生物');
    expect(article.querySelector('.edition-notice')?.textContent).toContain('自動轉換');
    expect(article.querySelector('[data-editor-note] .edition-note')?.textContent).toContain('自動轉換');
    const notFound = await page('zh-hant/404.html');
    expect(notFound.querySelector('h1')?.textContent).toBe('找不到這個頁面');
    expect(notFound.querySelector('main a')?.getAttribute('href')).toBe('/zh-hant/');
    const switchLink = article.querySelector('[data-edition-switch]')!;
    expect([switchLink.getAttribute('href'), switchLink.textContent]).toEqual([`/articles/${SEED_SLUG}/`, '简体']);
    expect(article.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://jindu.example.org/zh-hant/articles/${SEED_SLUG}/`);
    expect(article.querySelectorAll('.prose a, .cards a').every((a) => a.getAttribute('href')!.startsWith('/zh-hant/'))).toBe(true);

    const simplified = await page(`articles/${SEED_SLUG}/index.html`);
    const alternates = simplified.querySelectorAll('link[hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
    expect(alternates).toEqual([
      ['zh-Hans', `https://jindu.example.org/articles/${SEED_SLUG}/`],
      ['zh-Hant', `https://jindu.example.org/zh-hant/articles/${SEED_SLUG}/`],
      ['x-default', `https://jindu.example.org/articles/${SEED_SLUG}/`],
    ]);
    const feed = await readText(path.join(out, 'zh-hant/rss.xml'));
    expect(feed).toContain(`<link>https://jindu.example.org/zh-hant/articles/${SEED_SLUG}/</link>`);
    expect(feed).toContain('華理生物產業園項目');
    expect(await readText(path.join(out, 'sitemap-index.xml'))).toContain('<loc>https://jindu.example.org/zh-hant/sitemap.xml</loc>');
    expect(await readText(path.join(out, 'zh-hant/sitemap.xml'))).toContain(`<loc>https://jindu.example.org/zh-hant/projects/huali-bio/</loc>`);
  });

  it('draws a 1200×630 social card for every article and project, named in each page\'s metadata', async () => {
    const sharp = (await import('sharp')).default;
    const cards = [`cards/articles/${SEED_SLUG}.png`, ...PROJECT_IDS.map((id) => `cards/projects/${id}.png`), 'cards/site.png'];
    for (const card of cards) {
      const { width, height, format } = await sharp(path.join(out, card)).metadata();
      expect([card, format, width, height]).toEqual([card, 'png', 1200, 630]);
    }
    const image = (file: string) => parseHtml(readFileSync(path.join(out, file), 'utf8')).querySelector('meta[property="og:image"]')?.getAttribute('content');
    expect(image('projects/huali-bio/index.html')).toBe('https://jindu.example.org/cards/projects/huali-bio.png');
    expect(image(`articles/${SEED_SLUG}/index.html`)).toBe(`https://jindu.example.org/cards/articles/${SEED_SLUG}.png`);
    expect(image('data/index.html')).toBe('https://jindu.example.org/cards/site.png');
  });

  it('draws each image once: the cards started before Astro are the ones the pages use', async () => {
    const built = (await listFiles(out)).filter((file) => file.endsWith('.png'));
    const summary = JSON.parse(await readFile(path.join(imageCache, BUILD_SUMMARY), 'utf8')) as BuildSummary;
    // One drawing per image: a card drawn ahead from an SVG other than its route's would be drawn twice.
    expect(summary.images.drawn).toBe(built.length);
    const index = JSON.parse(await readFile(path.join(imageCache, 'png.json'), 'utf8')) as { entries: Record<string, string> };
    const sha = (file: string) => createHash('sha256').update(readFileSync(path.join(out, file))).digest('hex');
    expect(new Set(Object.values(index.entries))).toEqual(new Set(built.map(sha)));
    expect(Object.keys(index.entries).filter((key) => key.startsWith('cards:'))).toHaveLength(built.filter((file) => file.startsWith('cards/')).length);
    expect(Object.keys(index.entries).filter((key) => key.startsWith('charts:'))).toHaveLength(built.filter((file) => file.startsWith('charts/')).length);
  });

  it('has no internal link or asset that does not resolve', async () => {
    const files = new Set(await listFiles(out));
    const broken: string[] = [];
    for (const file of [...files].filter((name) => name.endsWith('.html'))) {
      for (const href of links(await page(file))) {
        if (/^(https?:|mailto:|#)/.test(href)) continue;
        const target = decodeURI(href.split('#')[0]!.split('?')[0]!).replace(/^\//, '');
        const resolved = target.endsWith('/') || target === '' ? `${target}index.html` : target;
        if (!files.has(resolved)) broken.push(`${file} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('the built HTML', () => {
  // Validating every page takes seconds on a busy machine.
  it('has no html-validate error under the project’s .htmlvalidate.json', { timeout: 60_000 }, async () => {
    const config = JSON.parse(await readText(path.join(ROOT, '.htmlvalidate.json'))) as ConfigData;
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const pages = (await listFiles(out)).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const name of pages) {
      const report = await validator.validateFile(path.join(out, name));
      for (const result of report.results) {
        for (const message of result.messages.filter((candidate) => candidate.severity === 2)) problems.push(`${name}:${message.line}:${message.column}  ${message.message}  ${message.ruleId}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('dist/_headers', () => {
  it('is written by the build for what the build wrote, at the root', async () => {
    const entries = await listSiteEntries(out);
    expect(await readText(path.join(out, '_headers'))).toBe(headersFile({ base: '/', entries }));
    expect(entries.map((entry) => entry.name)).toEqual(expect.arrayContaining(['_astro', 'pagefind', 'search', 'zh-hant/', 'zh-hant/search']));
  });

  it('is matched by the nginx snippet in docs/deploying.md: the same headers and values', async () => {
    const readme = await readText(path.join(ROOT, 'docs', 'deploying.md'));
    const nginx = readme.match(/```nginx\n([\s\S]*?)```/)?.[1] ?? '';
    const sent = new Set([...nginx.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;/gm)].map((match) => `${match[1]}: ${match[2]}`));
    const headers = [...(await readText(path.join(out, '_headers'))).matchAll(/^ {2}([\w-]+: .*)$/gm)].map((match) => match[1]!);
    expect(headers.length).toBeGreaterThan(5);
    for (const header of headers) expect(sent, header).toContain(header);
    expect(sent).toContain(`Content-Security-Policy: ${contentSecurityPolicy('embed')}`);
    expect(sent).toContain(`Content-Security-Policy: ${contentSecurityPolicy('search')}`);
    expect(nginx).toContain('error_page 404 /reports/daqing/404.html;');
  });
});

describe('npm run build with hosting variables', { timeout: SPAWN_TIMEOUT }, () => {
  it('stops before building, with one line, on a JINDU_TODAY that is not a date', async () => {
    const result = await runScript(ROOT, 'scripts/build.ts', ['--out-dir', path.join(scratch, 'never')], { JINDU_TODAY: '2023-02-30' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual(['JINDU_TODAY：“2023-02-30”不是写成 YYYY-MM-DD 的真实日期，应像 2023-05-10']);
  });

  it('stops before building, with one line, on a TRADITIONAL_REGION it does not know', async () => {
    const result = await runScript(ROOT, 'scripts/build.ts', ['--out-dir', path.join(scratch, 'never')], { TRADITIONAL_REGION: 'mo' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual(['TRADITIONAL_REGION：繁体版的用语地区应为 tw（台湾，默认）或 hk（香港），而不是“mo”']);
  });

  it('stops before building, with one line, on a malformed SITE_URL', async () => {
    const result = await runScript(ROOT, 'scripts/build.ts', ['--out-dir', path.join(scratch, 'never')], { SITE_URL: 'news.example.com', BASE_PATH: '' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual(['SITE_URL：应为网站的公开地址，如 https://news.example.com，实为“news.example.com”']);
    expect(existsSync(path.join(scratch, 'never'))).toBe(false);
  });
});

describe('npm run build on broken content', () => {
  let project: string;

  beforeAll(async () => {
    project = await copyProject();
    // The last good site: the seed site built above, from the same content (no need to build it a second time).
    expect(build.code, build.stderr).toBe(0);
    await cp(out, path.join(project, 'dist'), { recursive: true });
    await writeFile(path.join(project, 'dist', 'marker.txt'), 'the last good site');
  }, SPAWN_TIMEOUT);

  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it('stops with one line per problem, no stack trace, and leaves dist/ as it was', async () => {
    const datasetPath = path.join(project, 'content/data/projects.json');
    const articlePath = path.join(project, `content/articles/${SEED_SLUG}.md`);
    const [dataset, article] = await Promise.all([readFile(datasetPath, 'utf8'), readFile(articlePath, 'utf8')]);
    const before = await stat(path.join(project, 'dist/index.html'));
    try {
      await writeFile(datasetPath, dataset.replace('"value": 520000000', '"value": -520000000'));
      await writeFile(articlePath, article.replace('  - huali-bio\n', '  - huali-bio\n  - no-such-project\n').replace('date: 2023-05-10', 'date: 2023-02-30'));
      const result = await runScript(project, 'scripts/build.ts');
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toContain(`content/articles/${SEED_SLUG}.md:3:1  error  date：应为真实存在的日期，写成 YYYY-MM-DD，如 2023-05-10，实为“2023-02-30”  docs/rules.md#frontmatter`);
      expect(lines).toContain(`content/articles/${SEED_SLUG}.md:8:5  error  projects[1]：content/data/projects.json 里没有项目 no-such-project；应为以下之一：huali-bio、longjiang-chemical-polycarbonate、volvo-daqing-phase-1-upgrade、mingyang-northeast-wind-base、commercial-college-relocation  docs/rules.md#unknown-project`);
      expect(lines.some((line) => /^content\/data\/projects\.json:\d+:\d+  error  projects\[0\]\.figures\.investment\[0\]\.value：应为不小于 0 的数字，实为 -520000000  docs\/rules\.md#schema$/.test(line))).toBe(true);
      expect(lines.at(-1)).toBe('构建已停止：内容有 3 个错误、0 个警告。dist/ 没有改动。');
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(await readFile(path.join(project, 'dist/marker.txt'), 'utf8')).toBe('the last good site');
      expect((await stat(path.join(project, 'dist/index.html'))).mtimeMs).toBe(before.mtimeMs);
    } finally {
      await writeFile(datasetPath, dataset);
      await writeFile(articlePath, article);
    }
  }, SPAWN_TIMEOUT);

  it('stops at the content check on an MDX body that would not compile', async () => {
    const broken = path.join(project, 'content/articles/broken-body.mdx');
    await writeFile(broken, '---\ntitle: 坏稿\ndate: 2023-05-11\nsummary: 正文有未闭合的组件。\n---\n\n<Chart project="x"\n\n正文\n');
    try {
      const result = await runScript(project, 'scripts/build.ts', ['--quiet']);
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines[0]).toMatch(/^content\/articles\/broken-body\.mdx:7:1  error  正文不是有效的 MDX：.*  docs\/rules\.md#body-syntax$/);
      expect(lines.at(-1)).toBe('构建已停止：内容有 1 个错误、1 个警告。dist/ 没有改动。');
      expect(await readFile(path.join(project, 'dist/marker.txt'), 'utf8')).toBe('the last good site');
    } finally {
      await rm(broken);
    }
  }, SPAWN_TIMEOUT);

  it('refuses an article that imports code, before Astro would run it, and keeps dist/', async () => {
    // An .mdx import runs at build time with the builder's rights: refused at the content check, at its line.
    const broken = path.join(project, 'content/articles/broken-body.mdx');
    await writeFile(broken, "---\ntitle: 坏稿\ndate: 2023-05-11\nsummary: 正文引用了不存在的组件。\n---\n\nimport Chart from '../../src/components/charts/NoSuchChart.astro';\n\n<Chart />\n");
    try {
      const result = await runScript(project, 'scripts/build.ts', ['--quiet']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("content/articles/broken-body.mdx:7:1  error  正文含有 import/export 语句“import Chart from '../../src/components…”：.mdx 文章在构建时作为代码运行，不允许 import/export；图表组件无需 import 即可使用  docs/rules.md#mdx-code");
      expect(result.stderr.trim().split('\n').at(-1)).toBe('构建已停止：内容有 1 个错误、1 个警告。dist/ 没有改动。');
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(await readFile(path.join(project, 'dist/marker.txt'), 'utf8')).toBe('the last good site');
      expect(existsSync(path.join(project, 'dist/articles/broken-body'))).toBe(false);
    } finally {
      await rm(broken);
    }
  }, SPAWN_TIMEOUT);

  // One build for what a reader sees of many articles and of a project followed up: the list split into pages, a
  // title written like markup shown as text (the first of the extra articles has it), and the seed's follow-ups.
  describe('with 25 more articles, one titled like markup, and two follow-up reports', () => {
    const extra = () => Array.from({ length: 25 }, (_, i) => path.join(project, `content/articles/note-${String(i + 1).padStart(2, '0')}.md`));
    const MARKUP_TITLE = '<script>alert(1)</script>标题';
    let result: RunResult;
    let restore: (() => Promise<void>) | undefined;

    beforeAll(async () => {
      await Promise.all(
        extra().map((file, i) => writeFile(file, `---\ntitle: ${i === 0 ? JSON.stringify(MARKUP_TITLE) : `短讯${i + 1}`}\ndate: 2024-01-${String(i + 1).padStart(2, '0')}\nsummary: 第${i + 1}条短讯。\n---\n\n正文。\n`)),
      );
      restore = await applyFollowUps(project);
      // Statuses judged after the follow-ups, on 1 August 2024.
      result = await runScript(project, 'scripts/build.ts', [], { JINDU_TODAY: '2024-08-01' });
    }, BUILD_TIMEOUT);

    afterAll(async () => {
      await Promise.all(extra().map((file) => rm(file, { force: true })));
      await restore?.();
    });

    it('splits a long article list into pages linked to each other', async () => {
      expect(result.code, result.stderr).toBe(0);
      const first = parseHtml(await readFile(path.join(project, 'dist/articles/index.html'), 'utf8'));
      const second = parseHtml(await readFile(path.join(project, 'dist/articles/page/2/index.html'), 'utf8'));
      expect(first.querySelectorAll('.article-list li')).toHaveLength(20);
      expect(first.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/articles/page/2/');
      // 28 articles (the seed, 25 notes, two follow-ups): the seed is the oldest, so it is the last item on page 2.
      expect(second.querySelectorAll('.article-list li')).toHaveLength(8);
      expect(visibleText(second.querySelectorAll('.article-list li').at(-1)!)).toContain('大庆高新区拉满');
      expect(second.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/articles/');
      expect(existsSync(path.join(project, 'dist/articles/page/3'))).toBe(false);
    });

    it('shows text that looks like HTML as text, never as markup', async () => {
      expect(result.code, result.stderr).toBe(0);
      const html = await readFile(path.join(project, 'dist/articles/note-01/index.html'), 'utf8');
      const document = parseHtml(html);
      // The title is text in the heading and a quoted attribute value elsewhere; never a script element.
      expect(document.querySelector('h1')?.textContent).toBe(MARKUP_TITLE);
      expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;标题</h1>');
      expect(document.querySelectorAll('script').filter((script) => script.textContent.includes('alert'))).toEqual([]);
      expect(html.replace(/"[^"]*"/g, '""')).not.toContain('<script>alert');
    });

    it('tracks a follow-up: a late start, a phase-1 figure, a lower forecast, a moved plan and a silent milestone', async () => {
      expect(result.code, result.stderr + result.stdout).toBe(0);
      const read = async (file: string) => parseHtml(await readFile(path.join(project, 'dist', file), 'utf8'));
      const file = (name: string) => readFile(path.join(project, 'dist', name), 'utf8');
      // A table row as "cell | cell", a cell's text and list items joined by "；", citation marks left out.
      const cellText = (cell: HTMLElement) => {
        const own = parseHtml(cell.toString());
        for (const list of own.querySelectorAll('ul')) list.remove();
        return [visibleText(own), ...cell.querySelectorAll('li').map(visibleText)].filter(Boolean).join('；').replace(/[\s\u2060]*\[\d+\]/g, '');
      };
      const rowTexts = (root: HTMLElement, selector: string) => root.querySelectorAll(selector).map((row) => row.querySelectorAll('th, td').map(cellText).join(' | '));

      const projectPage = await read('projects/huali-bio/index.html');
      const changes = projectPage.querySelectorAll('.changes li').map((li) => [li.querySelector('time')!.textContent, li.querySelector('span')!.textContent.replace(/\[\d+\]/g, '')]);
      expect(changes.slice(0, 11)).toEqual([
        // A repeat of the same value is a confirmation, not a change.
        ['2024年7月20日', '预计年销售收入：超1亿元（与此前报道相同）'],
        // A measure that grew, in its own unit.
        ['2024年7月20日', '一期建筑面积：由1.2万平方米增至1.5万平方米（+25%）'],
        ['2024年7月1日', '计划投资：5.2亿元（与此前报道相同）'],
        ['2024年7月1日', '新口径，一期计划投资：3.5亿元'],
        // A lower bound after a forecast: set side by side, never "down 81%".
        ['2024年7月1日', '预计年销售收入：此前报道为5.24亿元（全部投产后），新报道为超1亿元'],
        ['2024年7月1日', '一期建筑面积：1.2万平方米（首次报道）'],
        ['2024年7月1日', '进展阶段：由“设计与审批”变为“在建”'],
        ['2024年7月1日', '启动建设：已于2023年6月20日完成'],
        ['2024年7月1日', '部分设备到位安装：计划由2023年年底前改为2024年10月31日前'],
        ['2024年1月1日', '部分设备到位安装：原计划于2023年年底前，期限已过，尚无完成的报道本站按日期推算，不是报道'],
        ['2023年11月1日', '综合楼、厂房和研发基地主体土建完工：原计划于2023年10月底，期限已过，尚无完成的报道本站按日期推算，不是报道'],
      ]);
      // A date passing is no report: marked as the site's reading of the calendar, with no citation.
      const calendar = projectPage.querySelectorAll('.changes li.change--calendar');
      expect(calendar.length).toBe(3);
      expect(calendar.every((li) => li.querySelector('.cite-mark') === null && li.querySelector('.calendar-note') !== null)).toBe(true);
      // Confirmations are not set in bold as changes are.
      expect(projectPage.querySelectorAll('.changes li.change--update').map((li) => li.querySelector('span')!.textContent)).not.toContainEqual(expect.stringContaining('与此前报道相同'));
      // Every entry cites its source, and the seed's first reports are still there.
      expect(projectPage.querySelectorAll('.changes li .cite-mark').length).toBeGreaterThan(10);
      expect(changes.map(([, text]) => text)).toContain('预计年销售收入（全部投产后）：5.24亿元（首次报道）');

      // Both values of the revenue forecast with their dates, the latest first and confirmed later; the repeated
      // investment is one value reported twice, not a revision.
      const figureRows = rowTexts(projectPage, 'section[aria-labelledby="figures"] table.figures tbody tr');
      expect(figureRows.filter((text) => text.startsWith('预计年销售收入'))).toEqual([
        '预计年销售收入 | 超1亿元最新；2024年7月1日；2024年7月20日再次报道 | 全项目 | —',
        '预计年销售收入（早先报道） | 5.24亿元；2023年5月10日 | 全项目 | 全部投产后',
      ]);
      expect(figureRows.filter((text) => text.startsWith('计划投资'))).toEqual(['计划投资 | 5.2亿元；2023年5月10日；2024年7月1日再次报道 | 全项目 | —', '计划投资 | 3.5亿元；2024年7月1日 | 一期 | —']);
      // Every report's date links its source.
      for (const row of projectPage.querySelectorAll('section[aria-labelledby="figures"] table.figures tbody tr')) {
        expect(row.querySelectorAll('.reported li').every((li) => li.querySelector('.cite-mark') !== null)).toBe(true);
      }
      // The other measures, with their history like the figures'.
      expect(rowTexts(projectPage, 'section[aria-labelledby="measures"] tbody tr')).toEqual(['建筑面积 | 1.5万平方米最新；2024年7月20日 | 一期', '建筑面积（早先报道） | 1.2万平方米；2024年7月1日 | 一期']);

      // Derived values only from reports of one date: the intensity from May's pair, saying so; the chart's yearly
      // bars from May, and the later revenue named with its date, never beside May's profit.
      const figuresText = visibleText(projectPage.querySelector('section[aria-labelledby="figures"]')!);
      expect(figuresText).toContain('350万元/亩');
      expect(figuresText).toContain('此后的报道只给出了其中一项，没有同时给出另一项，所以这里仍按2023年5月10日的两项数字计算。');
      const economics = projectPage.querySelector('#chart-projects-huali-bio-economics')!;
      expect(visibleText(economics.querySelector('.chart-takeaway')!)).toBe(
        '华理生物产业园项目计划投资5.2亿元；据2023年5月10日的报道，全部投产后，预计每年销售收入5.24亿元、利润1.7亿元、税收0.34亿元。2024年7月20日的报道称预计年销售收入超1亿元，但没有同时报道利润、税收；图中的年度数字都取自同一天的报道。',
      );
      expect(visibleText(economics.querySelector('svg')!)).toContain('5.24亿元');
      expect(visibleText(economics.querySelector('svg')!)).not.toContain('超1亿元');

      const tracker = await read('tracker/index.html');
      const row = (label: string) => tracker.querySelectorAll('table.tracker tbody tr').map((tr) => visibleText(tr)).find((text) => text.includes(label))!;
      expect(row('启动建设')).toMatch(/延期完成\s*晚了20天/);
      expect(row('启动建设')).toContain('2023年5月');
      expect(row('部分设备到位安装')).toMatch(/期限已过，未见完成报道\s*期限已过约7个月\s*按调整后的计划：未到期\s*2023年年底前\s*2024年10月31日前/);
      expect(row('桩基和土建施工')).toMatch(/期限已过，未见完成报道\s*期限已过约12个月/);
      // Beside the milestones, the figures reported again: changes first, each value with its date and sources,
      // then confirmations; a bound compared as a bound, with no percentage.
      const revisions = tracker.querySelectorAll('section[aria-labelledby="figures"] tbody tr');
      expect(revisions.map((tr) => visibleText(tr.querySelector('th')!))).toEqual(['华理生物产业园项目 预计年销售收入', '华理生物产业园项目 建筑面积（一期）', '华理生物产业园项目 计划投资']);
      expect(revisions.map((tr) => tr.querySelectorAll('td').slice(0, 2).map(cellText))).toEqual([
        ['说法不同', '2023年5月10日：5.24亿元（全部投产后）；2024年7月1日：超1亿元；2024年7月20日再次报道'],
        ['增加', '2024年7月1日：1.2万平方米；2024年7月20日：1.5万平方米'],
        ['再次报道，未变', '2023年5月10日：5.2亿元；2024年7月1日再次报道'],
      ]);
      expect(revisions[0]!.querySelectorAll('td:last-child a').map((a) => a.getAttribute('href'))).toEqual([
        `/articles/${SEED_SLUG}/`,
        '/articles/huali-bio-follow-up-2024/',
        '/articles/huali-bio-follow-up-2024-07-20/',
      ]);
      expect(visibleText(tracker.querySelector('section[aria-labelledby="figures"]')!)).not.toMatch(/%/);
      // The timeline keys only what it draws: a reported delay now, and the moved plan.
      const timelineKey = projectPage.querySelectorAll('#chart-projects-huali-bio-milestones .chart-legend li').map((li) => visibleText(li));
      expect(timelineKey).toEqual(expect.arrayContaining(['延误：报道的完成晚于计划', '调整后的计划', '期限已过，未见完成报道']));

      // A new project whose sources report no stage: every place that shows a stage says 阶段未报道.
      const station = await read('projects/daqing-storage-station/index.html');
      const stageCell = station.querySelectorAll('dt').find((dt) => dt.textContent === '当前阶段')!.nextElementSibling!;
      expect([visibleText(stageCell), stageCell.querySelector('a')?.getAttribute('href')]).toEqual(['阶段未报道', '/projects/stages/unreported/']);
      expect(station.querySelector('.lifecycle')).toBeNull();
      expect(station.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('储能电站项目：阶段未报道');
      expect(rowTexts(station, 'section[aria-labelledby="measures"] tbody tr')).toEqual(['装机容量 | 20万千瓦；2024年7月20日 | 全项目']);
      // Its chart is named for what it draws: the investment only, no 预计年收益 promised.
      expect(visibleText(station.querySelector('#chart-projects-daqing-storage-station-economics .chart-title')!)).toBe('储能电站项目：计划投资');
      const listed = (root: HTMLElement) => root.querySelectorAll('table.stack tbody tr').map((tr) => visibleText(tr)).find((text) => text.startsWith('储能电站项目'))!;
      expect(listed(await read('projects/index.html'))).toContain('阶段未报道');
      expect(visibleText((await read('index.html')).querySelectorAll('.cards .card').find((card) => visibleText(card).includes('储能电站项目'))!)).toContain('阶段未报道');
      const browse = (await read('projects/index.html')).querySelectorAll('nav.browse a').map((a) => [a.textContent, a.getAttribute('href')]);
      expect(browse).toContainEqual(['阶段未报道', '/projects/stages/unreported/']);
      const unstaged = await read('projects/stages/unreported/index.html');
      expect(visibleText(unstaged.querySelector('h1')!)).toBe('阶段未报道');
      expect(unstaged.querySelectorAll('tbody tr').map((tr) => visibleText(tr.querySelector('th')!))).toEqual(['储能电站项目']);
      expect(row('开工建设')).toMatch(/^储能电站项目\s*开工建设\s*未到期\s*2024年年底前/);
      const sharp = (await import('sharp')).default;
      expect(await sharp(path.join(project, 'dist/cards/projects/daqing-storage-station.png')).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
      expect(await file('data/projects.csv')).toContain('daqing-storage-station,储能电站项目,,宏伟园区,,,,,200000000,exact,');

      // The open data: measures in the JSON, their own CSV, and documented.
      const json = JSON.parse(await file('data/projects.json'));
      expect(json.projects.find((p: { id: string }) => p.id === 'daqing-storage-station')).toMatchObject({ status: [], measures: [{ id: 'capacity', unit: '千瓦' }] });
      const measures = await file('data/measures.csv');
      expect(measures.split('\r\n').slice(0, 4).map((line) => line.split(',').slice(0, 12).join(','))).toEqual([
        '\uFEFFproject_id,project_name,measure_id,measure,measure_unit,scope,value,value_max,qualifier,condition,as_of,is_latest_for_scope',
        'huali-bio,华理生物产业园项目,floor-area,建筑面积,平方米,phase-1,12000,,exact,,2024-07-01,false',
        'huali-bio,华理生物产业园项目,floor-area,建筑面积,平方米,phase-1,15000,,exact,,2024-07-20,true',
        'daqing-storage-station,储能电站项目,capacity,装机容量,千瓦,project,200000,,exact,,2024-07-20,true',
      ]);
      const data = await read('data/index.html');
      expect(data.querySelectorAll('.downloads a').map((a) => a.getAttribute('href'))).toContain('/data/measures.csv');
      expect(visibleText(data.querySelector('[data-path="projects[].measures[].unit"]')!)).toContain('辆/年');

      const feed = await file('updates.xml');
      expect(feed).toContain('<title>华理生物产业园项目：预计年销售收入：此前报道为5.24亿元（全部投产后），新报道为超1亿元</title>');
      expect(feed).toContain('<title>华理生物产业园项目：启动建设：已于2023年6月20日完成</title>');
      // Measures in the feed: what grew, and a measure a later article first reported; no confirmation, and none of
      // a new project's first reports.
      expect(feed).toContain('<title>华理生物产业园项目：一期建筑面积：由1.2万平方米增至1.5万平方米（+25%）</title>');
      expect(feed).toContain('<title>华理生物产业园项目：一期建筑面积：1.2万平方米（首次报道）</title>');
      expect(feed).not.toContain('与此前报道相同');
      expect(feed).not.toContain('储能电站项目');
    });
  });
});
