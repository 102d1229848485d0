// PostgreSQL array literals ('{"a","b c"}'), so a column of arrays can travel as one
// text[] parameter of unnest() and be cast back per row.
export function pgArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}
