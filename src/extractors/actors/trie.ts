/**
 * A trie over word keys: longest match of a lexicon over a token sequence
 * with one Map lookup per word.
 */
import type { HashNode } from './hash-trie.js';

export interface TrieNode<V> {
  next: Map<string, TrieNode<V>> | null;
  values: V[];
}

export class WordTrie<V> {
  readonly root: Map<string, TrieNode<V>> = new Map();
  /** The same trie keyed by word hashes (hash-trie.ts), built at its first walk. */
  hashed: Map<number, HashNode<V>> | null = null;

  add(keys: readonly string[], value: V): void {
    if (keys.length === 0) return;
    this.hashed = null;
    let level = this.root;
    let node: TrieNode<V> | undefined;
    for (let i = 0; i < keys.length; i++) {
      node = level.get(keys[i]!);
      if (!node) {
        node = { next: null, values: [] };
        level.set(keys[i]!, node);
      }
      if (i < keys.length - 1) level = node.next ??= new Map();
    }
    node!.values.push(value);
  }

  /** Every stored key sequence with its values. */
  *entries(): Generator<[string[], V[]]> {
    const stack: [Map<string, TrieNode<V>>, string[]][] = [[this.root, []]];
    while (stack.length > 0) {
      const [level, path] = stack.pop()!;
      for (const [k, node] of level) {
        const keys = [...path, k];
        if (node.values.length > 0) yield [keys, node.values];
        if (node.next) stack.push([node.next, keys]);
      }
    }
  }

  /** Every value stored under exactly these keys. */
  get(keys: readonly string[]): V[] {
    let level: Map<string, TrieNode<V>> | null = this.root;
    let node: TrieNode<V> | undefined;
    for (const k of keys) {
      node = level?.get(k);
      if (!node) return [];
      level = node.next;
    }
    return node?.values ?? [];
  }
}
