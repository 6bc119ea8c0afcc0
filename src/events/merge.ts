/**
 * Merging: sentences that speak of the same event make one event whose
 * slots are the union. A later sentence joins an earlier event through an
 * anaphor (`cette attaque`, `les frappes`, `l'accord`) or as its
 * continuation (no date of its own, nothing that tells it apart); separate
 * attacks (another date, another site, `une fois de plus`, `un autre
 * communiqué`) stay separate.
 */
import type { Place } from '../schema.js';
import { lexKey as foldKey } from '../text/fold.js';
import { ownString } from '../text/own-string.js';
import type { Contexts, SentenceContext } from './context.js';
import type { Draft } from './fill.js';
import { wordHas, Word } from './features.js';
import { eventLexicon } from './lexicon.js';

const keyCache = new Map<string, string>();
/** Folded comparison key of a name or date text, cached: the same few names come back again and again. */
function lexKey(text: string): string {
  let k = keyCache.get(text);
  if (k === undefined) {
    k = foldKey(text);
    if (keyCache.size > 10_000) keyCache.clear();
    keyCache.set(ownString(text), k);
  }
  return k;
}

/** How many sentences back an anaphor (`cette attaque`, `l'accord`) may refer. */
const ANAPHOR_REACH = 12;
/** How many sentences back a sentence may continue an attack without an anaphor. */
const CONTINUATION_REACH = 6;
const REACH: Record<string, number> = { threat: 1, agreement: 4, withdrawal: 4, accident: 4 };
/** How far after the trigger a marker such as `une fois de plus` still tells a new attack. */
const NEW_EVENT_MARKER_AFTER = 6;
const SPECIFIC = new Set<Place['kind']>(['site', 'city']);

/** The drafts of one sentence: same-type drafts that agree become one (one per troop count). */
export function groupSentence(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const same = out.find(
      (o) =>
        o.type === d.type &&
        (d.type === 'troop_presence'
          ? o.troops?.value === d.troops?.value
          : (o.candidate.anaphoric === d.candidate.anaphoric || o.candidate.owner === d.candidate.owner) && compatible(o, d, false, true)),
    );
    if (same) {
      same.candidate.mergeOnly &&= d.candidate.mergeOnly;
      same.candidate.anaphoric ||= d.candidate.anaphoric;
      absorb(same, d);
    } else {
      // A draft is its sentence's own, but its candidate may be shared by several drafts (one per troop count).
      const c = d.candidate;
      d.candidate = { type: c.type, trigger: c.trigger, ctx: c.ctx, anaphoric: c.anaphoric, mergeOnly: c.mergeOnly, segments: c.segments, owner: c.owner };
      out.push(d);
    }
  }
  return out;
}

/** The drafts of a document, in the order told, with what merging keeps about them. */
export class Merging {
  readonly drafts: Draft[] = [];
  /**
   * The indices of the drafts a sentence may still join: those told in the
   * last ANAPHOR_REACH sentences (the longest reach). Sentences come in
   * order, so a draft out of reach stays out: the list is pruned as the text
   * goes, and a merge looks at the recent drafts, not at every draft of a
   * long text (which made event assembly quadratic in the number of events).
   */
  reachable: { at: number; indices: number[] } | null = null;
  /** The troop-presence drafts by troop count. */
  troopsByValue: Map<number, Draft[]> | null = null;
}

function recentDrafts(merging: Merging, at: number): number[] {
  const { drafts } = merging;
  let r = merging.reachable;
  if (!r || at < r.at) merging.reachable = r = { at, indices: drafts.map((_, i) => i) };
  r.at = at;
  const indices = r.indices;
  let kept = 0;
  for (const i of indices) if (at - lastSentence(drafts[i]!) <= ANAPHOR_REACH) indices[kept++] = i;
  indices.length = kept;
  return indices;
}

