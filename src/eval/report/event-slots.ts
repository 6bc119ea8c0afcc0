/**
 * An event's slots as short plain-text values, gold and predicted alike.
 */
import type { Event } from '../../schema.js';
import type { GoldEvent } from '../gold.js';
import type { Slot } from '../slots.js';
import { describeValue } from './describe.js';

type AnyEvent = Event | GoldEvent;

const withText = (value: string, text: string | undefined) => (text ? `${value} ← «${text}»` : value);

export function slotValue(e: AnyEvent | null, slot: Slot): string {
  if (!e) return '';
  switch (slot) {
    case 'type':
      return e.type;
    case 'attackTypes':
      return e.attackTypes.join(', ');
    case 'date':
      return e.date ? withText(describeValue('dates', e.date), e.date.text) : '';
    case 'actor':
    case 'target': {
      const a = e[slot];
      return a ? withText(describeValue('actors', a), a.text) : '';
    }
    case 'places':
      return e.places.map((p) => withText(describeValue('places', p), p.text)).join('; ');
    default: {
      const q = e[slot];
      return q ? withText(describeValue('quantities', q), q.text) : '';
    }
  }
}

export function evidenceText(e: AnyEvent): string[] {
  if (typeof e.evidence === 'string') return [e.evidence];
  if (Array.isArray(e.evidence)) return e.evidence;
  return [(e.evidence as { text: string }).text];
}
