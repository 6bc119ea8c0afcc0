/**
 * Longest match of a word trie at a token, skipping glue: stepped by word
 * hashes (no string per token), the keys checked once a match is complete.
 */
import { hashTrie, type HashNode } from './hash-trie.js';
import type { WordTrie } from './trie.js';
import type { TokenView } from './view.js';

export interface TrieHit<V> {
  /** Token after the last matched word. */
  end: number;
  values: V[];
}

const WORDS = new Int32Array(64);
const NODES: HashNode<unknown>[] = [];

export function longestAt<V>(view: TokenView, trie: WordTrie<V>, s: number): TrieHit<V> | null {
  if (s < 0 || !view.isWord(s)) return null;
  let level: Map<number, HashNode<V>> = hashTrie(trie);
  let end = -1;
  let values: V[] | null = null;
  let n = 0;
  for (let i = s; n < WORDS.length; ) {
    const node: HashNode<V> | undefined = level.get(view.hash(i));
    if (!node) break;
    NODES[n] = node as HashNode<unknown>;
    WORDS[n++] = i;
    if (node.values.length > 0 && keysHold(view, n)) {
      end = i + 1;
      values = node.values;
    }
    if (!node.next) break;
    level = node.next;
    i = view.next(i);
    if (i < 0) break;
  }
  return values ? { end, values } : null;
}

function keysHold(view: TokenView, n: number): boolean {
  for (let k = 0; k < n; k++) if (!view.keyIs(WORDS[k]!, NODES[k]!.key)) return false;
  return true;
}
