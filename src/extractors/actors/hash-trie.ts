/**
 * A word trie re-keyed by word hashes (hash.ts), for the walks that run at
 * many tokens: a step costs a number lookup, and the words' keys are
 * compared only when a name is complete.
 */
import { hashKey } from './hash.js';
import type { WordTrie } from './trie.js';

export interface HashNode<V> {
  /** The word key this step stands for, checked when a match ends here. */
  key: string;
  next: Map<number, HashNode<V>> | null;
  values: V[];
}

export function hashTrie<V>(trie: WordTrie<V>): Map<number, HashNode<V>> {
  let root = trie.hashed;
  if (!root) {
    root = new Map();
    for (const [keys, values] of trie.entries()) {
      let level = root;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        const h = hashKey(k);
        let node = level.get(h);
        // Two keys with one hash at one level: the entry is left out (the lexicon test checks there is none).
        if (node && node.key !== k) break;
        if (!node) level.set(h, (node = { key: k, next: null, values: [] }));
        if (i === keys.length - 1) node.values.push(...values);
        else level = node.next ??= new Map();
      }
    }
    trie.hashed = root;
  }
  return root;
}
