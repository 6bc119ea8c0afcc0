/**
 * Plain-text tables for a terminal: the first column left-aligned, the others
 * right-aligned, each as wide as its widest cell.
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return all.map(line);
}

/** A measure in [0, 1] as a percentage with one decimal; `—` when there is nothing to measure. */
export function pct(x: number | null): string {
  return x === null ? '—' : (100 * x).toFixed(1);
}
