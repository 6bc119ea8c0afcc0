/**
 * Mentions and slot values in a few words (`2024-11-16 (day)`, `Irak [IQ]`),
 * for tooltips and event tables. Plain text: callers escape it.
 */
import type { MentionCategory } from '../gold.js';

type Loose = Record<string, unknown> & { text?: string };

const str = (x: unknown) => (x === undefined || x === null ? '' : String(x));

export function describeValue(category: MentionCategory | 'events', m: unknown): string {
  if (m === null || m === undefined) return '—';
  const v = m as Loose;
  switch (category) {
    case 'dates':
      return `${str(v.value) || 'null'}${v.precision ? ` (${str(v.precision)})` : ''}${v.mod ? ` mod ${str(v.mod)}` : ''}`;
    case 'actors':
      return `${str(v.name)}${v.id ? ` #${str(v.id)}` : ''}${v.kind ? ` (${str(v.kind)})` : ''}`;
    case 'places':
      return `${str(v.name)} [${str(v.country) || 'no country'}]${v.kind ? ` (${str(v.kind)})` : ''}`;
    case 'quantities':
      return `${v.kind ? `${str(v.kind)} ` : ''}${str(v.value)} ${str(v.qualifier)}`;
    default:
      return str(v.value);
  }
}

/** Value with the text it was read from: `Irak [IQ] ← «l'Irak»`. */
export function describeWithText(category: MentionCategory, m: unknown): string {
  if (m === null || m === undefined) return '—';
  const v = m as Loose;
  const rule = typeof v.rule === 'string' && v.rule !== '' ? ` · rule ${v.rule}` : '';
  return `${describeValue(category, m)} ← «${str(v.text)}»${rule}`;
}
