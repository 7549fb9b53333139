import { describe, expect, it } from 'vitest';
import strings from '../i18n/zh-Hans.json';
import { cardLabels, projectCard } from './cardContent.ts';
import { projectSchema } from './schema.ts';
import { layoutSocialCard } from './socialCard.ts';

const labels = cardLabels(strings, { zone: { name: '大庆高新技术产业开发区', shortName: '大庆高新区' } });
const source = { article: 'a', quote: '计划投资2亿元' };

describe('projectCard(project, labels)', () => {
  it('says 阶段未报道 for a project whose sources have not reported a stage, and draws no lifecycle', () => {
    const project = projectSchema.parse({ id: 'new', name: '储能电站项目', status: [], figures: { investment: [{ value: 200_000_000, asOf: '2024-07-20', source }] } });
    const card = projectCard(project, labels);
    expect(card).toMatchObject({ meta: '阶段未报道', progress: undefined, facts: [{ label: '计划投资', value: '2亿元' }] });
    const svg = layoutSocialCard(card);
    expect(svg).toContain('>阶段未报道</text>');
    expect(svg).not.toMatch(/<rect x="\d+" y="584"/);
  });
  it('names the stage and how far along the lifecycle it is when one is reported', () => {
    const project = projectSchema.parse({ id: 'p', name: '项目', status: [{ stage: 'under-construction', asOf: '2024-07-20', source }] });
    expect(projectCard(project, labels)).toMatchObject({ meta: '在建', progress: { stage: 4, of: 7 } });
  });
});
