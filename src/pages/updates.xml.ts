// The updates feed: starts, completions, moved plans, changed figures, and promised dates passed with no report.
import rss from '@astrojs/rss';
import { dataset } from '../loaders/dataset.ts';
import { today } from '../loaders/today.ts';
import { absoluteUrl, routes, strings, zoneTitle } from '../loaders/site.ts';
import { describeChange } from '../lib/describeChange.ts';
import { FEED_SIZE, safeFeed } from '../lib/feeds.ts';
import { collectUpdates } from '../lib/updatesFeed.ts';
import { amountUnitOf } from '../lib/projectView.ts';

export function GET() {
  const labels = { figure: strings.figure, stage: strings.stage, change: strings.change };
  return rss(
    safeFeed({
      title: zoneTitle(strings.tracker.updatesTitle),
      description: strings.tracker.intro,
      site: absoluteUrl(routes.tracker()),
      trailingSlash: true,
      items: collectUpdates(dataset, today(), FEED_SIZE).map(({ project, event, key }) => {
        // A date passing is the site's reading of the calendar, not a report: the item says so, and quotes nothing.
        const text = `${describeChange(event, labels, amountUnitOf([project]))}${event.type === 'overdue' ? `（${strings.change.calendarNote}）` : ''}`;
        const quote = 'source' in event ? `\n“${event.source.quote}”` : '';
        return {
          title: `${project.name}：${text}`,
          link: `${absoluteUrl(routes.project(project.id))}#${key}`,
          pubDate: new Date(`${event.date}T00:00:00Z`),
          description: `${text}${quote}`,
        };
      }),
      customData: '<language>zh-cn</language>',
    }),
  );
}
