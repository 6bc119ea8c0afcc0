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
import { HashBits } from '../actors/hash-bits.js';
import { tokenHashes } from '../actors/token-hashes.js';
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

const cache = new WeakMap<Tokens, Uint8Array>();

/** `WordClass` bits of every word token (0 for punctuation). */
export function wordClasses(doc: Doc): Uint8Array {
  const t = doc.tokens;
  let out = cache.get(t);
  if (out) return out;
  const bits = classTable();
  const hashes = tokenHashes(doc);
  out = new Uint8Array(t.count);
  const kind = t.kind;
  for (let i = 0; i < t.count; i++) if (kind[i] !== TokenKind.Punct) out[i] = bits.get(hashes[i]!);
  cache.set(t, out);
  return out;
}
