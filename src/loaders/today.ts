// The date this build judges milestones on (src/lib/today.ts: JINDU_TODAY, else today in China).
import { dep } from '../lib/incremental/deps.ts';
import { record } from '../lib/incremental/track.ts';
import { resolveToday } from '../lib/today.ts';

const resolved = resolveToday(process.env);
// npm run build has already stopped with this line; this covers astro dev and astro build run directly.
if (!resolved.ok) throw new Error(resolved.reason);
const date: string = resolved.date;

/** The build date, YYYY-MM-DD. A page that asks depends on it: the page cache makes it again on another day. */
export function today(): string {
  record(dep.today);
  return date;
}
