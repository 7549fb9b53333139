import { dataset, jsonResponse } from '../../loaders/openData.ts';
import { absoluteUrl } from '../../loaders/site.ts';

/** The validated dataset, defaults filled in, pointing at its JSON Schema. */
export function GET(): Response {
  return jsonResponse({ $schema: absoluteUrl('/data/projects.schema.json'), ...dataset });
}
