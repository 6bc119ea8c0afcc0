/**
 * One document in the report: its scores, its text twice side by side (gold
 * occurrences on the left, predicted mentions on the right, coloured by
 * category, marked by status), then its events.
 */
import type { MentionDetail, MentionStatus } from '../mentions.js';
import type { DocumentEvaluation } from '../run.js';
import { describeWithText } from './describe.js';
import { esc } from './escape.js';
import { eventsHtml } from './events-html.js';
import { highlightText, type Highlight } from './highlight.js';
import { documentSummaryTable } from './tables-html.js';

export const STATUS_LABEL: Record<MentionStatus, string> = { right: 'right', 'wrong-value': 'wrong value', spurious: 'spurious', missed: 'missed' };
export const STATUS_MARKER: Record<MentionStatus, string> = { right: '', 'wrong-value': '≠', spurious: '+', missed: '✗' };

function toHighlight(d: MentionDetail): Highlight {
  const [own, other] = d.side === 'gold' ? ['gold', 'predicted'] : ['predicted', 'gold'];
  const lines = [`${d.category} · ${STATUS_LABEL[d.status]}`, `${own}: ${describeWithText(d.category, d.mention)}`];
  if (d.other !== undefined) lines.push(`${other}: ${describeWithText(d.category, d.other)}`);
  return { start: d.start, end: d.end, className: `m c-${d.category} s-${d.status}`, title: lines.join('\n'), marker: STATUS_MARKER[d.status] };
}

function pane(title: string, d: DocumentEvaluation, details: MentionDetail[]): string {
  const spans = details.map(toHighlight);
  const dateline = d.score.dateline;
  if (dateline) spans.push({ ...dateline, className: 'dateline', title: 'machine dateline: metadata, never scored', marker: '' });
  return `<div class="pane"><h4>${esc(title)}</h4><div class="text">${highlightText(d.document.text, spans)}</div></div>`;
}

export function documentHtml(d: DocumentEvaluation, index: number): string {
  const details = d.score.mentionDetails;
  const gold = details.filter((x) => x.side === 'gold');
  const predicted = details.filter((x) => x.side === 'predicted');
  const ref = d.document.gold.referenceDate ?? 'none';
  return [
    `<section class="doc" id="doc-${index}">`,
    `<h2>${esc(d.score.name)}</h2>`,
    `<p class="meta">reference date ${esc(ref)} · ${esc(d.document.textPath)}</p>`,
    documentSummaryTable(d),
    '<div class="panes">',
    pane(`Gold (${gold.length} occurrences)`, d, gold),
    pane(`Predicted (${predicted.length} mentions)`, d, predicted),
    '</div>',
    eventsHtml(d.score.events),
    '<p class="top"><a href="#top">↑ top</a></p>',
    '</section>',
  ].join('\n');
}
