/**
 * One pass over the tokens marks where each lexicon may start, so that each
 * rule visits only those tokens: most words of a news text open no name,
 * and one Map lookup per word tells.
 */
import { fold } from '../../text/fold.js';
import namedData from './lexicon/named.json' with { type: 'json' };
import type { Gazetteer } from './gazetteer.js';
import { ruleIndex } from './lexicon-index.js';
import type { TokenView } from './view.js';

export const enum Gate {
  Name = 1,
  Head = 2,
  Bare = 4,
  Named = 8,
  Lower = 16,
  Counter = 32,
  Demonym = 64,
  /** A common noun that opens a transliterated name (`brigades Sayed al-Shuhada`). */
  LooseLower = 128,
}

interface GateIndex {
  byKey: Map<string, number>;
  /** The same by a hash of the key's characters, so that a word that opens nothing costs no string. */
  byHash: Map<number, number>;
}

let built: GateIndex | null = null;

function index(g: Gazetteer): GateIndex {
  if (built) return built;
  const byKey = new Map<string, number>();
  const mark = (keys: Iterable<string>, bit: number): void => {
    for (const k of keys) byKey.set(k, (byKey.get(k) ?? 0) | bit);
  };
  const rules = ruleIndex();
  mark(g.strict.root.keys(), Gate.Name);
  mark(rules.heads.root.keys(), Gate.Head);
  mark(rules.bare.root.keys(), Gate.Bare);
  mark([...Object.keys(namedData.heads), ...Object.keys(namedData.weakHeads)].map(fold), Gate.Named);
  mark(rules.lowerHeads.root.keys(), Gate.Lower);
  mark(rules.counterHeads.root.keys(), Gate.Counter);
  mark(g.demonyms.root.keys(), Gate.Demonym);
  const looseFirst = new Set<string>();
  for (const [, aliases] of g.loose.entries()) for (const a of aliases) looseFirst.add(fold(a.written[0]!));
  mark(looseFirst, Gate.LooseLower);
  const byHash = new Map<number, number>();
  for (const [k, bits] of byKey) byHash.set(hashOf(k, 0, k.length), (byHash.get(hashOf(k, 0, k.length)) ?? 0) | bits);
  built = { byKey, byHash };
  return built;
}

function hashOf(s: string, start: number, end: number): number {
  let h = 2166136261;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    // A possible combining mark: the key may differ from the text, the caller reads the key.
    if (c >= 0x300) return HIGH;
    h = Math.imul(h ^ c, 16777619);
  }
  return h | 0;
}

const HIGH = 0.5;

/** Per token, the lexicons that may start there (a `Gate` bit mask). */
export function gateTokens(view: TokenView, g: Gazetteer): Uint8Array {
  const { byKey, byHash } = index(g);
  const mask = new Uint8Array(view.count);
  const { start, end } = view.tokens;
  const folded = view.doc.folded;
  for (let i = view.first; i < view.count; i++) {
    if (!view.isWord(i)) continue;
    const h = hashOf(folded, start[i]!, end[i]!);
    if (h !== HIGH && byHash.get(h) === undefined) continue;
    mask[i] = byKey.get(view.key(i)) ?? 0;
  }
  return mask;
}


