/**
 * Which lexicons each word of a document may belong to (demonym, head,
 * locative, title...), read once per document from the token hashes: the
 * passes look a word's key up only where its bit is set, so the work grows
 * with the lexicon words of the text, not with its length. A bit may be set
 * in vain (two words may share a cell), never missing: each pass checks the
 * key where the bit says to.
 */
import functionWords from '../../lexicons/fr/function-words.json' with { type: 'json' };
import type { Doc } from '../../pipeline/document.js';
import { TokenKind, type Tokens } from '../../text/tokens.js';
import { currentEpoch, owns, uint8s } from '../token-lookup/doc-arrays.js';
import { HashBits } from '../token-lookup/hash-bits.js';
import { tokenHashes } from '../token-lookup/token-hashes.js';
import { curatedFirstWords } from './gazetteer.js';
import { placeLexicon } from './lexicon.js';
import { articles } from './translit.js';

export const enum WordClass {
  Demonym = 1,
  Head = 2,
  Locative = 4,
  Title = 8,
  FirstName = 16,
  /** An Arabic article (`al`, `el`): see translit.ts. */
  Article = 32,
  CuratedFirst = 64,
  Function = 128,
}

let table: HashBits | null = null;

function classTable(): HashBits {
  if (table) return table;
  const lex = placeLexicon();
  const t = new HashBits();
  t.mark(lex.demonyms.keys(), WordClass.Demonym);
  t.mark(lex.heads.keys(), WordClass.Head);
  t.mark(lex.locatives.keys(), WordClass.Locative);
  t.mark(lex.titles, WordClass.Title);
  t.mark(lex.firstNames, WordClass.FirstName);
  t.mark(articles(), WordClass.Article);
  t.mark(curatedFirstWords(), WordClass.CuratedFirst);
  t.mark(functionWords.french, WordClass.Function);
  table = t;
  return t;
}

let cachedFor: Tokens | null = null;
let cachedEpoch = -1;
let cached: Uint8Array = new Uint8Array(0);
let cachedCurated: number[] = [];

/** `WordClass` bits of every word token (0 for punctuation), valid while `doc` is the document being read. */
export function wordClasses(doc: Doc): Uint8Array {
  const t = doc.tokens;
  if (cachedFor === t && owns(t, cachedEpoch)) return cached;
  const bits = classTable();
  const hashes = tokenHashes(doc);
  const out = uint8s(t, t.count);
  const kind = t.kind;
  const curated: number[] = [];
  for (let i = 0; i < t.count; i++) {
    const k = kind[i];
    if (k === TokenKind.Punct) continue;
    const b = bits.get(hashes[i]!);
    out[i] = b;
    if ((b & WordClass.CuratedFirst) !== 0) curated.push(i);
  }
  cachedFor = t;
  cachedEpoch = currentEpoch();
  cached = out;
  cachedCurated = curated;
  return out;
}



/** The tokens that may open a curated name (`mer`, `territoires`), in order. */
export function curatedFirstTokens(doc: Doc): readonly number[] {
  wordClasses(doc);
  return cachedCurated;
}
