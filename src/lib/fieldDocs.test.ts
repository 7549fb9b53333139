import { describe, expect, it } from 'vitest';
import { datasetJsonSchema, describeFields, fieldTree, type FieldNode } from './fieldDocs.ts';

const tree = fieldTree(describeFields(datasetJsonSchema()));
const find = (nodes: FieldNode[], ...keys: string[]): FieldNode => {
  const [first, ...rest] = keys;
  const node = nodes.find((candidate) => candidate.key === first);
  if (!node) throw new Error(`no field ${first} among ${nodes.map((candidate) => candidate.key).join(', ')}`);
  return rest.length ? find(node.children, ...rest) : node;
};

describe('fieldTree(rows)', () => {
  it('nests every field under its parent, lists marked with []', () => {
    const value = find(tree, 'projects[]', 'figures', 'investment[]', 'value');
    expect(value.doc.path).toBe('projects[].figures.investment[].value');
    expect(find(tree, 'projects[]', 'figures', 'investment[]').doc.unit).toBe('yuan');
  });
  it('documents a repeated structure once and points the repeats to it', () => {
    const land = find(tree, 'projects[]', 'figures', 'landArea[]');
    expect(land.doc.unit).toBe('hectare');
    expect(land.sameAs).toBe('projects[].figures.investment');
    expect(land.children).toEqual([]);
    // Every report's source has the same fields: listed under the first report type only.
    expect(find(tree, 'projects[]', 'figures', 'investment[]', 'source').sameAs).toBe('projects[].status[].source');
  });
  it('is far shorter than the flat list', () => {
    const count = (nodes: FieldNode[]): number => nodes.reduce((sum, node) => sum + 1 + count(node.children), 0);
    expect(count(tree)).toBeLessThan(describeFields(datasetJsonSchema()).length / 2);
  });
});

describe('the measures in the field documentation', () => {
  it('documents a project’s measures from the schema: the measure, its unit, and reports shaped as a figure’s', () => {
    const measures = find(tree, 'projects[]', 'measures[]');
    expect(measures.doc.title).toBe('其他指标');
    expect(measures.children.map((child) => [child.key, child.doc.title])).toEqual([
      ['id', '指标标识'],
      ['label', '指标名称'],
      ['unit', '单位'],
      ['reports[]', '报道记录'],
    ]);
    expect(find(tree, 'projects[]', 'measures[]', 'unit').doc.description).toContain('辆/年');
    expect(find(tree, 'projects[]', 'measures[]', 'reports[]').doc.description).toBe('数值以本指标的单位记录。');
    expect(find(tree, 'projects[]', 'measures[]', 'reports[]').sameAs).toBe('projects[].figures.investment');
  });
});
