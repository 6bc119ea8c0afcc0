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

/** Like `pct`, but `—` when there was nothing to score (no gold and no prediction), where the measure is 1 by convention. */
export function pctIf(x: number | null, somethingToScore: boolean): string {
  return somethingToScore ? pct(x) : '—';
}

export const hasCounts = (c: { tp: number; fp: number; fn: number }) => c.tp + c.fp + c.fn > 0;
export const hasMentions = (c: { predicted: number; gold: number }) => c.predicted + c.gold > 0;
