/**
 * The evaluation as one self-contained HTML page (`eval --report FILE`):
 * inline CSS and SVG, no script, and a Content-Security-Policy that forbids
 * every network request, so an untrusted document cannot reach out.
 */
import { MENTION_CATEGORIES } from '../gold.js';
import type { MentionStatus } from '../mentions.js';
import type { Evaluation } from '../run.js';
import { slotMicroCounts } from '../score.js';
import { SLOTS } from '../slots.js';
import { hasCounts, hasMentions } from '../text-table.js';
import { barChart } from './chart.js';
import { documentHtml, STATUS_LABEL, STATUS_MARKER } from './document-html.js';
import { esc } from './escape.js';
import { STYLE } from './style.js';
import { eventTable, mentionTable, perDocumentTable } from './tables-html.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function legend(): string {
  const categories = MENTION_CATEGORIES.map((c) => `<span><span class="swatch c-${c}"></span>${esc(c)}</span>`).join('');
  const statuses = (['right', 'wrong-value', 'spurious', 'missed'] as MentionStatus[])
    .map((s) => `<span><mark class="m c-dates s-${s}">${esc(STATUS_LABEL[s])}</mark>${STATUS_MARKER[s] ? `<sup class="m c-dates s-${s} mk">${STATUS_MARKER[s]}</sup>` : ''}</span>`)
    .join('');
  return `<div class="legend"><b>Categories:</b>${categories}</div><div class="legend"><b>Status:</b>${statuses}<span><mark class="dateline">date 2024-11</mark> machine dateline, never scored.</span><span>Left pane: gold occurrences (right, wrong value, missed). Right pane: predicted mentions (right, wrong value, spurious). Hover a mention for its values.</span></div>`;
}

export function reportHtml(title: string, evaluation: Evaluation): string {
  const m = evaluation.metrics;
  const sc = evaluation.score;
  const slotBars = [
    ...SLOTS.map((s) => ({ label: s, value: hasCounts(sc.slots[s]) ? m.slots[s].f1 : null })),
    { label: 'slots (micro)', value: hasCounts(slotMicroCounts(sc.slots)) ? m.slotMicro.f1 : null, emphasis: true },
  ];
  const mentionBars = [
    ...MENTION_CATEGORIES.map((c) => ({ label: c, value: hasMentions(sc.mentions[c]) ? m.mentions[c].f1 : null })),
    { label: 'events', value: hasCounts(sc.events) ? m.events.f1 : null, emphasis: true },
  ];
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style></head>
<body><a id="top"></a>
<h1>${esc(title)}</h1>
<p class="meta">${m.documents} documents · scored as ANNOTATION.md §7 says · measures in % (— where there was nothing to score)</p>
<div class="two">${mentionTable(evaluation.score, m)}${eventTable(evaluation.score, m)}</div>
<div class="charts">${barChart('Slot F1 (%)', slotBars)}${barChart('Mention and event F1 (%)', mentionBars)}</div>
<h2>Per document</h2>
${perDocumentTable(evaluation)}
${legend()}
${evaluation.documents.map(documentHtml).join('\n')}
</body></html>
`;
}
