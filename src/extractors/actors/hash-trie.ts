/**
 * A word trie re-keyed by word hashes (../token-lookup/hash.ts), for the walks that run at
 * many tokens: a step costs a number lookup, and the words' keys are
 * compared only when a name is complete.
 */
import { hashKey } from '../token-lookup/hash.js';
import type { TrieNode, WordTrie } from './trie.js';

export interface HashNode<V> {
  /** The word key this step stands for, checked when a match ends here. */
  key: string;
  next: Map<number, HashNode<V>> | null;
  values: V[];
}

export function hashTrie<V>(trie: WordTrie<V>): Map<number, HashNode<V>> {
  return (trie.hashed ??= convert(trie.root));
}

function convert<V>(level: ReadonlyMap<string, TrieNode<V>>): Map<number, HashNode<V>> {
  const out = new Map<number, HashNode<V>>();
  for (const [k, node] of level) {
    const h = hashKey(k);
    // Two keys with one hash at one level: the second is left out (the lexicon test checks there is none).
    if (out.has(h)) continue;
    out.set(h, { key: k, next: node.next ? convert(node.next) : null, values: [...node.values] });
  }
  return out;
}
