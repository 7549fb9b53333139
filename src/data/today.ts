// The date this build judges milestones on (src/lib/today.ts: JINDU_TODAY, else today in China).
import { resolveToday } from '../lib/today.ts';

const resolved = resolveToday(process.env);
// npm run build has already stopped with this line; this covers astro dev and astro build run directly.
if (!resolved.ok) throw new Error(resolved.reason);

export const today: string = resolved.date;
