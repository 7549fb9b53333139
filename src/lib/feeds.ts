// Feeds: @astrojs/rss writes the XML (fast-xml-parser's builder, which escapes every text); this makes sure what
// it is given can be carried: text without the characters XML 1.0 forbids, and each article's HTML cut down to
// the tags an article may use (src/lib/safety/feedHtml.ts).
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { sanitizeFeedHtml } from './safety/feedHtml.ts';
import { xmlSafeText } from './safety/xml.ts';

// Feed sizes: readers' feed programs fetch the whole file every hour, so it carries recent items only.
export const FEED_SIZE = 50;

export type FeedOptions = Omit<RSSOptions, 'items'> & { items: RSSFeedItem[] };

export function safeFeedItem(item: RSSFeedItem): RSSFeedItem {
  return {
    ...item,
    ...(item.title !== undefined ? { title: xmlSafeText(item.title) } : {}),
    ...(item.description !== undefined ? { description: xmlSafeText(item.description) } : {}),
    ...(item.content !== undefined ? { content: sanitizeFeedHtml(item.content) } : {}),
    ...(item.categories ? { categories: item.categories.map(xmlSafeText) } : {}),
  };
}

/** The options with every text and HTML made safe for the feed. */
export function safeFeed(options: FeedOptions): FeedOptions {
  return { ...options, title: xmlSafeText(options.title), description: xmlSafeText(options.description), items: options.items.map(safeFeedItem) };
}
