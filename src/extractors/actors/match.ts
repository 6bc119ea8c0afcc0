/**
 * Longest match of the gazetteer at one token: walk the strict trie on
 * folded words and the loose trie on transliteration keys, skipping glue
 * (apostrophes, hyphens) and `al`/`el` particles, and keep the longest alias
 * whose capitalization the text honours.
 */
import { translitKey } from '../../text/translit.js';
import { hashKey } from '../token-lookup/hash.js';
import { hashTrie, type HashNode } from './hash-trie.js';
import type { Gazetteer } from './gazetteer.js';
import type { WordTrie } from './trie.js';
import { CaseRule, type Alias } from './types.js';
import type { TokenView } from './view.js';
import { ownString } from '../../text/own-string.js';

export interface NameMatch {
  /** Tokens `[start, end)`, a leading `al-` particle included. */
  start: number;
  end: number;
  alias: Alias;
}

// Loose key hash by strict key hash: one translitKey per distinct word, not per token.
const looseHashes = new Map<number, number>();
const LOOSE_CACHE_LIMIT = 50_000;

function looseHash(view: TokenView, i: number): number {
  const h = view.hash(i);
  let v = looseHashes.get(h);
  if (v === undefined) {
    if (looseHashes.size >= LOOSE_CACHE_LIMIT) looseHashes.clear();
    v = hashKey(looseKeyOf(view.key(i)));
    looseHashes.set(h, v);
  }
  return v;
}

/** The next token a multi-word name may continue on: not glue, not a particle, same line. */
function nextWord(view: TokenView, i: number): number {
  let j = view.next(i);
  while (j >= 0 && view.isParticle(j)) j = view.next(j);
  return j;
}

/** `strict`/`loose`: whether to try each trie (the caller may know that one cannot match here). */
export function matchNameAt(view: TokenView, g: Gazetteer, s: number, strict = true, loose = true): NameMatch | null {
  if (!view.isWord(s) || view.isParticle(s)) return null;
  let end = -1;
  let alias: Alias | null = null;
  if (strict && walk(view, g.strict, s, false)) {
    end = found.end;
    alias = found.alias;
  }
  if (loose && walk(view, g.loose, s, true) && found.end > end) {
    end = found.end;
    alias = found.alias;
  }
  if (!alias) return null;
  return { start: withParticle(view, s), end, alias };
}

/** Token positions of the words matched so far (names are short; reused between calls). */
const WORDS = new Int32Array(64);

const NODES: HashNode<Alias>[] = [];

/** The last walk's match, when it returned true (no object per walk). */
const found: { end: number; alias: Alias | null } = { end: -1, alias: null };

function walk(view: TokenView, trie: WordTrie<Alias>, s: number, loose: boolean): boolean {
  let level: Map<number, HashNode<Alias>> = hashTrie(trie);
  let matched = false;
  let n = 0;
  for (let i = s; n < WORDS.length; ) {
    const node = level.get(loose ? looseHash(view, i) : view.hash(i));
    if (!node) break;
    NODES[n] = node;
    WORDS[n++] = i;
    if (node.values.length > 0 && keysHold(view, n, loose)) {
      for (const a of node.values) {
        if (casesHold(view, a, n)) {
          found.end = i + 1;
          found.alias = a;
          matched = true;
          break;
        }
      }
    }
    if (!node.next) break;
    level = node.next;
    i = nextWord(view, i);
    if (i < 0) break;
  }
  return matched;
}

/** The words walked by hash are the words of the name (a hash may collide; keys do not). */
function keysHold(view: TokenView, n: number, loose: boolean): boolean {
  for (let k = 0; k < n; k++) {
    if (loose ? looseKeyOf(view.key(WORDS[k]!)) !== NODES[k]!.key : !view.keyIs(WORDS[k]!, NODES[k]!.key)) return false;
  }
  return true;
}

const looseKeys = new Map<string, string>();

export function looseKeyOf(key: string): string {
  let v = looseKeys.get(key);
  if (v === undefined) {
    if (looseKeys.size >= LOOSE_CACHE_LIMIT) looseKeys.clear();
    v = translitKey(key);
    looseKeys.set(ownString(key), v);
  }
  return v;
}

function casesHold(view: TokenView, alias: Alias, n: number): boolean {
  const cases = alias.cases;
  for (let k = 0; k < n; k++) {
    const rule = cases[k];
    if (rule === CaseRule.Any) continue;
    const w = WORDS[k]!;
    // `brigades du Hezbollah`, `organisation Badr`: a capitalized common noun may open a name in lower case
    // when a later word of the name keeps its capital.
    if (rule === CaseRule.Initial && !view.upperInitial(w) && !(k === 0 && laterCapital(cases))) return false;
    if (rule === CaseRule.Upper) {
      const raw = view.raw(w);
      if (raw !== alias.written[k] && raw !== raw.toUpperCase()) return false;
    }
  }
  return true;
}

function laterCapital(cases: readonly CaseRule[]): boolean {
  for (let i = 1; i < cases.length; i++) if (cases[i] !== CaseRule.Any) return true;
  return false;
}

/** `al-Hachd`, `Al Qaïda`: the particle before the first word belongs to the name. */
function withParticle(view: TokenView, s: number): number {
  const t = view.tokens;
  if (s - 2 >= view.first && view.isGlue(s - 1) && view.keyIs(s - 1, '-') && view.isParticle(s - 2) && t.end[s - 2] === t.start[s - 1] && t.end[s - 1] === t.start[s]) return s - 2;
  if (s - 1 >= view.first && view.isParticle(s - 1) && view.upperInitial(s - 1) && !view.breakBefore(s)) return s - 1;
  return s;
}
