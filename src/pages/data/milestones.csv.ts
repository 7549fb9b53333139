import { MILESTONE_COLUMNS, milestoneRows, toCsv } from '../../lib/openData.ts';
import { csvResponse, dataset, openDataContext } from '../../loaders/openData.ts';

export function GET(): Response {
  return csvResponse(toCsv(milestoneRows(dataset, openDataContext), MILESTONE_COLUMNS));
}
