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

let starters: Map<string, string[][]> | null = null;

/** Context starters by their first word. */
function contextStarters(): Map<string, string[][]> {
  if (starters) return starters;
  starters = new Map();
  for (const phrase of eventLexicon().modality.contextStarters) {
    const words = phrase.split(' ');
    const list = starters.get(words[0]!) ?? [];
    list.push(words);
    starters.set(words[0]!, list);
  }
  return starters;
}

function startsContext(keys: readonly string[], at: number, end: number): boolean {
  const list = contextStarters().get(keys[at] ?? '');
  return list !== undefined && list.some((words) => words.every((w, n) => at + n < end && keys[at + n] === w));
}

/** Segments of a sentence; `anchors` are trigger token indices, in any order. */
export function segments(ctx: SentenceContext, anchors: readonly number[]): Segment[] {
  const { keys } = ctx;
  const { firstToken: first, endToken: end } = ctx.info;
  const breaks = eventLexicon().modality.segmentBreaks;
  const out: Segment[] = [];
  let start = first;
  let background = startsContext(keys, first, end);
  for (let i = first + 1; i <= end; i++) {
    const k = i < end ? keys[i]! : '';
    // `une attaque de drone sur A et une attaque de missile sur B`: `et` before another trigger splits.
    const coordinated = k === 'et' && anchors.some((a) => a > i && a <= i + 3);
    const isBreak = i === end || breaks.has(k) || coordinated || startsContext(keys, i, end);
    if (!isBreak) continue;
    if (i > start) out.push({ first: start, end: i, background, owner: -1 });
    const punct = k === ',' || k === ';' || k === ':' || k === '(' || k === ')';
    start = punct ? i + 1 : i;
    background = i < end && (startsContext(keys, i, end) || startsContext(keys, i + 1, end));
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

/** Whether token `i` lies in a segment of trigger `owner`: its own, or one attached to it that is not background. */
export function inScope(segs: readonly Segment[], i: number, owner: number): boolean {
  for (const s of segs) if (i >= s.first && i < s.end) return s.owner === owner || (!s.background && s.owner === -1);
  return false;
}
