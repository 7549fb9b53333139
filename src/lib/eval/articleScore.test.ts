import { describe, expect, it } from 'vitest';
import { readImportedFile, scoreArticle } from './articleScore.ts';
import type { ExpectedArticle } from './corpus.ts';

const expected: ExpectedArticle = {
  title: '某县新材料产业园开工',
  date: '2024-03-05',
  publication: '某某日报',
  byline: '记者 张三 通讯员 李四',
  clean_simplified: '3月5日，某县新材料产业园项目开工，总投资20亿元（一期）。\n\n项目建成后年产值可达50亿元。',
  must_keep: ['（一期）'],
  chrome_lines: ['责任编辑:王五', '相關閱讀'],
  chrome_lines_clean: ['责任编辑：王五', '相关阅读'],
  optional_lines: ['(完)'],
  damaged_lines: [3],
};

const perfect = `---
title: 某县新材料产业园开工
date: 2024-03-05
byline: 记者 张三 通讯员 李四
source:
  publication: 某某日报
---

3月5日，某县新材料产业园项目开工，总投资20亿元（一期）。

项目建成后年产值可达50亿元。
`;

describe('scoreArticle(expected, output)', () => {
  it('scoreArticle gives a clean import full marks', () => {
    const score = scoreArticle(expected, perfect, [3]);
    expect(score).toMatchObject({ pinyinLeft: 0, recall: 100, precision: 100, clutterLeft: [], mustKeepMissing: [], title: 'right', date: 'right', publication: 'right', byline: 'right', traditionalLeft: 0, halfWidthBesideHan: 0, damageFound: 1, damageFalse: 0 });
  });

  it('scoreArticle counts clutter, pinyin, Traditional characters and half-width marks left', () => {
    const output = perfect.replace('项目建成后', '相关阅读\n\n項(xiàng)目建成后,') + '\n责任编辑：王五\n';
    const score = scoreArticle(expected, output);
    expect(score.pinyinLeft).toBe(1);
    expect(score.clutterLeft).toEqual(['责任编辑:王五', '相關閱讀']);
    expect(score.traditionalLeft).toBe(1);
    expect(score.halfWidthBesideHan).toBe(3); // the comma and the annotation's two brackets
    expect(score.precision).toBeLessThan(100);
    expect(score.damageFound).toBe(0);
  });

  it('scoreArticle reads a TODO placeholder as nothing found, and another line as a wrong title', () => {
    const todo = perfect.replace('title: 某县新材料产业园开工', 'title: TODO：标题').replace('date: 2024-03-05', 'date: TODO：日期');
    expect(scoreArticle(expected, todo)).toMatchObject({ title: 'missed', date: 'missed' });
    expect(scoreArticle({ ...expected, title: null }, todo).title).toBe('todo');
    expect(scoreArticle({ ...expected, title: null }, perfect).title).toBe('wrong');
  });

  it('scoreArticle tells a byline left in the body from one missed', () => {
    const inBody = perfect.replace('byline: 记者 张三 通讯员 李四\n', '').replace('\n项目建成后', '\n记者 张三 通讯员 李四\n\n项目建成后');
    expect(scoreArticle(expected, inBody).byline).toBe('in-body');
    const fused = perfect.replace('byline: 记者 张三 通讯员 李四', 'byline: 记者张三通讯员李四');
    expect(scoreArticle(expected, fused).byline).toBe('wrong');
  });
});

describe('readImportedFile(text)', () => {
  it('readImportedFile reads the frontmatter fields the corpus scores', () => {
    expect(readImportedFile(perfect)).toMatchObject({ title: '某县新材料产业园开工', date: '2024-03-05', publication: '某某日报', byline: '记者 张三 通讯员 李四' });
  });
});
