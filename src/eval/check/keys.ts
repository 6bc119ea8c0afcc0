/**
 * Fields the guide does not know (a typo such as `atackTypes`): the schema
 * would silently drop them, so `--check` names them.
 */
import { GoldActorSchema, GoldAttackTypeSchema, GoldDateSchema, GoldEventSchema, GoldFileSchema, GoldPlaceSchema, GoldQuantityMentionSchema, GoldQuantitySchema } from '../gold.js';
import { MENTION_CATEGORIES } from '../gold.js';
import type { IssueList } from './issues.js';

const keysOf = (schema: { shape: object }) => new Set(Object.keys(schema.shape));
const EVENT_SLOT_KEYS: Record<string, Set<string>> = {
  date: keysOf(GoldDateSchema),
  actor: keysOf(GoldActorSchema),
  target: keysOf(GoldActorSchema),
  killed: keysOf(GoldQuantitySchema),
  injured: keysOf(GoldQuantitySchema),
  troops: keysOf(GoldQuantitySchema),
  count: keysOf(GoldQuantitySchema),
};
const MENTION_KEYS: Record<string, Set<string>> = {
  dates: keysOf(GoldDateSchema),
  actors: keysOf(GoldActorSchema),
  places: keysOf(GoldPlaceSchema),
  quantities: keysOf(GoldQuantityMentionSchema),
  attackTypes: keysOf(GoldAttackTypeSchema),
};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function unknown(value: unknown, known: Set<string>, path: string, issues: IssueList): void {
  if (!isObject(value)) return;
  for (const k of Object.keys(value)) if (!known.has(k)) issues.warn(path ? `${path}.${k}` : k, `unknown field (the guide knows ${[...known].join(', ')})`);
}

export function checkUnknownKeys(raw: unknown, issues: IssueList): void {
  if (!isObject(raw)) return;
  unknown(raw, keysOf(GoldFileSchema), '', issues);
  if (Array.isArray(raw.events)) {
    raw.events.forEach((e, i) => {
      unknown(e, keysOf(GoldEventSchema), `events[${i}]`, issues);
      if (!isObject(e)) return;
      for (const [slot, known] of Object.entries(EVENT_SLOT_KEYS)) unknown(e[slot], known, `events[${i}].${slot}`, issues);
      if (Array.isArray(e.places)) e.places.forEach((p, k) => unknown(p, keysOf(GoldPlaceSchema), `events[${i}].places[${k}]`, issues));
    });
  }
  if (isObject(raw.mentions)) {
    unknown(raw.mentions, new Set(MENTION_CATEGORIES), 'mentions', issues);
    for (const c of MENTION_CATEGORIES) {
      const list = raw.mentions[c];
      if (Array.isArray(list)) list.forEach((m, k) => unknown(m, MENTION_KEYS[c]!, `mentions.${c}[${k}]`, issues));
    }
  }
}
