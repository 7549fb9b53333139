// Reports and articles before the People's Republic are typing mistakes on this site (1023 for 2023).
import { datesToCheck, yearOf } from './dates.ts';
import { contentRule } from './rule.ts';

export const EARLIEST_YEAR = 1949;

export const earlyDate = contentRule({
  id: 'early-date',
  severity: 'warning',
  check(context, flag) {
    for (const { file, place, field, date } of datesToCheck(context))
      if (yearOf(date) < EARLIEST_YEAR) flag(file, `${field}：${date} 早于${EARLIEST_YEAR}年，请核对日期`, place);
  },
});
