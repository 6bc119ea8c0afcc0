/**
 * A document's events in the report: matched pairs with a slot-by-slot
 * comparison (disagreements marked), then missed gold events and spurious
 * predictions, each with its evidence.
 */
import type { Event } from '../../schema.js';
import type { EventScore } from '../events.js';
import type { GoldEvent } from '../gold.js';
import { SLOTS, type SlotCounts } from '../slots.js';
import { esc } from './escape.js';
import { evidenceText, slotValue } from './event-slots.js';

type Verdict = 'agree' | 'disagree' | 'gold-only' | 'predicted-only' | 'empty';

function verdict(c: SlotCounts[keyof SlotCounts], gold: string, predicted: string): Verdict {
  if (c.fp + c.fn === 0) return c.tp > 0 ? 'agree' : 'empty';
  if (!gold) return 'predicted-only';
  if (!predicted) return 'gold-only';
  return 'disagree';
}

const VERDICT_LABEL: Record<Verdict, string> = { agree: '✓ agree', disagree: '≠ disagree', 'gold-only': '✗ missed', 'predicted-only': '+ spurious', empty: '' };

function slotTable(gold: GoldEvent | null, predicted: Event | null, slots: SlotCounts | null): string {
  const rows = SLOTS.map((s) => {
    const g = slotValue(gold, s);
    const p = slotValue(predicted, s);
    if (!g && !p) return '';
    const v = slots ? verdict(slots[s], g, p) : gold ? 'gold-only' : 'predicted-only';
    return `<tr class="v-${v}"><th>${esc(s)}</th><td>${esc(g)}</td><td>${esc(p)}</td><td>${esc(VERDICT_LABEL[v])}</td></tr>`;
  }).join('');
  return `<table class="slots"><thead><tr><th>slot</th><th>gold</th><th>predicted</th><th></th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The first words of a text, for a summary line. */
export function excerpt(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

const evidence = (label: string, texts: string[]) => `<blockquote><b>${esc(label)}</b> ${texts.map(esc).join(' <span class="sep">…</span> ')}</blockquote>`;

export function eventsHtml(events: EventScore): string {
  const out: string[] = [];
  const c = events.counts;
  out.push(`<h3>Events: ${c.tp} matched, ${c.fn} missed, ${c.fp} spurious</h3>`);
  for (const pair of events.matched) {
    const disagreements = SLOTS.filter((s) => pair.slots[s].fp + pair.slots[s].fn > 0);
    const label = disagreements.length === 0 ? 'all slots agree' : `disagree on ${disagreements.join(', ')}`;
    out.push(`<details class="ev ev-matched"${disagreements.length > 0 ? ' open' : ''}><summary><span class="tag matched">matched</span> ${esc(pair.gold.type)} · ${esc(label)} <span class="ex">«${esc(excerpt(evidenceText(pair.gold)[0]!))}»</span></summary>`);
    out.push(evidence('gold evidence:', evidenceText(pair.gold)), evidence('predicted evidence:', evidenceText(pair.predicted)));
    out.push(slotTable(pair.gold, pair.predicted, pair.slots), '</details>');
  }
  for (const g of events.missed) {
    out.push(`<details class="ev ev-missed" open><summary><span class="tag missed">missed</span> ${esc(g.type)} <span class="ex">«${esc(excerpt(evidenceText(g)[0]!))}»</span></summary>`);
    out.push(evidence('gold evidence:', evidenceText(g)), slotTable(g, null, null), '</details>');
  }
  for (const p of events.spurious) {
    out.push(`<details class="ev ev-spurious" open><summary><span class="tag spurious">spurious</span> ${esc(p.type)} · trigger «${esc(excerpt(p.trigger.text, 40))}» <span class="ex">«${esc(excerpt(p.evidence.text))}»</span></summary>`);
    out.push(evidence('predicted evidence:', evidenceText(p)), slotTable(null, p, null), '</details>');
  }
  return out.join('\n');
}
