/** Fills `{name}` placeholders in a dictionary string (its own module so client code need not bundle the dictionaries). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
