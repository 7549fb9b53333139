// Chart colours. On pages, marks carry classes and the stylesheet (src/styles/charts.css) colours them for light,
// dark and print; downloaded SVG and PNG files carry these light colours as attributes, because a file opened on
// its own has no stylesheet (and the site's CSP allows no inline style).
// Series colours are Okabe–Ito, distinguishable with every common colour-vision deficiency; every value is also
// written as text beside its mark, so no reading depends on colour alone.

export const CHART_COLOURS = {
  investment: '#0072B2',
  annualRevenue: '#D55E00',
  annualProfit: '#009E73',
  annualTax: '#CC79A7',
  started: '#009E73',
  provincial: '#0072B2',
  empty: '#dcd8cf',
  ink: '#1c1f23',
  muted: '#5a6069',
  rule: '#c9c4b9',
  plan: '#5a6069',
  revised: '#9ec9e6',
  done: '#00704f',
  inProgress: '#005a8e',
  delay: '#b54700',
  passed: '#7a5a44',
  today: '#b54700',
  background: '#ffffff',
} as const;

export type ChartRole = keyof typeof CHART_COLOURS;

/** The font stack for text in downloaded charts; pages use the site's stylesheet. */
export const CHART_FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Attributes that paint a mark: a class on pages, a colour in files. */
export function fillOf(role: ChartRole, standalone: boolean): Record<string, string> {
  return standalone ? { fill: CHART_COLOURS[role] } : { class: `fill-${role}` };
}

export function strokeOf(role: ChartRole, standalone: boolean): Record<string, string> {
  return standalone ? { stroke: CHART_COLOURS[role], fill: 'none' } : { class: `stroke-${role}` };
}