function lastSentence(d: Draft): number {
  return d.sentences[d.sentences.length - 1]!;
}

function add(merging: Merging, d: Draft): void {
  merging.reachable?.indices.push(merging.drafts.length);
  merging.drafts.push(d);
}

export function mergeOrAdd(merging: Merging, d: Draft, contexts: Contexts): void {
  const { drafts } = merging;
  const at = d.sentences[0]!;
  const recent = recentDrafts(merging, at);
  if (d.type === 'troop_presence') {
    // A count stated again is the same presence, however far apart: looked up by its value, not by scanning every draft.
    let byValue = merging.troopsByValue;
    if (!byValue) merging.troopsByValue = byValue = new Map();
    const value = d.troops?.value ?? -1;
    const same = byValue.get(value) ?? [];
    const twin = same.find((o) => samePlaces(o.places, d.places) && (!o.actor || !d.actor || o.actor.id === d.actor.id));
    if (twin) absorb(twin, d);
    else {
      same.push(d);
      byValue.set(value, same);
      add(merging, d);
    }
    return;
  }
  const c = d.candidate;
  // `Les attaques ... depuis 2015` is an aggregate of its own, not a reference to the last attack.
  const anaphoric = c.anaphoric && !(d.ownDate && d.date?.mod === 'after');
  const reach = anaphoric || c.mergeOnly ? ANAPHOR_REACH : d.type === 'attack' ? CONTINUATION_REACH : REACH[d.type]!;
  const fresh = d.type === 'attack' && !anaphoric && hasNewEventMarker(contexts.get(at), c.trigger.first);
  for (let r = recent.length - 1; r >= 0 && !fresh; r--) {
    const o = drafts[recent[r]!]!;
    const last = o.sentences[o.sentences.length - 1]!;
    if (at - last > reach || o.type !== d.type || !compatible(o, d, anaphoric)) continue;
    // An aggregate (`depuis 2015`) joins only an event of the same period, and takes no dated single event.
    if (isAggregate(d) && !sameDate(o, d)) continue;
    if (isAggregate(o) && d.ownDate && !sameDate(o, d)) continue;
    // Without an anaphor, a sentence that brings a new site tells a new attack.
    if (d.type === 'attack' && !anaphoric && specificPlaces(d).some((p) => !o.places.some((q) => placesMeet(p, q)))) continue;
    absorb(o, d);
    return;
  }
  if (c.mergeOnly) return;
  // `une fois de plus`, `également`: the same campaign goes on against the same target.
  if (fresh && !d.target) {
    const previous = [...recent].reverse().map((k) => drafts[k]!).find((o) => o.type === 'attack' && at - lastSentence(o) <= CONTINUATION_REACH);
    if (previous?.target && previous.target.id !== d.actor?.id) d.target = previous.target;
  }
  add(merging, d);
}

/** `un autre communiqué`, `une fois de plus`, `également` before the trigger or just after it. */
function hasNewEventMarker(ctx: SentenceContext, trigger: number): boolean {
  const { markerNouns } = eventLexicon().modality;
  const end = Math.min(ctx.info.endToken, trigger + NEW_EVENT_MARKER_AFTER);
  for (let j = ctx.info.firstToken; j < end; j++) {
    if (!wordHas(ctx, j, Word.NewEventMarker)) continue;
    const k = ctx.keys[j]!;
    const needsNoun = k.startsWith('autre') || k.startsWith('nouve');
    if (!needsNoun || markerNouns.has(ctx.keys[j + 1] ?? '')) return true;
  }
  return false;
}

function isAggregate(d: Draft): boolean {
  return d.ownDate && d.date?.mod === 'after';
}

function sameDate(a: Draft, b: Draft): boolean {
  return a.date !== null && b.date !== null && a.date.value === b.date.value && lexKey(a.date.text) === lexKey(b.date.text);
}

