/**
 * A sentence cut into segments (at commas, colons, parentheses and
 * subordinators such as `lorsque`, `après`), each owned by the trigger it
 * holds. A trigger's slots come from its own segments and from the
 * trigger-less segments next to them; background segments (`dans un
 * contexte`, `sur fond de`) belong to no event.
 */
import type { SentenceContext } from './context.js';
import { sentenceFeatures, Word } from './features.js';
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
  if (!list) return null;
  for (const s of list) {
    let n = 0;
    while (n < s.words.length && at + n < end && keys[at + n] === s.words[n]) n++;
    if (n === s.words.length) return s.purpose ? 'purpose' : 'background';
  }
  return null;
}

/** Segments of a sentence; `anchors` are trigger token indices, in any order. */
export function segments(ctx: SentenceContext, anchors: readonly number[]): Segment[] {
  const { keys } = ctx;
  const { firstToken: first, endToken: end } = ctx.info;
  const f = sentenceFeatures(ctx);
  // Only a starter's first word can start one: the others are skipped without a lookup.
  const starter = (at: number) => (at < end && (f[at - first]! & Word.StarterHead) !== 0 ? starterAt(keys, at, end) : null);
  const out: Segment[] = [];
  let start = first;
  let background = starter(first) !== null;
  let purpose = starter(first) === 'purpose';
  for (let i = first + 1; i <= end; i++) {
    const k = i < end ? keys[i]! : '';
    const bits = i < end ? f[i - first]! : 0;
    // `une attaque de drone sur A et une attaque de missile sur B`: `et` before another trigger splits.
    const coordinated = k === 'et' && anchors.some((a) => a > i && a <= i + 3);
    const isBreak = i === end || (bits & Word.SegmentBreak) !== 0 || coordinated || starter(i) !== null;
    if (!isBreak) continue;
    if (i > start) out.push({ first: start, end: i, background, owner: -1 });
    const punct = k === ',' || k === ';' || k === ':' || k === '(' || k === ')';
    // A list goes on in the purpose it started in: `servant à l'initiation aux roquettes, missiles et drones`.
    const listGoesOn = k === ',' && purpose && !anchors.some((a) => a > i && a <= nextBreak(f, first, i + 1, end));
    start = punct ? i + 1 : i;
    const starterHere = i < end ? (starter(i) ?? starter(i + 1)) : null;
    background = listGoesOn || starterHere !== null;
    purpose = listGoesOn || starterHere === 'purpose';
  }
  for (const seg of out) {
    let owner = -1;
    for (let n = 0; n < anchors.length && owner < 0; n++) if (anchors[n]! >= seg.first && anchors[n]! < seg.end) owner = n;
    seg.owner = owner;
  }
  // Segments without a trigger join the owner of the nearest non-background owned segment before them, else of the nearest owned one after them.
  for (let s = 0; s < out.length; s++) {
    const seg = out[s]!;
    if (seg.owner >= 0 || seg.background) continue;
    let owner = -1;
    for (let b = s - 1; b >= 0 && owner < 0; b--) if (out[b]!.owner >= 0 && !out[b]!.background) owner = out[b]!.owner;
    for (let a = s + 1; a < out.length && owner < 0; a++) if (out[a]!.owner >= 0) owner = out[a]!.owner;
    seg.owner = owner;
  }
  return out;
}

/** The next segment break at or after `from` (or `end`). */
function nextBreak(f: readonly number[], first: number, from: number, end: number): number {
  for (let j = from; j < end; j++) if ((f[j - first]! & Word.SegmentBreak) !== 0) return j;
  return end;
}

/** Whether token `i` lies in a segment of trigger `owner`: its own, or one attached to it that is not background. */
export function inScope(segs: readonly Segment[], i: number, owner: number): boolean {
  for (const s of segs) if (i >= s.first && i < s.end) return s.owner === owner || (!s.background && s.owner === -1);
  return false;
}
