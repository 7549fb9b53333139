import { pngResponse, renderCard } from '../../data/cards.ts';
import { dataset } from '../../data/dataset.ts';
import { strings } from '../../data/site.ts';
import { siteCard } from '../../lib/cardContent.ts';

/** The card for every page without one of its own. */
export async function GET(): Promise<Response> {
  return pngResponse(await renderCard(siteCard(strings, dataset)));
}
