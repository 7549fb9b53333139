import { describe, expect, it } from 'vitest';
import { statementsByScope, statementsOf } from './revisions.ts';
import { figureReportSchema } from './schema.ts';

const report = (value: number, asOf: string, extra: object = {}) => figureReportSchema.parse({ value, asOf, source: { article: asOf, quote: 'q' }, ...extra });

describe('statementsOf(reports)', () => {
  it('reads a repeat of the same value as a confirmation of it, not a change', () => {
    const statements = statementsOf([report(520_000_000, '2024-07-01'), report(520_000_000, '2023-05-10')]);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.report.asOf).toBe('2023-05-10');
    expect(statements[0]!.confirmations.map((each) => each.asOf)).toEqual(['2024-07-01']);
  });

  it('starts a new statement for another value, compared as a bound allows', () => {
    const statements = statementsOf([report(524_000_000, '2023-05-10', { condition: '全部投产后' }), report(100_000_000, '2024-07-01', { qualifier: 'over' }), report(100_000_000, '2024-08-01', { qualifier: 'over' }), report(50_000_000, '2025-01-01')]);
    expect(statements.map((statement) => [statement.report.asOf, statement.change, statement.confirmations.length])).toEqual([
      ['2023-05-10', 'first', 0],
      ['2024-07-01', 'reworded', 1],
      ['2025-01-01', 'down', 0],
    ]);
  });

  it('keeps a value reported again under another condition or qualifier apart from it', () => {
    expect(statementsOf([report(1e8, '2023-05-10'), report(1e8, '2024-07-01', { qualifier: 'about' })])).toHaveLength(2);
    expect(statementsOf([report(1e8, '2023-05-10'), report(1e8, '2024-07-01', { condition: '达产后' })])).toHaveLength(2);
  });
});

describe('statementsByScope(reports)', () => {
  it('follows each scope apart, the whole project first', () => {
    const scopes = statementsByScope([report(350_000_000, '2024-07-01', { scope: 'phase-1' }), report(520_000_000, '2023-05-10'), report(520_000_000, '2024-07-01')]);
    expect(scopes.map(({ scope, statements }) => [scope, statements.length, statements[0]!.confirmations.length])).toEqual([
      ['project', 1, 1],
      ['phase-1', 1, 0],
    ]);
  });
});
