// Feed sizes: readers' feed programs fetch the whole file every hour, so it carries recent items only.
export const FEED_SIZE = 50;
