/**
 * Find: the head noun a number counts, and the words the mention keeps after
 * it (`3.500 militaires étrangers`, `11 soldats tués`, `deux missiles S5`).
 * No head (`près de 900 en Syrie`) is an elliptic count; `50 des 60 missiles`
 * is a partitive that counts what the second number counts.
 */
import { TokenKind } from '../../text/tokens.js';
import type { Words } from '../words.js';
import type { HeadClass, QuantityLexicon } from './lexicon.js';
import { readNumber, type NumberContext, type NumberPhrase } from './number-phrase.js';

export interface Head {
  /** `none`: no head noun (elliptic); `unknown`: a noun that is not counted (`22 pays`). */
  cls: HeadClass | 'unknown' | 'none';
  key: string;
  /** Word after the mention. */
  end: number;
  /** Word after the head noun, before the words attached to it (where its predicate may start). */
  nounEnd: number;
  /** A measure (`40 jours`, `3,5 %`): not a count, and not one a later count continues. */
  measure: boolean;
  /** `deux autres`: the count continues an earlier one. */
  autres: boolean;
  /** A nationality noun (`2500 Américains`). */
  demonym: boolean;
  /** `50 des 60 missiles`: the mention is the first number alone. */
  partitive: boolean;
  /** `100 morts et blessés`: a combined toll, neither killed nor injured. */
  combined: boolean;
}

export function readHead(ctx: NumberContext & { text: string }, p: NumberPhrase, limit: number): Head {
  const { words, lex } = ctx;
  const keys = (i: number): string => words.key(i);
  let w = p.end;
  const head = (cls: Head['cls'], key: string, end: number, extra?: Partial<Head>): Head => {
    const h: Head = { cls, key, end, nounEnd: end, measure: false, autres: false, demonym: false, partitive: false, combined: false };
    return extra ? Object.assign(h, extra) : h;
  };
  if (p.takesDe) {
    if (w < limit && (keys(w) === 'de' || keys(w) === 'd')) w++;
    else return head('none', '', p.end);
  }
  let autres = false;
  while (w < limit && (keys(w) === '"' || lex.preHeadAdjectives.has(keys(w)))) {
    if (keys(w) === 'autres') autres = true;
    w++;
  }
  const bare = autres ? lastAutres(keys, p.end, w) : p.end;
  if (w >= limit) return head('none', '', bare, { autres });
  if (lex.unitSymbols.has(keys(w)) || lex.unitWords.at(words, w, limit)) return head('unknown', keys(w), w + 1, { measure: true });
  if (isPartitive(ctx, w, limit)) {
    const inner = readNumber(ctx, w + 1, limit);
    const innerHead = inner ? readHead(ctx, inner, limit) : null;
    return head(innerHead ? innerHead.cls : 'unknown', innerHead?.key ?? '', p.end, { partitive: true });
  }
  if (lex.notHeads.at(words, w, limit)) return head('unknown', keys(w), w + 1, { combined: true });
  const first = keys(w);
  const two = w + 1 < limit && lex.twoWordHeadStarts.has(first) ? `${first} ${keys(w + 1)}` : '';
  const twoCls = two ? lex.heads.get(two) : undefined;
  const oneCls = lex.heads.get(first);
  const demonym = !twoCls && !oneCls && isCapitalized(ctx.text, words.start[w]!) && lex.demonyms.has(first);
  const cls = twoCls ?? oneCls ?? (demonym ? 'fighter' : undefined);
  if (cls) {
    const nounEnd = w + (twoCls ? 2 : 1);
    return head(cls, twoCls ? two : first, attachAfter(words, lex, nounEnd, limit, cls), { nounEnd, autres, demonym });
  }
  if (words.kind[w] === TokenKind.Word && !lex.ellipticFollowers.has(keys(w))) return head('unknown', keys(w), w + 1);
  if (words.kind[w] === TokenKind.Number || words.kind[w] === TokenKind.Alnum) return head('unknown', keys(w), w + 1);
  return head('none', '', bare, { autres });
}

function lastAutres(keys: (i: number) => string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (keys(i) === 'autres') return i + 1;
  return from;
}

function isPartitive({ words, lex }: NumberContext, w: number, limit: number): boolean {
  const k = words.key(w);
  if ((k !== 'des' && k !== 'd') || w + 1 >= limit) return false;
  const n = words.key(w + 1);
  return words.kind[w + 1] === TokenKind.Number || lex.units.has(n) && n !== 'un' && n !== 'une' || lex.teens.has(n) || lex.tens.has(n);
}

function attachAfter(words: Words, lex: QuantityLexicon, w: number, limit: number, cls: HeadClass): number {
  let end = w;
  while (end < limit && end < w + 3) {
    const k = words.key(end);
    const model = cls === 'count' && words.kind[end] === TokenKind.Alnum;
    if (!lex.attachedAfter.has(k) && !lex.demonyms.has(k) && !model) break;
    end++;
  }
  return end;
}

function isCapitalized(text: string, offset: number): boolean {
  const c = text[offset]!;
  return c !== c.toLowerCase();
}
