/** Fills {name} placeholders in a reader-facing string: ('共{n}个', {n: 43}) → '共43个'. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
