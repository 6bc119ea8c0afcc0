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
  const sieve = new Uint8Array(1 << 15);
  for (const k of byKey.keys()) sieve[sieveIndex(k, 0, k.length)] = 1;
  built = { byKey, byHash, sieve };
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
  // Thirty bits: a small integer, which a Map hashes fastest.
  return h & 0x3fffffff;
}

const HIGH = -1;
const COMBINING_RE = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

/** Per token, the lexicons that may start there (a `Gate` bit mask). */
export function gateTokens(view: TokenView, g: Gazetteer): Uint8Array {
  const { byKey, byHash } = index(g);
  // Decomposed accents shift letters and lengths: the sieve is only for text without them.
  const sieve = COMBINING_RE.test(view.doc.folded) ? null : index(g).sieve;
  const mask = new Uint8Array(view.count);
  const { start, end } = view.tokens;
  const folded = view.doc.folded;
  for (let i = view.first; i < view.count; i++) {
    if (!view.isWord(i) || (sieve && sieve[sieveIndex(folded, start[i]!, end[i]!)] === 0)) continue;
    const h = hashOf(folded, start[i]!, end[i]!);
    if (h !== HIGH && byHash.get(h) === undefined) continue;
    mask[i] = byKey.get(view.key(i)) ?? 0;
  }
  return mask;
}


