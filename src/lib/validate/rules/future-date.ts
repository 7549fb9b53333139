// An article dated 9999-12-31 would top every list for ever. Plans further ahead than PLAN_YEARS_AHEAD are typing
// mistakes too (2203 for 2023); 2060 carbon-neutrality plans are not.
import { datesToCheck, yearOf } from './dates.ts';
import { EARLIEST_YEAR } from './early-date.ts';
import { contentRule } from './rule.ts';

const PLAN_YEARS_AHEAD = 50;

export const futureDate = contentRule({
  id: 'future-date',
  severity: 'warning',
  check(context, flag) {
    const today = context.today;
    // Without the build date only early-date applies.
    if (!today) return;
    for (const { file, place, field, date, kind, articleDate } of datesToCheck(context)) {
      const year = yearOf(date);
      // A date before 1949 is early-date's: one warning per date.
      if (year < EARLIEST_YEAR) continue;
      if (kind === 'reported' && date.slice(0, 10) > today)
        flag(file, `${field}：${date} 晚于今天（${today}），请核对日期${articleDate ? '；否则它会一直排在最前面' : ''}`, place);
      else if (kind === 'planned' && year > yearOf(today) + PLAN_YEARS_AHEAD) flag(file, `${field}：${date} 远在${PLAN_YEARS_AHEAD}年以后，请核对日期`, place);
    }
  },
});
