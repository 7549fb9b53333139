import { INDICATOR_COLUMNS, indicatorRows, toCsv } from '../../lib/openData.ts';
import { csvResponse, dataset, openDataContext } from '../../loaders/openData.ts';

export function GET(): Response {
  return csvResponse(toCsv(indicatorRows(dataset, openDataContext), INDICATOR_COLUMNS));
}
