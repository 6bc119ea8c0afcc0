/**
 * The score tables of the report: mentions per category, events and slots,
 * and one row per document (linking to its section).
 */
import { MENTION_CATEGORIES } from '../gold.js';
import type { DocumentEvaluation, Evaluation } from '../run.js';
import { slotMicroCounts, sumScores, type CorpusMetrics, type CorpusScore } from '../score.js';
import { SLOTS } from '../slots.js';
import { hasCounts, hasMentions, pct, pctIf } from '../text-table.js';
import { esc } from './escape.js';

const td = (x: string | number) => `<td>${esc(String(x))}</td>`;
const th = (x: string) => `<th>${esc(x)}</th>`;
const table = (head: string[], rows: string[][], cls = '') =>
  `<table class="scores ${cls}"><thead><tr>${head.map(th).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table>`;

export function mentionTable(score: CorpusScore, m: CorpusMetrics): string {
  return table(
    ['mentions', 'predicted', 'found', 'gold', 'gold found', 'P %', 'R %', 'F1 %', 'norm %'],
    MENTION_CATEGORIES.map((c) => {
      const k = score.mentions[c];
      const x = m.mentions[c];
      const n = hasMentions(k);
      return [`<th><span class="swatch c-${c}"></span>${esc(c)}</th>`, td(k.predicted), td(k.found), td(k.gold), td(k.goldFound), td(pctIf(x.precision, n)), td(pctIf(x.recall, n)), td(pctIf(x.f1, n)), td(pct(x.normalization))];
    }),
  );
}

export function eventTable(score: CorpusScore, m: CorpusMetrics): string {
  const row = (label: string, k: { tp: number; fp: number; fn: number }, x: { precision: number; recall: number; f1: number }, cls = '') =>
    [`<th class="${cls}">${esc(label)}</th>`, td(k.tp), td(k.fp), td(k.fn), td(pctIf(x.precision, hasCounts(k))), td(pctIf(x.recall, hasCounts(k))), td(pctIf(x.f1, hasCounts(k)))];
  return table(
    ['events and slots', 'tp', 'fp', 'fn', 'P %', 'R %', 'F1 %'],
    [
      row('events', score.events, m.events),
      ...SLOTS.map((s) => row(`slot ${s}`, score.slots[s], m.slots[s], 'indent')),
      row('slots (micro)', slotMicroCounts(score.slots), m.slotMicro),
    ],
  );
}

export function documentSummaryTable(d: DocumentEvaluation): string {
  const s = sumScores([d.score]);
  return `<div class="two">${mentionTable(s, d.metrics)}${eventTable(s, d.metrics)}</div>`;
}

export function perDocumentTable(e: Evaluation): string {
  return table(
    ['document', 'events tp/fp/fn', 'event F1 %', 'slot F1 %', ...MENTION_CATEGORIES.map((c) => `${c} F1 %`)],
    e.documents.map((d, i) => {
      const c = d.score.events.counts;
      return [
        `<th><a href="#doc-${i}">${esc(d.score.name)}</a></th>`,
        td(`${c.tp}/${c.fp}/${c.fn}`),
        td(pctIf(d.metrics.events.f1, hasCounts(c))),
        td(pctIf(d.metrics.slotMicro.f1, hasCounts(slotMicroCounts(d.score.events.slots)))),
        ...MENTION_CATEGORIES.map((cat) => td(pctIf(d.metrics.mentions[cat].f1, hasMentions(d.score.mentions[cat])))),
      ];
    }),
    'wide',
  );
}
