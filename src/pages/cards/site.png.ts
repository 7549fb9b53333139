import { pngResponse, renderCard } from '../../data/cards.ts';
import { dataset } from '../../data/dataset.ts';
import { strings } from '../../data/site.ts';
import { formatIsoDate } from '../../lib/isoDate.ts';

/** The card for every page without one of its own. */
export async function GET(): Promise<Response> {
  return pngResponse(await renderCard({ kicker: strings.site.name, title: `${dataset.zone.shortName}重点项目：${strings.site.tagline}`, meta: `${strings.data.updated}${formatIsoDate(dataset.updated)}` }));
}
