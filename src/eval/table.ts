/**
 * The evaluation as a readable table for a terminal.
 */
import { MENTION_CATEGORIES } from './gold.js';
import { SLOTS } from './events.js';
import type { CorpusMetrics, CorpusScore } from './score.js';

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);

export function formatTable(title: string, score: CorpusScore, m: CorpusMetrics): string {
  const lines: string[] = [];
  lines.push(`${title} (${m.documents} documents)`, '');
  lines.push('mentions      predicted   gold      P      R     F1   norm');
  for (const c of MENTION_CATEGORIES) {
    const k = score.mentions[c];
    const x = m.mentions[c];
    lines.push(`${c.padEnd(12)} ${String(k.predicted).padStart(10)} ${String(k.gold).padStart(6)} ${pct(x.precision)} ${pct(x.recall)} ${pct(x.f1)} ${pct(x.normalization)}`);
  }
  lines.push('', 'events           tp    fp    fn      P      R     F1');
  const e = score.events;
  lines.push(`${'events'.padEnd(12)} ${String(e.tp).padStart(6)} ${String(e.fp).padStart(5)} ${String(e.fn).padStart(5)} ${pct(m.events.precision)} ${pct(m.events.recall)} ${pct(m.events.f1)}`);
  lines.push('', 'slots            tp    fp    fn      P      R     F1');
  for (const s of SLOTS) {
    const k = score.slots[s];
    const x = m.slots[s];
    lines.push(`${s.padEnd(12)} ${String(k.tp).padStart(6)} ${String(k.fp).padStart(5)} ${String(k.fn).padStart(5)} ${pct(x.precision)} ${pct(x.recall)} ${pct(x.f1)}`);
  }
  lines.push(`${'slot micro'.padEnd(12)} ${' '.repeat(18)} ${pct(m.slotMicro.precision)} ${pct(m.slotMicro.recall)} ${pct(m.slotMicro.f1)}`);
  return `${lines.join('\n')}\n`;
}
