/**
 * A text with highlighted spans, as HTML. Spans may nest or overlap: the text
 * is cut at every span boundary and each piece is wrapped in the marks of
 * every span covering it (outermost first), so overlapping spans still show.
 * A span's marker (✓ ≠ + ✗) follows its last piece.
 */
import { esc } from './escape.js';

export interface Highlight {
  start: number;
  end: number;
  /** CSS classes of the mark. */
  className: string;
  /** Tooltip (plain text). */
  title: string;
  /** A short sign after the span, so that status does not rest on colour alone. */
  marker: string;
}

export function highlightText(text: string, spans: readonly Highlight[]): string {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start || b.end - a.end);
  let next = 0;
  let active: Highlight[] = [];
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    active = active.filter((s) => s.end > a);
    while (next < byStart.length && byStart[next]!.start <= a) active.push(byStart[next++]!);
    const covering = active.filter((s) => s.start <= a && s.end >= b).sort((x, y) => y.end - y.start - (x.end - x.start));
    let piece = esc(text.slice(a, b));
    for (let k = covering.length - 1; k >= 0; k--) {
      const s = covering[k]!;
      piece = `<mark class="${esc(s.className)}" title="${esc(s.title)}">${piece}</mark>`;
    }
    html += piece;
    for (const s of covering) if (s.end === b && s.marker) html += `<sup class="${esc(s.className)} mk">${esc(s.marker)}</sup>`;
  }
  return html;
}
