import { jsonResponse } from '../../loaders/openData.ts';
import { datasetJsonSchema } from '../../lib/fieldDocs.ts';

export function GET(): Response {
  return jsonResponse(datasetJsonSchema());
}
