import { describe, expect, it } from 'vitest';
import type { VFile } from 'vfile';
import { checkContentAndFacts, summaryLine } from '../validate/checkAll.ts';
import { formatMessage } from '../validate/diagnostics.ts';
import { ARTICLE_PATH, ARTICLE_TEXT, articleFile, datasetFile, datasetObject, positionOf } from '../validate/fixtures.ts';

type DatasetObject = ReturnType<typeof datasetObject>;

/** The fixture dataset with every figure the fixture article states, and a start rate as the article states it. */
function consistentDataset(): DatasetObject {
  const data = datasetObject();
  const project = data.projects[0]! as DatasetObject['projects'][number] & { figures: Record<string, unknown[]> };
  const source = { article: 'zone-report', quote: '华理生物产业园项目计划投资5.2亿元' };
  project.figures.landArea = [{ value: 10, asOf: '2023-05-10', source }];
  data.indicators.startRate[0]!.value = 69.7;
  return data;
}

function factLines(dataset: unknown, text = ARTICLE_TEXT, path = ARTICLE_PATH, strict = false): string[] {
  const checked = checkContentAndFacts({ dataset: datasetFile(dataset), articles: [articleFile(text, path)] }, { strict });
  return checked.files.flatMap((file: VFile) => file.messages.map((message) => formatMessage(message))).filter((line) => line.startsWith('content/articles/'));
}

const RATE_VS_DERIVED = `${ARTICLE_PATH}:${positionOf(ARTICLE_TEXT, '69.7%')}  warning  文中为“开复工率 69.7%”，但按数据集 2023 年的开复工项目和计划项目，30 ÷ 43 = 69.77%（按文中精度为 69.8%）  docs/rules.md#fact-vs-derived`;

