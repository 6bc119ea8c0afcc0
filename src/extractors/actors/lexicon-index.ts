/**
 * Word tries over the rule lexicons (institution heads, modifiers, bare
 * nouns), built once at first use.
 */
import bareData from './lexicon/bare.json' with { type: 'json' };
import institutionsData from './lexicon/institutions.json' with { type: 'json' };
import namedData from './lexicon/named.json' with { type: 'json' };
import { aliasWords } from './alias-keys.js';
import { WordTrie } from './trie.js';
import type { AliasWords } from './alias-keys.js';

export interface HeadSpec {
  words: string;
  bare?: boolean;
  bareModifiers?: string[];
  bareWithName?: boolean;
  bareNearOnly?: boolean;
  nounPosition?: boolean;
  extend?: boolean;
  titleWords?: string[];
  bareNotAfter?: string[];
}

export interface BareSpec {
  words: string;
  after?: string[];
  notBefore?: string[];
  demonym?: 'required' | 'optional';
  resolve: { tag?: string; kind?: string; fallback: string | null };
}

export interface RuleIndex {
  heads: WordTrie<HeadSpec>;
  modifiers: WordTrie<string>;
  bareModifiers: Map<HeadSpec, WordTrie<string>>;
  bare: WordTrie<{ spec: BareSpec; words: AliasWords }>;
  bareAfter: Map<BareSpec, WordTrie<string>>;
  counterHeads: WordTrie<string>;
  counterModifiers: WordTrie<string>;
  counterTails: WordTrie<string>;
  lowerHeads: WordTrie<string>;
}

let built: RuleIndex | null = null;

export function ruleIndex(): RuleIndex {
  return (built ??= build());
}

function phraseTrie(phrases: readonly string[]): WordTrie<string> {
  const t = new WordTrie<string>();
  for (const p of phrases) t.add(aliasWords(p).keys, p);
  return t;
}

function build(): RuleIndex {
  const heads = new WordTrie<HeadSpec>();
  const bareModifiers = new Map<HeadSpec, WordTrie<string>>();
  for (const h of institutionsData.heads as HeadSpec[]) {
    heads.add(aliasWords(h.words).keys, h);
    if (h.bareModifiers) bareModifiers.set(h, phraseTrie(h.bareModifiers));
  }
  const bare = new WordTrie<{ spec: BareSpec; words: AliasWords }>();
  const bareAfter = new Map<BareSpec, WordTrie<string>>();
  for (const b of bareData.nouns as BareSpec[]) {
    const words = aliasWords(b.words);
    bare.add(words.keys, { spec: b, words });
    if (b.after) bareAfter.set(b, phraseTrie(b.after));
  }
  const ct = namedData.counterTerror;
  return {
    heads,
    modifiers: phraseTrie(institutionsData.modifiers),
    bareModifiers,
    bare,
    bareAfter,
    counterHeads: phraseTrie(ct.heads),
    counterModifiers: phraseTrie(ct.modifiers),
    counterTails: phraseTrie(ct.tails),
    lowerHeads: phraseTrie(Object.keys(namedData.lowerHeads)),
  };
}
