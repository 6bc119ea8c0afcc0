/**
 * The evaluation as readable tables for a terminal: the corpus scores, then
 * one line per document (and, on request, every document's full tables).
 * Measures are percentages; `—` where there was nothing to score (no gold
 * and no prediction: 1 by convention in `--json`) or, for normalization,
 * nothing found.
 */
import { SLOTS } from './slots.js';
import { MENTION_CATEGORIES } from './gold.js';
import type { Evaluation } from './run.js';
import type { CorpusMetrics, CorpusScore } from './score.js';
import { slotMicroCounts, sumScores } from './score.js';
import { hasCounts, hasMentions, pct, pctIf, textTable } from './text-table.js';

const count = (n: number) => String(n);

export function formatTable(title: string, score: CorpusScore, m: CorpusMetrics): string {
  const mentions = textTable(
    ['mentions', 'predicted', 'found', 'gold', 'gold found', 'P', 'R', 'F1', 'norm'],
    MENTION_CATEGORIES.map((c) => {
      const k = score.mentions[c];
      const x = m.mentions[c];
      const n = hasMentions(k);
      return [c, count(k.predicted), count(k.found), count(k.gold), count(k.goldFound), pctIf(x.precision, n), pctIf(x.recall, n), pctIf(x.f1, n), pct(x.normalization)];
    }),
  );
  const e = score.events;
  const micro = slotMicroCounts(score.slots);
  const events = textTable(
    ['events and slots', 'tp', 'fp', 'fn', 'P', 'R', 'F1'],
    [
      ['events', count(e.tp), count(e.fp), count(e.fn), pctIf(m.events.precision, hasCounts(e)), pctIf(m.events.recall, hasCounts(e)), pctIf(m.events.f1, hasCounts(e))],
      ...SLOTS.map((s) => {
        const k = score.slots[s];
        const x = m.slots[s];
        return [`  slot ${s}`, count(k.tp), count(k.fp), count(k.fn), pctIf(x.precision, hasCounts(k)), pctIf(x.recall, hasCounts(k)), pctIf(x.f1, hasCounts(k))];
      }),
      ['slots (micro)', count(micro.tp), count(micro.fp), count(micro.fn), pctIf(m.slotMicro.precision, hasCounts(micro)), pctIf(m.slotMicro.recall, hasCounts(micro)), pctIf(m.slotMicro.f1, hasCounts(micro))],
    ],
  );
  const docs = m.documents === 1 ? '1 document' : `${m.documents} documents`;
  return [`${title} (${docs})`, '', ...mentions, '', ...events, ''].join('\n');
}

/** One line per document: event counts and F1, slot micro F1, mention F1 per category. */
export function formatDocumentLines(evaluation: Evaluation): string {
  const rows = evaluation.documents.map(({ score, metrics }) => {
    const e = score.events.counts;
    const s = slotMicroCounts(score.events.slots);
    return [score.name, `${e.tp}/${e.fp}/${e.fn}`, pctIf(metrics.events.f1, hasCounts(e)), pctIf(metrics.slotMicro.f1, hasCounts(s)), ...MENTION_CATEGORIES.map((c) => pctIf(metrics.mentions[c].f1, hasMentions(score.mentions[c])))];
  });
  const lines = textTable(['per document', 'ev tp/fp/fn', 'ev F1', 'slot F1', ...MENTION_CATEGORIES.map((c) => `${c} F1`)], rows);
  return [...lines, ''].join('\n');
}

export function formatEvaluation(title: string, evaluation: Evaluation, perDocument = false): string {
  const parts = [formatTable(title, evaluation.score, evaluation.metrics), formatDocumentLines(evaluation)];
  if (perDocument) {
    for (const d of evaluation.documents) parts.push(formatTable(d.score.name, sumScores([d.score]), d.metrics));
  }
  return parts.join('\n');
}
