import { pngResponse, renderCard } from '../../loaders/cards.ts';
import { dataset } from '../../loaders/dataset.ts';
import { strings } from '../../loaders/site.ts';
import { siteCard } from '../../lib/cardContent.ts';

/** The card for every page without one of its own. */
export async function GET(): Promise<Response> {
  return pngResponse(await renderCard(siteCard(strings, dataset)));
}
