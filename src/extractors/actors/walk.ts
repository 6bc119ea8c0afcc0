/**
 * Longest match of a word trie at a token, on folded keys, skipping glue.
 */
import type { WordTrie } from './trie.js';
import type { TokenView } from './view.js';

export interface TrieHit<V> {
  /** Token after the last matched word. */
  end: number;
  values: V[];
}

export function longestAt<V>(view: TokenView, trie: WordTrie<V>, s: number): TrieHit<V> | null {
  if (s < 0 || !view.isWord(s)) return null;
  let level = trie.root;
  let best: TrieHit<V> | null = null;
  for (let i = s; i >= 0; i = view.next(i)) {
    const node = level.get(view.key(i));
    if (!node) break;
    if (node.values.length > 0) best = { end: i + 1, values: node.values };
    if (!node.next) break;
    level = node.next;
  }
  return best;
}
