/**
 * The report's stylesheet, inlined in the page. A colour per mention
 * category; a mention's status is shown by its fill, underline and marker, so
 * it reads without colour too: right (filled, solid underline), wrong value
 * (filled, wavy red underline, ≠), spurious (striped, dotted underline, +),
 * missed (unfilled, dashed underline, ✗).
 */
import { MENTION_CATEGORIES, type MentionCategory } from '../gold.js';

export const CATEGORY_COLOURS: Record<MentionCategory, { fill: string; ink: string }> = {
  dates: { fill: '#dbeafe', ink: '#1d4ed8' },
  actors: { fill: '#f3e8ff', ink: '#7e22ce' },
  places: { fill: '#dcfce7', ink: '#15803d' },
  quantities: { fill: '#ffedd5', ink: '#c2410c' },
  attackTypes: { fill: '#fce7f3', ink: '#be185d' },
};

const categoryRules = MENTION_CATEGORIES.map((c) => {
  const { fill, ink } = CATEGORY_COLOURS[c];
  return `.c-${c}{--fill:${fill};--ink:${ink}}`;
}).join('\n');

export const STYLE = `
:root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937;background:#fff;line-height:1.45}
body{margin:0 auto;max-width:1360px;padding:16px 24px 48px}
h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;margin:1.6em 0 .2em;border-top:2px solid #e5e7eb;padding-top:.8em}
h3{font-size:1em;margin:1.2em 0 .4em}h4{margin:0 0 .4em;font-size:.95em;color:#374151}
.meta{color:#6b7280;font-size:.85em;margin:0 0 .6em}
a{color:#1d4ed8}
table.scores{border-collapse:collapse;font-size:.85em;margin:.4em 16px .8em 0;font-variant-numeric:tabular-nums}
table.scores th,table.scores td{padding:2px 8px;border-bottom:1px solid #e5e7eb;text-align:right}
table.scores th:first-child{text-align:left;font-weight:600}
table.scores thead th{background:#f3f4f6;font-weight:600}
table.scores th.indent{font-weight:400;padding-left:20px}
.two{display:flex;flex-wrap:wrap;align-items:flex-start}
.charts{display:flex;flex-wrap:wrap;gap:24px;margin:.6em 0}
svg.chart .title{font-weight:600;font-size:13px}svg.chart .label{text-anchor:end;font-size:12px;fill:#374151}
svg.chart .value{font-size:11px;fill:#111827}svg.chart .tick{font-size:10px;fill:#9ca3af;text-anchor:middle}
svg.chart .grid{stroke:#e5e7eb}svg.chart .bar{fill:#60a5fa}svg.chart .bar.total{fill:#1d4ed8}
.swatch{display:inline-block;width:.8em;height:.8em;margin-right:.4em;background:var(--fill);border:1px solid var(--ink);vertical-align:-1px}
.legend{display:flex;flex-wrap:wrap;gap:6px 18px;font-size:.85em;padding:8px 12px;background:#f9fafb;border:1px solid #e5e7eb;border-radius:6px;margin:.6em 0}
.legend b{margin-right:4px}
.panes{display:grid;grid-template-columns:1fr 1fr;gap:16px;margin:.6em 0}
.pane{border:1px solid #e5e7eb;border-radius:6px;padding:10px 12px;min-width:0}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.9em;line-height:1.75}
${categoryRules}
mark.m{color:inherit;background:var(--fill);border-radius:2px;padding:0 1px;text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px;text-decoration-color:var(--ink)}
mark.s-wrong-value{text-decoration-style:wavy;text-decoration-color:#dc2626}
mark.s-spurious{background:repeating-linear-gradient(135deg,var(--fill) 0 4px,#fff 4px 7px);text-decoration-style:dotted}
mark.s-missed{background:transparent;text-decoration-style:dashed;outline:1px dashed var(--ink);outline-offset:-1px}
mark.m mark.m{padding:0}
sup.mk{font-size:.7em;font-weight:700;margin:0 1px;color:var(--ink)}
sup.s-wrong-value{color:#dc2626}
.ev{border:1px solid #e5e7eb;border-left-width:4px;border-radius:4px;margin:.4em 0;padding:4px 10px;font-size:.9em}
.ev summary{cursor:pointer;font-weight:600}
.ev-matched{border-left-color:#16a34a}.ev-missed{border-left-color:#dc2626}.ev-spurious{border-left-color:#d97706}
.tag{display:inline-block;font-size:.75em;font-weight:700;text-transform:uppercase;padding:0 6px;border-radius:3px;color:#fff}
.tag.matched{background:#16a34a}.tag.missed{background:#dc2626}.tag.spurious{background:#d97706}
blockquote{margin:.4em 0;padding:2px 10px;border-left:3px solid #d1d5db;color:#374151}
table.slots{border-collapse:collapse;font-size:.85em;margin:.3em 0 .5em;width:100%}
table.slots th,table.slots td{border-bottom:1px solid #f3f4f6;padding:2px 8px;text-align:left;vertical-align:top}
table.slots thead th{background:#f9fafb}
tr.v-disagree td,tr.v-gold-only td,tr.v-predicted-only td{background:#fef2f2}
tr.v-agree td:last-child{color:#15803d}tr.v-disagree td:last-child,tr.v-gold-only td:last-child,tr.v-predicted-only td:last-child{color:#b91c1c;font-weight:600}
.ex{font-weight:400;color:#6b7280}
mark.dateline{background:#f3f4f6;color:#9ca3af;font-style:italic}
.sep{color:#9ca3af}.top{font-size:.8em}
@media (max-width:900px){.panes{grid-template-columns:1fr}}
`;
