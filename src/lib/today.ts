// "Today" for the tools and the build, in one place. JINDU_TODAY=YYYY-MM-DD overrides it (tests, rebuilding an old
// edition); otherwise it is today's date in China (UTC+8), where the newsroom and its readers are, whatever the
// time zone of the machine running the command.

import { isIsoDate } from './isoDate.ts';
import { quoted } from './validate/zodIssues.ts';

export const TODAY_VARIABLE = 'JINDU_TODAY';
const NEWSROOM_TIME_ZONE = 'Asia/Shanghai';

export type Today = { ok: true; date: string; fromEnvironment: boolean } | { ok: false; reason: string };

export function resolveToday(env: Record<string, string | undefined>, now: Date = new Date()): Today {
  const override = env[TODAY_VARIABLE];
  if (override !== undefined && override !== '') {
    return isIsoDate(override)
      ? { ok: true, date: override, fromEnvironment: true }
      : { ok: false, reason: `${TODAY_VARIABLE}：${quoted(override)}不是写成 YYYY-MM-DD 的真实日期，应像 2023-05-10` };
  }
  // en-CA formats dates as YYYY-MM-DD.
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: NEWSROOM_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return { ok: true, date, fromEnvironment: false };
}
