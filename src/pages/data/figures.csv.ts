import { FIGURE_COLUMNS, figureRows, toCsv } from '../../lib/openData.ts';
import { csvResponse, dataset, openDataContext } from '../../data/openData.ts';

export function GET(): Response {
  return csvResponse(toCsv(figureRows(dataset, openDataContext), FIGURE_COLUMNS));
}
