// The output part of the hostile-input corpus: content that is valid but full of markup, formula and XML
// specials, built once, and every published format read back as its readers' programs read it (a strict XML
// parser for SVG, feeds and sitemaps, a CSV parser, JSON.parse, an HTML parser). Before this, a "<" in a project
// name crashed the image step, feeds carried live <script>, and CSV cells ran as formulas in Excel and WPS.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, runScript, type RunResult } from './helpers/project.ts';
import { parseHtml, visibleText } from './helpers/html.ts';
import { elementsNamed, parseXml } from './helpers/xml.ts';

const NAME = `华理<10亿元 A<B & "引号" ]]> '单引号'项目`;
const COMPANY = `+cmd|' /C calc'!A0`;
const SECTOR = '@SUM(1+1)*cmd|\' /C calc\'!A0';
const LABEL = '=HYPERLINK("http://evil.example","点我")';
const TITLE = '</title><script>alert(1)</script>标题<b>';
const SUMMARY = ']]><script>alert(2)</script>摘要 & <!-- -->';
const TAG = '<img src=x onerror=alert(3)>';
const SLUG = 'hostile-markup';
const ARTICLE = `---
title: "${TITLE}"
date: 2023-05-12
summary: "${SUMMARY}"
tags:
  - "${TAG}"
---

正文里的 \`<script>alert(4)</script>\` 是代码，&lt;b&gt; 和 A<B、x > y 都是文字。
`;

let project: string;
let dist: string;
let build: RunResult;
const read = (file: string) => readFile(path.join(dist, file), 'utf8');

beforeAll(async () => {
  project = await copyProject();
  const datasetPath = path.join(project, 'content/data/projects.json');
  const data = JSON.parse(await readFile(datasetPath, 'utf8'));
  const huali = data.projects.find((entry: { id: string }) => entry.id === 'huali-bio');
  Object.assign(huali, { name: NAME, company: COMPANY, sector: SECTOR });
  huali.milestones[0].label = LABEL;
  await writeFile(datasetPath, `${JSON.stringify(data, null, 2)}\n`);
  await writeFile(path.join(project, `content/articles/${SLUG}.md`), ARTICLE);
  // Its own image cache: every chart and card is drawn from these strings, not reused from another build.
  build = await runScript(project, 'scripts/build.ts', ['--quiet'], { JINDU_TODAY: '2026-11-25', JINDU_CACHE_DIR: path.join(project, 'image-cache') });
  dist = path.join(project, 'dist');
}, 240_000);

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('a site built from names full of markup, formulas and XML specials', () => {
  it('builds: the image step draws every chart and card (it crashed on the first "<")', () => {
    expect(build.stderr).not.toMatch(/^\s+at /m);
    expect(build.code, build.stderr).toBe(0);
  });

  it('writes every chart SVG as well-formed XML holding the name as text', async () => {
    const folder = path.join(dist, 'charts/projects/huali-bio');
    for (const file of (await readdir(folder)).filter((name) => name.endsWith('.svg'))) {
      const svg = parseXml(await readFile(path.join(folder, file), 'utf8'));
      // A long title wraps over lines, one <text> each: read the lines together.
      expect(elementsNamed(svg, 'text').map((text) => text.text).join(''), file).toContain(NAME);
    }
  });

  it('draws real PNGs for the charts and the social cards', async () => {
    for (const file of ['charts/projects/huali-bio/economics.png', 'charts/projects/huali-bio/milestones.png', 'cards/projects/huali-bio.png', `cards/articles/${SLUG}.png`]) {
      const bytes = await readFile(path.join(dist, file));
      expect(bytes.subarray(1, 4).toString(), file).toBe('PNG');
    }
  });

  it('writes both editions\' feeds as well-formed XML, the title and summary as text, the content without script', async () => {
    for (const file of ['rss.xml', 'zh-hant/rss.xml', 'updates.xml', 'zh-hant/updates.xml']) parseXml(await read(file));
    const feed = parseXml(await read('rss.xml'));
    const item = elementsNamed(feed, 'item').find((entry) => elementsNamed(entry, 'link')[0]!.text.includes(SLUG))!;
    expect(elementsNamed(item, 'title')[0]!.text).toBe(TITLE);
    expect(elementsNamed(item, 'description')[0]!.text).toBe(SUMMARY);
    expect(elementsNamed(item, 'category')[0]!.text).toBe(TAG);
    const content = parseHtml(elementsNamed(item, 'content:encoded')[0]!.text);
    expect(content.querySelectorAll('script')).toEqual([]);
    expect(content.querySelector('code')?.textContent).toBe('<script>alert(4)</script>');
    expect(visibleText(content)).toContain('<b> 和 A<B、x > y 都是文字');
  });

  it('keeps the name as text in the updates feed', async () => {
    const titles = elementsNamed(parseXml(await read('updates.xml')), 'title').map((title) => title.text);
    expect(titles.some((title) => title.startsWith(`${NAME}：`))).toBe(true);
  });

  it('writes the sitemaps as well-formed XML', async () => {
    for (const file of ['sitemap-index.xml', 'sitemap-0.xml', 'zh-hant/sitemap.xml']) parseXml(await read(file));
  });

  it('prefixes CSV text cells that a spreadsheet would run as formulas, and only those', async () => {
    const projects = csvParse((await read('data/projects.csv')).replace(/^\uFEFF/, ''));
    const row = projects.find((entry) => entry.id === 'huali-bio')!;
    expect(row.company).toBe(`'${COMPANY}`);
    expect(row.sector).toBe(`'${SECTOR}`);
    expect(row.name).toBe(NAME);
    expect(row.investment_yuan).toBe('520000000');
    const milestones = csvParse((await read('data/milestones.csv')).replace(/^\uFEFF/, ''));
    expect(milestones.find((entry) => entry.project_id === 'huali-bio')!.label).toBe(`'${LABEL}`);
    expect(await read('data/index.html')).toContain('以 =、+、-、@、制表符或回车开头的文字单元格前加了一个英文单引号');
  });

  it('publishes the strings unchanged in projects.json', async () => {
    const data = JSON.parse(await read('data/projects.json'));
    const huali = data.projects.find((entry: { id: string }) => entry.id === 'huali-bio');
    expect([huali.name, huali.company, huali.sector, huali.milestones[0].label]).toEqual([NAME, COMPANY, SECTOR, LABEL]);
  });

  it('shows every string as text on the pages, with no script but the site\'s own', async () => {
    for (const file of [`articles/${SLUG}/index.html`, 'projects/huali-bio/index.html', 'index.html', 'tracker/index.html']) {
      const page = parseHtml(await read(file));
      for (const script of page.querySelectorAll('script')) expect(script.getAttribute('src') ?? script.getAttribute('type'), file).toMatch(/^\/_astro\/|^module$/);
      expect(page.querySelectorAll('[onerror], [onclick], iframe, img[src="x"]'), file).toEqual([]);
    }
    const article = parseHtml(await read(`articles/${SLUG}/index.html`));
    expect(article.querySelector('h1')?.textContent).toBe(TITLE);
    expect(article.querySelector('title')?.textContent).toContain(TITLE);
    expect(article.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(SUMMARY);
    expect(parseHtml(await read('projects/huali-bio/index.html')).querySelector('h1')?.textContent).toBe(NAME);
  });
});
