import { describe, expect, it } from 'vitest';
import { Fingerprints, dep } from './deps.ts';

const dataset = (investment: number, park = '宏伟园区') =>
  JSON.stringify({ zone: { name: '区' }, projects: [{ id: 'a', park, sector: '生物', figures: { investment } }, { id: 'b', park: '其他', sector: '化工' }] });
const article = (id: string, title: string, projects: string[], body = '正文') => ({ id, text: `---\ntitle: ${title}\nprojects:\n${projects.map((p) => `  - ${p}`).join('\n')}\n---\n\n${body}\n` });

describe('Fingerprints', () => {
  it('changes what an edited project stands for, and nothing about the other project', () => {
    const before = new Fingerprints(dataset(1), [], '2026-11-25');
    const after = new Fingerprints(dataset(2), [], '2026-11-25');
    expect(after.of(dep.project('a'))).not.toBe(before.of(dep.project('a')));
    expect(after.of(dep.project('b'))).toBe(before.of(dep.project('b')));
    expect(after.of(dep.projects)).toBe(before.of(dep.projects));
    expect(after.of(dep.projectGroups)).toBe(before.of(dep.projectGroups));
    expect(after.of(dep.dataset('zone'))).toBe(before.of(dep.dataset('zone')));
    expect(new Fingerprints(dataset(1, '新园区'), [], '2026-11-25').of(dep.projectGroups)).not.toBe(before.of(dep.projectGroups));
  });

  it('tells an article body edit from a frontmatter edit, and follows which articles name a project', () => {
    const before = new Fingerprints(dataset(1), [article('x', '标题', ['a'])], '2026-11-25');
    const body = new Fingerprints(dataset(1), [article('x', '标题', ['a'], '改过的正文')], '2026-11-25');
    expect(body.of(dep.article('x'))).not.toBe(before.of(dep.article('x')));
    expect(body.of(dep.articleData('x'))).toBe(before.of(dep.articleData('x')));
    expect(body.of(dep.articles)).toBe(before.of(dep.articles));
    const added = new Fingerprints(dataset(1), [article('x', '标题', ['a']), article('y', '新', ['b'])], '2026-11-25');
    expect(added.of(dep.articles)).not.toBe(before.of(dep.articles));
    expect(added.of(dep.articlesNaming('a'))).toBe(before.of(dep.articlesNaming('a')));
    expect(added.of(dep.articlesNaming('b'))).not.toBe(before.of(dep.articlesNaming('b')));
    expect(added.of(dep.article('z'))).toBe('absent');
  });

  it('changes the date, and a digest of names with any of them', () => {
    const before = new Fingerprints(dataset(1), [], '2026-11-25');
    const later = new Fingerprints(dataset(1), [], '2026-11-26');
    expect(later.digest([dep.project('a')])).toBe(before.digest([dep.project('a')]));
    expect(later.digest([dep.project('a'), dep.today])).not.toBe(before.digest([dep.today, dep.project('a')]));
    expect(before.digest(['unknown-name'])).toBeUndefined();
  });
});
