import { FIGURE_COLUMNS, figureRows, toCsv } from '../../lib/openData.ts';
import { csvResponse, dataset, openDataContext } from '../../loaders/openData.ts';

export function GET(): Response {
  return csvResponse(toCsv(figureRows(dataset, openDataContext), FIGURE_COLUMNS));
}
