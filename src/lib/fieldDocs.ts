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
