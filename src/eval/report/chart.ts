/**
 * A horizontal bar chart as inline SVG (no script, no network): one bar per
 * label, the value as a percentage at the bar's end.
 */
import { esc } from './escape.js';

export interface Bar {
  label: string;
  /** In [0, 1]; null draws no bar and says so. */
  value: number | null;
  /** Drawn in the accent colour (a total, such as the micro average). */
  emphasis?: boolean;
}

const ROW = 22;
const LABEL_W = 130;
const BAR_W = 360;

export function barChart(title: string, bars: readonly Bar[]): string {
  const height = bars.length * ROW + 40;
  const width = LABEL_W + BAR_W + 60;
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map((t) => {
      const x = LABEL_W + t * BAR_W;
      return `<line x1="${x}" y1="24" x2="${x}" y2="${height - 12}" class="grid"/><text x="${x}" y="${height - 1}" class="tick">${t * 100}</text>`;
    })
    .join('');
  const rows = bars
    .map((b, i) => {
      const y = 28 + i * ROW;
      const w = b.value === null ? 0 : Math.max(0, Math.min(1, b.value)) * BAR_W;
      const shown = b.value === null ? 'n/a' : `${(100 * b.value).toFixed(1)}`;
      return `<text x="${LABEL_W - 8}" y="${y + 13}" class="label">${esc(b.label)}</text><rect x="${LABEL_W}" y="${y}" width="${w.toFixed(1)}" height="${ROW - 6}" class="${b.emphasis ? 'bar total' : 'bar'}"/><text x="${LABEL_W + w + 4}" y="${y + 13}" class="value">${shown}</text>`;
    })
    .join('');
  return `<svg class="chart" role="img" aria-label="${esc(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><text x="0" y="14" class="title">${esc(title)}</text>${grid}${rows}</svg>`;
}
