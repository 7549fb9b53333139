import { PROJECT_COLUMNS, projectRows, toCsv } from '../../lib/openData.ts';
import { csvResponse, dataset, openDataContext } from '../../loaders/openData.ts';

export function GET(): Response {
  return csvResponse(toCsv(projectRows(dataset, openDataContext), PROJECT_COLUMNS));
}
