import { MEASURE_COLUMNS, measureRows, toCsv } from '../../lib/openData.ts';
import { csvResponse, dataset, openDataContext } from '../../data/openData.ts';

export function GET(): Response {
  return csvResponse(toCsv(measureRows(dataset, openDataContext), MEASURE_COLUMNS));
}
