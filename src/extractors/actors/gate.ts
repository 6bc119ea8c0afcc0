/**
 * One pass over the tokens marks where each lexicon may start, so that each
 * rule visits only those tokens: most words of a news text open no name,
 * and one Map lookup per word tells.
 */
import { fold } from '../../text/fold.js';
import namedData from './lexicon/named.json' with { type: 'json' };
import type { Gazetteer } from './gazetteer.js';
import { ruleIndex } from './lexicon-index.js';
import { looseKeyOf } from './match.js';
import { TokenKind } from '../../text/tokens.js';
import { int32s, uint16s } from '../token-lookup/doc-arrays.js';
import { capitalTokens } from '../token-lookup/token-hashes.js';
import { HashBits } from '../token-lookup/hash-bits.js';
import { WordMemo } from '../token-lookup/word-memo.js';
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
  /** The word's transliteration key opens a transliterated name (kept only on a capital or a `LooseLower` word). */
  LooseRoot = 512,
}

/** The gate of one document: bits per token, and the tokens that may open something, in order. */
export interface Gated {
  mask: Uint16Array;
  tokens: Int32Array;
}

interface GateIndex {
  /** Lexicon bits by word hash. */
  bits: HashBits;
  /** Whether a capitalized word's transliteration key opens a transliterated name, remembered by word. */
  looseRoot: WordMemo;
}

let built: GateIndex | null = null;

function index(g: Gazetteer): GateIndex {
  if (built) return built;
  const bits = new HashBits();
  const rules = ruleIndex();
  bits.mark(g.strict.root.keys(), Gate.Name);
  bits.mark(rules.heads.root.keys(), Gate.Head);
  bits.mark(rules.bare.root.keys(), Gate.Bare);
  bits.mark([...Object.keys(namedData.heads), ...Object.keys(namedData.weakHeads)].map(fold), Gate.Named);
  bits.mark(rules.lowerHeads.root.keys(), Gate.Lower);
  bits.mark(rules.counterHeads.root.keys(), Gate.Counter);
  bits.mark(g.demonyms.root.keys(), Gate.Demonym);
  const looseFirst = new Set<string>();
  for (const [, aliases] of g.loose.entries()) for (const a of aliases) looseFirst.add(fold(a.written[0]!));
  bits.mark(looseFirst, Gate.LooseLower);
  const root = g.loose.root;
  built = { bits, looseRoot: new WordMemo((key) => (root.has(looseKeyOf(key)) ? Gate.LooseRoot : 0)) };
  return built;
}

/** Bits a rule starts from: a token with none of them (a capitalized word that opens no name) is left out of the list. */
const RULE_BITS = Gate.Name | Gate.Head | Gate.Bare | Gate.Named | Gate.Lower | Gate.Counter | Gate.Demonym | Gate.LooseLower | Gate.LooseRoot;

/** Per token, the lexicons that may start there (a `Gate` bit mask; a bit may be set in vain, never missing). */
export function gateTokens(view: TokenView, g: Gazetteer): Gated {
  const { bits: table, looseRoot } = index(g);
  const doc = view.doc;
  const hashes = view.hashes;
  const kind = view.tokens.kind;
  const capitals = capitalTokens(doc);
  const mask = uint16s(view.tokens, view.count);
  const list = int32s(view.tokens, view.count);
  let n = 0;
  let c = 0;
  for (let i = view.first; i < view.count; i++) {
    if (kind[i] === TokenKind.Punct) continue;
    const h = hashes[i]!;
    let bits = table.get(h);
    while (c < capitals.length && capitals[c]! < i) c++;
    if (c < capitals.length && capitals[c] === i) bits |= Gate.Upper;
    // A transliterated name starts with a capital or with a common noun that opens one.
    if ((bits & (Gate.Upper | Gate.LooseLower)) !== 0) bits |= looseRoot.token(doc, i, h);
    if (bits === 0) continue;
    mask[i] = bits;
    if ((bits & RULE_BITS) !== 0) list[n++] = i;
  }
  return { mask, tokens: list.subarray(0, n) };
}
