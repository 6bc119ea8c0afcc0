/**
 * Negated tolls are zero (ANNOTATION.md §5): `aucune victime`, `aucun soldat
 * n'a été blessé`, `sans faire de blessés`, `n'a pas fait de victimes`,
 * `ni mort ni blessé`.
 */
import type { QuantityKind } from '../../schema.js';
import type { Words } from '../words.js';
import { cueAfter } from './cues.js';
import type { QuantityLexicon } from './lexicon.js';

export interface Negated {
  start: number;
  end: number;
  kind: QuantityKind;
  rule: string;
}

const MAX_VERBS = 2;
const NO_COUNTS: ReadonlyMap<number, boolean> = new Map();

export function readNegation(words: Words, lex: QuantityLexicon, w: number, limit: number): Negated | null {
  const k = words.key(w);
  if (lex.negationDeterminers.has(k)) return negatedHead(words, lex, w, w + 1, limit, 'negated-determiner');
  if (!lex.negationAdverbs.has(k)) return null;
  let i = w + 1;
  for (let v = 0; v < MAX_VERBS && i < limit && lex.negationVerbs.has(words.key(i)); v++) i++;
  if (i < limit && (words.key(i) === 'de' || words.key(i) === 'd')) i++;
  else if (k !== 'ni' && k !== 'sans') return null;
  return negatedHead(words, lex, w, i, limit, 'negated-adverb');
}

function negatedHead(words: Words, lex: QuantityLexicon, start: number, h: number, limit: number, rule: string): Negated | null {
  if (h >= limit) return null;
  const cls = lex.heads.get(words.key(h));
  if (cls === 'killed' || cls === 'injured') return { start, end: h + 1, kind: cls, rule };
  if (cls !== 'soldier' && cls !== 'person') return null;
  // `aucun soldat n'a été blessé`: people, with what did not happen to them.
  const cue = cueAfter(words, lex, h + 1, h + 1, limit, NO_COUNTS);
  if (cue === 'killed' || cue === 'injured') return { start, end: h + 1, kind: cue, rule };
  return null;
}
