// The build's "today": the date statuses are judged on and the timeline's marker. JINDU_TODAY=YYYY-MM-DD pins
// it, so tests, screenshots and reproducible builds see the same statuses on any day.
import { isIsoDate, isoDateFromDate } from './isoDate.ts';

export function buildDate(env: { JINDU_TODAY?: string | undefined }, now: Date): string {
  const pinned = env.JINDU_TODAY?.trim();
  if (!pinned) return isoDateFromDate(now);
  if (!isIsoDate(pinned)) throw new Error(`JINDU_TODAY: expected a date written YYYY-MM-DD, got "${pinned}"`);
  return pinned;
}
