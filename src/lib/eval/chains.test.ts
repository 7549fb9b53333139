import { describe, expect, it } from 'vitest';
import { MILESTONE_WORDS } from '../facts/milestoneStatements.ts';
import { milestoneMatches, scoreChainArticle, type ExpectedMilestone, type WrittenFact } from './chains.ts';

type WrittenMilestone = Extract<WrittenFact, { type: 'milestone' }>;
const written = (kind: string, state: WrittenMilestone['state'], date: string | undefined, quote = '某项目今年达产'): WrittenMilestone => ({ type: 'milestone', projectId: 'p', kind, label: '', state, date, asOf: '2024-07-01', scope: 'project', quote });
const expected = (kind: string, state: ExpectedMilestone['state'], date: string | null, quote = '某项目今年达产'): ExpectedMilestone => ({ kind, state, date, scope: 'project', quote });

describe('milestoneMatches(written, expected)', () => {
  it('knows every milestone kind the importer writes', () => {
    const corpusKinds = ['signing', 'land-acquired', 'construction-start', 'topping-out', 'equipment-installation', 'completion', 'production', 'other'];
    for (const word of MILESTONE_WORDS) {
      const matched = corpusKinds.filter((kind) => milestoneMatches(written(word.kind, 'done', '2024-06'), expected(kind, 'done', '2024-06')));
      expect(matched, word.kind).toHaveLength(1);
    }
  });

  it('files 达产 and test runs as other, a part’s event under its kind, and wants the same state and date', () => {
    expect(milestoneMatches(written('full-production', 'planned', '2025'), expected('other', 'planned', '2025'))).toBe(true);
    expect(milestoneMatches(written('full-production', 'planned', '2025'), expected('production', 'planned', '2025'))).toBe(false);
    expect(milestoneMatches(written('production-shou-pi-ji-zu', 'done', '2021-06-28'), expected('production', 'done', '2021-06-28'))).toBe(true);
    expect(milestoneMatches(written('production', 'planned', '2021-06'), expected('production', 'done', '2021-06'))).toBe(false);
    expect(milestoneMatches(written('production', 'done', '2021-07'), expected('production', 'done', '2021-06'))).toBe(false);
  });

  it('counts a write that matches nothing as wrong, and an expected item nothing matched as missed', () => {
    const score = scoreChainArticle('a.txt', true, [written('completion', 'done', '2024-05')], [], [expected('production', 'done', '2024-05')]);
    expect([score.milestones, score.wrong.length, score.missed.length]).toEqual([{ expected: 1, written: 1, matched: 0 }, 1, 1]);
  });
});