describe('the fact-check', () => {
  it('says nothing about figures that agree, and compares the stated start rate with 30 ÷ 43', () => {
    expect(factLines(consistentDataset())).toEqual([RATE_VS_DERIVED]);
  });

  it('gives both numbers, the project, and which report it compared with', () => {
    const text = ARTICLE_TEXT.replace('计划投资5.2亿元', '计划投资6亿元');
    expect(factLines(consistentDataset(), text)).toEqual([
      `${ARTICLE_PATH}:${positionOf(text, '6亿元')}  warning  文中为“计划投资 6亿元”，数据集为 5.2亿元（520000000 元）（huali-bio 的 figures.investment，引用本文的全项目报道，2023-05-10）  docs/rules.md#fact-mismatch`,
      RATE_VS_DERIVED.replace(positionOf(ARTICLE_TEXT, '69.7%'), positionOf(text, '69.7%')),
    ]);
  });

  it('reports a figure the dataset does not have, and an indicator that disagrees', () => {
    const data = consistentDataset();
    delete (data.projects[0]!.figures as Record<string, unknown>).landArea;
    data.indicators.startRate[0]!.value = 69.8;
    expect(factLines(data)).toEqual([
      `${ARTICLE_PATH}:${positionOf(ARTICLE_TEXT, '10公顷')}  warning  文中为“占地面积 10公顷”，但数据集里 huali-bio 的 figures.landArea 没有全项目的报道  docs/rules.md#fact-missing`,
      `${ARTICLE_PATH}:${positionOf(ARTICLE_TEXT, '69.7%')}  warning  文中为“开复工率 69.7%”，数据集为 69.8%（indicators.startRate[0]，2023 年，引用本文的报道，2023-05-10）  docs/rules.md#fact-mismatch`,
      RATE_VS_DERIVED,
    ]);
  });

  it('compares a phase-1 figure with the phase-1 report, not the whole project’s', () => {
    const data = consistentDataset();
    const source = { article: 'zone-report', quote: '华理生物产业园项目计划投资5.2亿元' };
    data.projects[0]!.figures.investment.push({ value: 350_000_000, scope: 'phase-1', asOf: '2023-05-10', source } as never);
    const agreeing = ARTICLE_TEXT.replace('计划投资5.2亿元', '一期计划投资3.5亿元，总投资5.2亿元');
    expect(factLines(data, agreeing)).toEqual([RATE_VS_DERIVED.replace(positionOf(ARTICLE_TEXT, '69.7%'), positionOf(agreeing, '69.7%'))]);
    const differing = ARTICLE_TEXT.replace('计划投资5.2亿元', '一期计划投资4.5亿元，总投资5.2亿元');
    expect(factLines(data, differing)[0]).toBe(
      `${ARTICLE_PATH}:${positionOf(differing, '4.5亿元')}  warning  文中为“一期计划投资 4.5亿元”，数据集为 3.5亿元（350000000 元）（huali-bio 的 figures.investment，引用本文的1期报道，2023-05-10）  docs/rules.md#fact-mismatch`,
    );
  });

  it('holds an article to the latest report made by its date, and accepts the precision it writes', () => {
    const data = consistentDataset();
    const later = { value: 600_000_000, asOf: '2023-09-01', source: { url: 'https://example.com/a.html', quote: '投资6亿元' } };
    data.projects[0]!.figures.investment.push(later as never);
    const follow = (date: string, amount: string) =>
      factLines(data, ARTICLE_TEXT.replace('date: 2023-05-10', `date: ${date}`).replace('计划投资5.2亿元', `计划投资${amount}`), 'content/articles/follow-up.md').filter((line) => line.includes('计划投资'));
    expect(follow('2023-06-01', '5.2亿元')).toEqual([]);
    expect(follow('2023-10-01', '6亿元')).toEqual([]);
    expect(follow('2023-10-01', '5.2亿元')[0]).toContain('文中为“计划投资 5.2亿元”，数据集为 6亿元（600000000 元）（huali-bio 的 figures.investment，最新的全项目报道，2023-09-01）');
    data.projects[0]!.figures.investment[1]!.value = 523_000_000;
    expect(follow('2023-10-01', '5.2亿元')).toEqual([]); // 5.23亿 is 5.2亿 to the precision the article writes
    expect(follow('2023-10-01', '5.24亿元')[0]).toContain('fact-mismatch');
  });

  it('treats a qualifier that contradicts the dataset as a difference, and converts 亩 for the message', () => {
    const text = ARTICLE_TEXT.replace('计划投资5.2亿元', '计划投资近5亿元').replace('占地面积10公顷', '占地面积160亩');
    expect(factLines(consistentDataset(), text).slice(0, 2)).toEqual([
      `${ARTICLE_PATH}:${positionOf(text, '近5亿元')}  warning  文中为“计划投资 近5亿元”，数据集为 5.2亿元（520000000 元）（huali-bio 的 figures.investment，引用本文的全项目报道，2023-05-10）  docs/rules.md#fact-mismatch`,
      `${ARTICLE_PATH}:${positionOf(text, '160亩')}  warning  文中为“占地面积 160亩（10.67公顷）”，数据集为 10公顷（huali-bio 的 figures.landArea，引用本文的全项目报道，2023-05-10）  docs/rules.md#fact-mismatch`,
    ]);
  });

  it('lets an article round an exact figure honestly: 约, 超, 以上, 近 and a range that hold for it', () => {
    const agreeing = ['约5.2亿元', '超5亿元', '5亿元以上', '近5.3亿元', '5至6亿元', '5.2亿', '52000万元'];
    for (const stated of agreeing) {
      const text = ARTICLE_TEXT.replace('计划投资5.2亿元', `计划投资${stated}`);
      expect(factLines(consistentDataset(), text).filter((line) => line.includes('figures.investment')), stated).toEqual([]);
    }
    const contradicting = ['约6亿元', '超6亿元', '6亿元以上', '近5亿元', '5.5至6亿元', '5亿元以下'];
    for (const stated of contradicting) {
      const text = ARTICLE_TEXT.replace('计划投资5.2亿元', `计划投资${stated}`);
      expect(factLines(consistentDataset(), text).filter((line) => line.includes('figures.investment')), stated).toHaveLength(1);
    }
  });

  it('holds a bound the dataset records to the same bound', () => {
    const data = consistentDataset();
    Object.assign(data.projects[0]!.figures.investment[0]!, { value: 100_000_000, qualifier: 'over' });
    const same = ARTICLE_TEXT.replace('计划投资5.2亿元', '计划投资超亿元');
    expect(factLines(data, same).filter((line) => line.includes('figures.investment'))).toEqual([]);
    const exact = ARTICLE_TEXT.replace('计划投资5.2亿元', '计划投资1.5亿元');
    expect(factLines(data, exact).filter((line) => line.includes('figures.investment'))).toHaveLength(1);
  });

  it('holds only the recorded figure to the dataset: not progress, a year’s plan, a part or an increase', () => {
    const figureLines = (text: string) => factLines(consistentDataset(), text).filter((line) => line.includes('figures.'));
    for (const added of ['今年计划完成投资2亿元', '已完成投资1亿元', '累计完成投资3亿元', '其中固定资产投资4.5亿元', '设备投资1.2亿元', '新增投资0.8亿元', '1—9月完成投资2亿元']) {
      expect(figureLines(ARTICLE_TEXT.replace('计划投资5.2亿元，', `计划投资5.2亿元，${added}，`)), added).toEqual([]);
    }
    // The same words elsewhere in the sentence do not hide a wrong total.
    const wrong = ARTICLE_TEXT.replace('计划投资5.2亿元，', '今年开工，计划投资6亿元，');
    expect(figureLines(wrong)).toEqual([
      `${ARTICLE_PATH}:${positionOf(wrong, '6亿元')}  warning  文中为“计划投资 6亿元”，数据集为 5.2亿元（520000000 元）（huali-bio 的 figures.investment，引用本文的全项目报道，2023-05-10）  docs/rules.md#fact-mismatch`,
    ]);
  });

  it('reads Traditional script as Simplified and quotes the article’s own words', () => {
    const text = ARTICLE_TEXT.replace('华理生物产业园项目计划投资5.2亿元，占地面积10公顷', '華理生物產業園項目計劃投資6億元，佔地面積10公頃');
    expect(factLines(consistentDataset(), text).filter((line) => line.includes('figures.'))).toEqual([
      `${ARTICLE_PATH}:${positionOf(text, '6億元')}  warning  文中为“計劃投資 6億元”，数据集为 5.2亿元（520000000 元）（huali-bio 的 figures.investment，引用本文的全项目报道，2023-05-10）  docs/rules.md#fact-mismatch`,
    ]);
  });

  it('does not give the project what the park it stands in, or another project named after it, reports', () => {
    const text = ARTICLE_TEXT.replace(
      '占地面积10公顷。',
      '占地面积10公顷。华理生物产业园项目所在的宏伟园区，规划总投资30亿元，占地面积300公顷。与华理生物产业园项目同期签约的还有恒泰新材料项目，计划投资3亿元。',
    );
    expect(factLines(consistentDataset(), text).filter((line) => line.includes('figures.'))).toEqual([]);
  });

  it('compares a dated milestone with the dataset’s report of the same kind and type', () => {
    const milestoneLines = (text: string) => factLines(consistentDataset(), text).filter((line) => line.includes('milestones'));
    const stating = (words: string) => ARTICLE_TEXT.replace('占地面积10公顷。', `占地面积10公顷，${words}。`);
    // The same month, written otherwise or narrower, agrees with 2023-05.
    for (const words of ['计划5月份启动建设', '计划今年5月启动建设', '计划5月底启动建设', '计划2023年5月开工建设']) expect(milestoneLines(stating(words)), words).toEqual([]);
    const late = stating('计划8月份启动建设');
    expect(milestoneLines(late)).toEqual([
      `${ARTICLE_PATH}:${positionOf(late, '8月份')}  warning  文中为“8月份启动建设”（计划于 2023年8月），数据集为 2023年5月（huali-bio 的 milestones“启动建设”，引用本文的计划报道，2023-05-10）  docs/rules.md#fact-mismatch`,
    ]);
    expect(milestoneLines(stating('计划明年5月启动建设'))).toHaveLength(1);
    // A start reported done is not held to the plan, nor is a milestone the dataset does not record.
    expect(milestoneLines(stating('已于5月8日启动建设'))).toEqual([]);
    expect(milestoneLines(stating('计划10月底主体封顶'))).toEqual([]);
  });

  it('checks the title and summary too, at their place in the frontmatter', () => {
    const text = ARTICLE_TEXT.replace('summary: 一篇报道。', 'summary: "华理生物产业园项目计划投资6亿元。"');
    expect(factLines(consistentDataset(), text)[0]).toBe(
      `${ARTICLE_PATH}:${positionOf(text, '6亿元')}  warning  文中为“计划投资 6亿元”，数据集为 5.2亿元（520000000 元）（huali-bio 的 figures.investment，引用本文的全项目报道，2023-05-10）  docs/rules.md#fact-mismatch`,
    );
  });

  it('reads an MDX article around its chart embeds, pointing at the right line', () => {
    const text = ARTICLE_TEXT.replace('华理生物产业园项目计划投资5.2亿元', '<ZoneProgress />\n\n华理生物产业园项目计划投资*6亿元*');
    const path = 'content/articles/zone-report.mdx';
    expect(factLines(consistentDataset(), text, path)[0]).toBe(
      `${path}:${positionOf(text, '6亿元')}  warning  文中为“计划投资 6亿元”，数据集为 5.2亿元（520000000 元）（huali-bio 的 figures.investment，引用本文的全项目报道，2023-05-10）  docs/rules.md#fact-mismatch`,
    );
  });

  it('makes every warning an error with --strict and sums up', () => {
    const checked = checkContentAndFacts({ dataset: datasetFile(consistentDataset()), articles: [articleFile()] }, { strict: true });
    const lines = checked.files.flatMap((file) => file.messages.map((message) => formatMessage(message)));
    expect(lines).toHaveLength(2); // the dataset's own stated-vs-derived warning, and the article's
    expect(lines).toContain(RATE_VS_DERIVED.replace('  warning  ', '  error  '));
    expect(lines.every((line) => line.includes('  error  '))).toBe(true);
    expect(summaryLine(checked)).toBe('2 个文件：2 个错误，0 个警告');
  });

  it('leaves the build’s check alone: checkContent reports no fact', async () => {
    const { checkContent } = await import('../validate/checkContent.ts');
    const text = ARTICLE_TEXT.replace('占地面积10公顷', '占地面积20公顷');
    expect(factLines(consistentDataset(), text).some((line) => line.endsWith('fact-mismatch'))).toBe(true);
    const rules = checkContent({ dataset: datasetFile(consistentDataset()), articles: [articleFile(text)] }).files.flatMap((file) => file.messages.map((message) => message.ruleId));
    expect(rules).toEqual(['stated-vs-derived']);
  });
});