/** Whether two drafts can be one event: nothing in their slots tells them apart. */
function compatible(a: Draft, b: Draft, anaphoric = false, sameSentence = false): boolean {
  if (a.ownDate && b.ownDate && !a.weakDate && !b.weakDate && !sameDate(a, b)) return false;
  // `l'accord`, `le retrait`: a reference to the agreement or withdrawal told before, wherever it is placed.
  if (anaphoric && a.type !== 'attack') return true;
  const sa = specificPlaces(a);
  const sb = specificPlaces(b);
  let sameSite = false;
  if (sa.length > 0 && sb.length > 0) {
    if (!sa.some((p) => sb.some((q) => placesMeet(p, q)))) return false;
    sameSite = true;
  } else if (!countriesMeet(a.places, b.places)) return false;
  const at = a.attackTypes;
  const bt = b.attackTypes;
  const genericAnaphor = anaphoric && b.candidate.trigger.lemma === 'attaque';
  if (!sameSite && !genericAnaphor && !sameSentence && at.length > 0 && bt.length > 0 && !at.some((t) => bt.includes(t))) return false;
  // A withdrawal is told with its several actors (the coalition, the US troops); an anaphoric `l'accord` names its parties anew.
  const partiesMayDiffer = a.type === 'withdrawal' || (anaphoric && a.type === 'agreement');
  if (!partiesMayDiffer && a.actor && b.actor && a.actor.id !== b.actor.id && !b.actorFromContext) return false;
  if (!partiesMayDiffer && a.target && b.target && a.target.id !== b.target.id) return false;
  return true;
}

/** Unless both name countries and none in common. */
function countriesMeet(a: Place[], b: Place[]): boolean {
  let aNames = false;
  let bNames = false;
  for (const p of a) {
    if (p.country === null) continue;
    aNames = true;
    for (const q of b) if (q.country === p.country) return true;
  }
  for (const q of b) if (q.country !== null) bNames = true;
  return !(aNames && bNames);
}

/** Sites and cities where it happened, landmarks left out. */
function specificPlaces(d: Draft): Place[] {
  return d.places.filter((p) => SPECIFIC.has(p.kind) && !d.landmarks.has(p.name));
}

/** The same place, or a country and a place inside it. */
function placesMeet(p: Place, q: Place): boolean {
  if (lexKey(p.name) === lexKey(q.name)) return true;
  if (p.kind === 'country' && q.country === p.country) return true;
  if (q.kind === 'country' && p.country === q.country) return true;
  return false;
}

function samePlaces(a: Place[], b: Place[]): boolean {
  if (a.length === 0 || b.length === 0) return a.length === b.length;
  return placesMeet(a[0]!, b[0]!);
}

/** Fills `into`'s empty slots from `from`, and unions places, means and sentences. */
export function absorb(into: Draft, from: Draft): void {
  let added = false;
  for (const s of from.sentences) {
    if (into.sentences.includes(s)) continue;
    into.sentences.push(s);
    added = true;
  }
  // Only absorb adds sentences, and it keeps them sorted.
  if (added) into.sentences.sort((x, y) => x - y);
  into.actor ??= from.actor;
  if (!into.target && from.target && from.target.id !== into.actor?.id) into.target = from.target;
  const better = from.ownDate && (!into.ownDate || (into.weakDate && !from.weakDate));
  if (!into.date || better) {
    into.date = from.date ?? into.date;
    into.ownDate ||= from.ownDate;
    into.weakDate = better ? from.weakDate : into.weakDate;
  }
  into.killed ??= from.killed;
  into.injured ??= from.injured;
  into.troops ??= from.troops;
  into.count ??= from.count;
  for (const p of from.places) if (!into.places.some((q) => lexKey(q.name) === lexKey(p.name))) into.places.push(p);
  for (const l of from.landmarks) into.landmarks.add(l);
  for (const t of from.attackTypes) if (!into.attackTypes.includes(t)) into.attackTypes.push(t);
}
