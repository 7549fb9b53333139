import { MEASURE_COLUMNS, measureRows, toCsv } from '../../lib/openData.ts';
import { csvResponse, dataset, openDataContext } from '../../loaders/openData.ts';

export function GET(): Response {
  return csvResponse(toCsv(measureRows(dataset, openDataContext), MEASURE_COLUMNS));
}
