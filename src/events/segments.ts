/**
 * A sentence cut into segments (at commas, colons, parentheses and
 * subordinators such as `lorsque`, `après`), each owned by the trigger it
 * holds. A trigger's slots come from its own segments and from the
 * trigger-less segments next to them; background segments (`dans un
 * contexte`, `sur fond de`) belong to no event.
 */
import type { SentenceContext } from './context.js';
import { eventLexicon } from './lexicon.js';

export interface Segment {
  first: number;
  /** Exclusive. */
  end: number;
  background: boolean;
  /** Index of the owning trigger among those given, -1 for none. */
  owner: number;
}

let starters: Map<string, { words: string[]; purpose: boolean }[]> | null = null;

/** Background and purpose starters by their first word. */
function contextStarters(): Map<string, { words: string[]; purpose: boolean }[]> {
  if (starters) return starters;
  starters = new Map();
  const m = eventLexicon().modality;
  const add = (phrase: string, purpose: boolean) => {
    const words = phrase.split(' ');
    const list = starters!.get(words[0]!) ?? [];
    list.push({ words, purpose });
    starters!.set(words[0]!, list);
  };
  for (const phrase of m.contextStarters) add(phrase, false);
  for (const phrase of m.purposeStarters) add(phrase, true);
  return starters;
}

/** The starter at `at`: 'background', 'purpose', or null. */
function starterAt(keys: readonly string[], at: number, end: number): 'background' | 'purpose' | null {
  const list = contextStarters().get(keys[at] ?? '');
  const hit = list?.find((s) => s.words.every((w, n) => at + n < end && keys[at + n] === w));
  return hit ? (hit.purpose ? 'purpose' : 'background') : null;
}

function startsContext(keys: readonly string[], at: number, end: number): boolean {
  return starterAt(keys, at, end) !== null;
}

/** Segments of a sentence; `anchors` are trigger token indices, in any order. */
export function segments(ctx: SentenceContext, anchors: readonly number[]): Segment[] {
  const { keys } = ctx;
  const { firstToken: first, endToken: end } = ctx.info;
  const breaks = eventLexicon().modality.segmentBreaks;
  const out: Segment[] = [];
  let start = first;
  let background = startsContext(keys, first, end);
  let purpose = starterAt(keys, first, end) === 'purpose';
  for (let i = first + 1; i <= end; i++) {
    const k = i < end ? keys[i]! : '';
    // `une attaque de drone sur A et une attaque de missile sur B`: `et` before another trigger splits.
    const coordinated = k === 'et' && anchors.some((a) => a > i && a <= i + 3);
    const isBreak = i === end || breaks.has(k) || coordinated || startsContext(keys, i, end);
    if (!isBreak) continue;
    if (i > start) out.push({ first: start, end: i, background, owner: -1 });
    const punct = k === ',' || k === ';' || k === ':' || k === '(' || k === ')';
    // A list goes on in the purpose it started in: `servant à l'initiation aux roquettes, missiles et drones`.
    const listGoesOn = k === ',' && purpose && !anchors.some((a) => a > i && a <= nextBreak(keys, i + 1, end, breaks));
    start = punct ? i + 1 : i;
    const starter = i < end ? (starterAt(keys, i, end) ?? starterAt(keys, i + 1, end)) : null;
    background = listGoesOn || starter !== null;
    purpose = listGoesOn || starter === 'purpose';
  }
  for (const seg of out) {
    const owners = anchors.map((a, n) => (a >= seg.first && a < seg.end ? n : -1)).filter((n) => n >= 0);
    seg.owner = owners[0] ?? -1;
  }
  // Segments without a trigger join the nearest owned segment before them, else after them.
  for (let s = 0; s < out.length; s++) {
    const seg = out[s]!;
    if (seg.owner >= 0 || seg.background) continue;
    // Attach to the owner of the nearest non-background segment before, else after.
    const before = out.slice(0, s).reverse().find((x) => x.owner >= 0 && !x.background);
    const after = out.slice(s + 1).find((x) => x.owner >= 0);
    seg.owner = (before ?? after)?.owner ?? -1;
  }
  return out;
}

/** The next segment break at or after `from` (or `end`). */
function nextBreak(keys: readonly string[], from: number, end: number, breaks: Set<string>): number {
  for (let j = from; j < end; j++) if (breaks.has(keys[j]!)) return j;
  return end;
}

/** Whether token `i` lies in a segment of trigger `owner`: its own, or one attached to it that is not background. */
export function inScope(segs: readonly Segment[], i: number, owner: number): boolean {
  for (const s of segs) if (i >= s.first && i < s.end) return s.owner === owner || (!s.background && s.owner === -1);
  return false;
}
