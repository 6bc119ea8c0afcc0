/**
 * One pass over the tokens marks where each lexicon may start, so that each
 * rule visits only those tokens: most words of a news text open no name,
 * and one Map lookup per word tells.
 */
import { fold } from '../../text/fold.js';
import namedData from './lexicon/named.json' with { type: 'json' };
import type { Gazetteer } from './gazetteer.js';
import { ruleIndex } from './lexicon-index.js';
import { hashKey } from './hash.js';
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
  /** A word written with a capital initial (a transliterated name may start there). */
  Upper = 256,
}

/** The gate of one document: bits per token, and the tokens that have any, in order. */
export interface Gated {
  mask: Uint16Array;
  tokens: Int32Array;
}

interface GateIndex {
  /** Bits by the hash of a first word: a word that opens nothing costs no string. */
  byHash: Map<number, number>;
  /** A first sieve by first two letters and length: most words stop here, without a hash. */
  sieve: Uint8Array;
}

function sieveIndex(s: string, start: number, end: number): number {
  const c0 = s.charCodeAt(start) & 31;
  const c1 = end - start > 1 ? s.charCodeAt(start + 1) & 31 : 0;
  return (c0 << 10) | (c1 << 5) | Math.min(end - start, 31);
}

let built: GateIndex | null = null;

function index(g: Gazetteer): GateIndex {
  if (built) return built;
  const byHash = new Map<number, number>();
  const sieve = new Uint8Array(1 << 15);
  const mark = (keys: Iterable<string>, bit: number): void => {
    for (const k of keys) {
      const h = hashKey(k);
      byHash.set(h, (byHash.get(h) ?? 0) | bit);
      sieve[sieveIndex(k, 0, k.length)] = 1;
    }
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
  built = { byHash, sieve };
  return built;
}

const COMBINING_RE = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

/** Per token, the lexicons that may start there (a `Gate` bit mask; a hash collision may set a bit in vain). */
export function gateTokens(view: TokenView, g: Gazetteer): Gated {
  const { byHash } = index(g);
  // Decomposed accents shift letters and lengths: the sieve is only for text without them.
  const sieve = COMBINING_RE.test(view.doc.folded) ? null : index(g).sieve;
  const mask = new Uint16Array(view.count);
  const list = new Int32Array(view.count);
  let n = 0;
  const { start, end } = view.tokens;
  const folded = view.doc.folded;
  for (let i = view.first; i < view.count; i++) {
    if (!view.isWord(i)) continue;
    let bits = view.upperInitial(i) ? Gate.Upper : 0;
    if (!sieve || sieve[sieveIndex(folded, start[i]!, end[i]!)] !== 0) bits |= byHash.get(view.hash(i)) ?? 0;
    if (bits === 0) continue;
    mask[i] = bits;
    list[n++] = i;
  }
  return { mask, tokens: list.subarray(0, n) };
}
