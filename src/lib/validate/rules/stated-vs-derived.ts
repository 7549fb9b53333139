// A stated 开复工率 should be what its parts give, at the precision it is stated in.
import { compareStatedWithComputed, startRate } from '../../derived.ts';
import { formatPercent } from '../../format.ts';
import { contentRule } from './rule.ts';

export const statedVsDerived = contentRule({
  id: 'stated-vs-derived',
  severity: 'warning',
  check(context, flag) {
    if (!context.dataset) return;
    const rate = startRate(context.dataset.indicators);
    if (!rate?.stated) return;
    const disagreement = compareStatedWithComputed(rate.stated.value, rate.computed);
    if (!disagreement) return;
    const index = context.dataset.indicators.startRate.indexOf(rate.stated);
    flag(
      context.datasetFile,
      `indicators.startRate[${index}]：所报开复工率 ${formatPercent(disagreement.stated, disagreement.decimals)} 与 ${rate.started.value} ÷ ${rate.planned.value} = ${formatPercent(rate.computed)} 不符（按所报精度为 ${formatPercent(disagreement.computedAtStatedPrecision, disagreement.decimals)}）`,
      context.locate(['indicators', 'startRate', index, 'value']),
    );
  },
});
