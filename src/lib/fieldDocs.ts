// The /data/ page documents every field from the schema itself, so the documentation cannot drift from the
// data it describes. Input is the JSON Schema that Zod generates from src/lib/schema.ts.

import { z } from 'astro/zod';
import { datasetSchema } from './schema.ts';

export interface FieldDoc {
  /** Dotted path, [] marking list items: projects[].figures.investment[].value */
  path: string;
  title: string | undefined;
  description: string | undefined;
  unit: string | undefined;
  type: string;
  required: boolean;
  values: string[] | undefined;
}

interface JsonSchemaNode {
  type?: string | string[];
  title?: string;
  description?: string;
  unit?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  format?: string;
  pattern?: string;
}

/** The dataset's JSON Schema (input form: defaults may be omitted by editors). */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

function typeName(node: JsonSchemaNode): string {
  if (node.enum) return 'enum';
  if (node.format === 'uri') return 'url';
  const type = Array.isArray(node.type) ? node.type.join(' | ') : node.type;
  return type ?? (node.anyOf ? node.anyOf.map(typeName).join(' | ') : 'any');
}

/** Flattens a JSON Schema into one row per field, depth first, in declaration order. */
export function describeFields(schema: JsonSchemaNode, prefix = '', required = true, rows: FieldDoc[] = []): FieldDoc[] {
  if (prefix && !prefix.endsWith('[]')) {
    rows.push({
      path: prefix,
      title: schema.title ?? schema.items?.title,
      description: schema.description ?? schema.items?.description,
      unit: schema.unit ?? schema.items?.unit,
      type: typeName(schema),
      required,
      values: schema.enum?.map(String),
    });
  }
  if (schema.properties) {
    for (const [name, child] of Object.entries(schema.properties)) {
      if (name === '$schema') continue;
      describeFields(child, prefix ? `${prefix}.${name}` : name, schema.required?.includes(name) ?? false, rows);
    }
  }
  if (schema.items) describeFields(schema.items, `${prefix}[]`, true, rows);
  return rows;
}

/** A field in the documentation's tree: its own key, its children, or the field whose structure it repeats. */
export interface FieldNode {
  /** The key as written in the data, with [] for a list: "figures", "investment[]", "value". */
  key: string;
  doc: FieldDoc;
  children: FieldNode[];
  /** Path of an earlier field with exactly the same sub-fields, documented there instead of again. */
  sameAs?: string | undefined;
}

function signature(node: Omit<FieldNode, 'sameAs'>): string {
  return JSON.stringify(node.children.map((child) => [child.key, child.doc.title, child.doc.description, child.doc.unit, child.doc.type, child.doc.values, signature(child)]));
}

/**
 * The flat rows as a tree, each structure documented once: the dataset repeats the same report shape (value,
 * qualifier, asOf, source …) under every figure and indicator, so a field whose sub-fields repeat an earlier one's
 * points there (sameAs) instead of listing them again.
 */
export function fieldTree(rows: readonly FieldDoc[]): FieldNode[] {
  const roots: FieldNode[] = [];
  const byPath = new Map<string, FieldNode>();
  for (const doc of rows) {
    const parentPath = doc.path.includes('.') ? doc.path.slice(0, doc.path.lastIndexOf('.')).replace(/(\[\])+$/, '') : undefined;
    const name = doc.path.slice(doc.path.lastIndexOf('.') + 1);
    const node: FieldNode = { key: doc.type === 'array' ? `${name}[]` : name, doc, children: [] };
    byPath.set(doc.path, node);
    (parentPath !== undefined ? byPath.get(parentPath)?.children : undefined)?.push(node) ?? roots.push(node);
  }
  const seen = new Map<string, string>();
  const dedupe = (nodes: FieldNode[]) => {
    for (const node of nodes) {
      if (!node.children.length) continue;
      const key = signature(node);
      const first = seen.get(key);
      if (first) {
        node.sameAs = first;
        node.children = [];
      } else {
        seen.set(key, node.doc.path);
        dedupe(node.children);
      }
    }
  };
  dedupe(roots);
  return roots;
}
