/**
 * Agreement of a gold file with itself: an event slot and a mention of the
 * same text should carry the same value, and the gold scored as a prediction
 * against itself must reach 1 everywhere (otherwise an evidence or a text is
 * not where the scorer looks for it).
 */
import { actorsAgree, datesAgree, placesAgree } from '../agree.js';
import { scoreKey } from '../fold.js';
import type { GoldFile } from '../gold.js';
import { goldAsAnalysis } from '../gold-analysis.js';
import { documentMetrics, scoreDocument } from '../score.js';
import { MENTION_CATEGORIES } from '../gold.js';
import type { IssueList } from './issues.js';
import { items, type Item } from './walk.js';

const describe = (item: Item): string => {
  const v = item.value as Record<string, unknown>;
  const fields = ['value', 'name', 'country', 'kind'].filter((k) => v[k] !== undefined).map((k) => `${k} ${JSON.stringify(v[k])}`);
  return fields.join(', ');
};

function agree(slot: Item, mention: Item): boolean {
  if (slot.kind === 'date' && mention.kind === 'date') return datesAgree(slot.value, mention.value);
  if (slot.kind === 'actor' && mention.kind === 'actor') return actorsAgree(slot.value, mention.value);
  if (slot.kind === 'place' && mention.kind === 'place') return placesAgree(slot.value, mention.value);
  if (slot.kind === 'quantity' && mention.kind === 'quantity') return slot.value.value === mention.value.value && slot.slot === mention.value.kind;
  return true;
}

export function checkConsistency(text: string, name: string, gold: GoldFile, issues: IssueList): void {
  const all = items(gold);
  const mentions = new Map<string, Item>();
  for (const m of all) if (m.slot === undefined) mentions.set(`${m.kind}:${scoreKey(m.value.text)}`, m);
  for (const slot of all) {
    if (slot.slot === undefined) continue;
    const mention = mentions.get(`${slot.kind}:${scoreKey(slot.value.text)}`);
    if (mention && !agree(slot, mention)) {
      const kind = slot.slot && slot.kind === 'quantity' ? ` (slot ${slot.slot})` : '';
      issues.warn(slot.path, `"${slot.value.text}" has ${describe(slot)}${kind} here but ${describe(mention)} at ${mention.path}`);
    }
  }
  const m = documentMetrics(scoreDocument(name, text, gold, goldAsAnalysis(text, gold)));
  const below = [
    ...MENTION_CATEGORIES.filter((c) => m.mentions[c].f1 < 1 || (m.mentions[c].normalization ?? 1) < 1).map((c) => `mentions ${c}`),
    ...(m.events.f1 < 1 ? ['events'] : []),
    ...(m.slotMicro.f1 < 1 ? ['slots'] : []),
  ];
  if (below.length > 0) issues.warn('(file)', `scored against itself, the gold does not reach 1 on: ${below.join(', ')}`);
}
