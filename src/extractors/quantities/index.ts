/**
 * Numbers, troop counts and casualties. Find the number phrases of each
 * sentence (digits, words, collectives, vague plurals, negated tolls), read
 * the head noun each counts and its qualifier, then resolve what it counts
 * from the head and the words around it. Only classified counts are mentions.
 */
import type { Doc } from '../../pipeline/document.js';
import type { QuantityMention } from '../../schema.js';
import { TokenKind } from '../../text/tokens.js';
import type { Extractor } from '../types.js';
import { wordsOf, type Words } from '../words.js';
import { readHead } from './head.js';
import { resolveKind, type Earlier } from './kind.js';
import { quantityLexicon, type QuantityLexicon } from './lexicon.js';
import { readNegation } from './negation.js';
import { readNumber, type NumberContext, type NumberPhrase } from './number-phrase.js';
import { qualifierAfter, qualifierBefore } from './qualifier.js';

export const quantitiesExtractor: Extractor<'quantities'> = {
  category: 'quantities',
  extract: (doc) => extractQuantities(doc),
};

/** Words after which a number is a rank or a reference, not a count (`numéro deux`, `l'un`). */
const RANKS = new Set(['numero', '°', 'no', 'article', 'page', 'chapitre', 'tome', 'resolution', 'saison', 'episode', 'l']);
/** Words that join an elliptic count to the one it continues (`2.500 soldats en Irak et près de 900 en Syrie`). */
const COORDINATORS = new Set(['et', 'ou', ',', 'dont', 'contre', 'mais', 'que', 'puis', 'soit']);

export function extractQuantities(doc: Doc): QuantityMention[] {
  const words = wordsOf(doc);
  const lex = quantityLexicon();
  const out: QuantityMention[] = [];
  let previousSentence: Earlier | null = null;
  for (let s = 0; s < doc.sentences.length; s++) {
    const floor = words.sentenceStart[s]!;
    const limit = words.sentenceEnd[s]!;
    const ctx = { words, folded: doc.folded, lex, floor, text: doc.text };
    previousSentence = readSentence(ctx, limit, previousSentence, out);
  }
  return out;
}

function readSentence(ctx: NumberContext & { text: string }, limit: number, previousSentence: Earlier | null, out: QuantityMention[]): Earlier | null {
  const { words, lex, floor } = ctx;
  const phrases: NumberPhrase[] = [];
  for (let w = floor; w < limit; ) {
    if (words.kind[w] !== TokenKind.Number && !startsCount(words, lex, w)) {
      w++;
      continue;
    }
    const negated = readNegation(words, lex, w, limit);
    if (negated) {
      out.push(mention(ctx.text, words, negated.start, negated.end, 0, 'exact', negated.kind, negated.rule));
      w = negated.end;
      continue;
    }
    const p = readNumber(ctx, w, limit);
    if (p && (!p.article || mayCountOne(words, lex, p.end))) phrases.push(p);
    w = p ? p.end : w + 1;
  }
  if (phrases.length === 0) return previousSentence;
  const quals = phrases.map((p) => qualifierBefore(words, lex, p.start, floor));
  const heads = phrases.map((p) => readHead(ctx, p, limit));
  // Where counts start, and whether each has a head noun: an elliptic count after a comma is the
  // subject of its own clause (`250 soldats de la base, 30 ont été blessés`), a headed one may be an apposition.
  const countStarts = new Map<number, boolean>();
  phrases.forEach((p, i) => p.article || countStarts.set(quals[i]?.start ?? p.start, heads[i]!.cls !== 'none'));
  let last: Earlier | null = null;
  for (let i = 0; i < phrases.length; i++) {
    const p = phrases[i]!;
    if (p.start > floor && RANKS.has(words.key(p.start - 1))) continue;
    const head = heads[i]!;
    const qual = quals[i];
    const start = qual?.start ?? p.start;
    const partOf = start > floor && words.key(start - 1) === 'dont';
    const continues = head.autres || (head.cls === 'none' && coordinated(words, start, floor));
    const earlier: Earlier | null = continues || partOf ? (last ?? (head.autres ? previousSentence : null)) : last;
    const cls: Earlier['cls'] | 'none' = head.cls === 'none' ? (continues && earlier ? earlier.cls : 'none') : head.cls;
    const res = resolveKind({ words, lex, number: p, head, cls, start, floor, limit, earlier, partOf, countStarts });
    if ((head.cls !== 'none' || continues) && !head.measure) last = { cls: cls === 'none' ? 'unknown' : cls, kind: res?.kind ?? null };
    if (!res) continue;
    const after = head.partitive || head.cls === 'none' ? null : qualifierAfter(words, lex, head.end, limit);
    const qualifier = qual?.qualifier ?? (p.qualifier === 'exact' && after ? after.qualifier : p.qualifier);
    const end = after?.end ?? head.end;
    out.push(mention(ctx.text, words, start, end, p.value, qualifier, res.kind, `${p.rule}/${res.rule}`));
  }
  return last ?? previousSentence;
}

function startsCount(words: Words, lex: QuantityLexicon, w: number): boolean {
  if (!lex.startersFilter.mayBe(words, w)) return false;
  const k = words.key(w);
  if (!lex.starters.has(k)) return false;
  const guard = lex.nextWordGuards.get(k);
  return guard === undefined || guard.has(words.key(w + 1));
}

/** `un` / `une` is an article unless a casualty or a person it may count follows (`un mort`, `un soldat`). */
function mayCountOne(words: Words, lex: QuantityLexicon, next: number): boolean {
  const k = words.key(next);
  if (lex.singular.has(k)) return true;
  const cls = lex.heads.get(k);
  return cls === 'killed' || cls === 'injured';
}

function coordinated(words: Words, start: number, floor: number): boolean {
  let p = start - 1;
  while (p >= floor && (words.key(p) === 'de' || words.key(p) === 'd')) p--;
  return p >= floor && COORDINATORS.has(words.key(p));
}

function mention(
  text: string,
  words: Words,
  startWord: number,
  endWord: number,
  value: number,
  qualifier: QuantityMention['qualifier'],
  kind: QuantityMention['kind'],
  rule: string,
): QuantityMention {
  const start = words.start[startWord]!;
  const end = words.end[endWord - 1]!;
  return { start, end, text: text.slice(start, end), value, qualifier, kind, rule };
}

