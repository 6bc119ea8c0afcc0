/**
 * A one-word name inside a person's name is not an actor: `Israël Katz`,
 * `Richard Wagner`. Read from capitals around the word, except on lines
 * written in title case, where every word has one.
 */
import namedData from './lexicon/named.json' with { type: 'json' };
import type { TokenView } from './view.js';
import { TokenKind } from '../../text/tokens.js';

const FUNCTION_WORDS = new Set([...namedData.stopWords, ...namedData.connectors, 'le', 'la', 'les', 'l', 'de', 'du', 'des', 'd', 'contre', 'selon']);
/** Share of capitalized words from which a line is in title case. */
const TITLE_CASE_SHARE = 0.8;

/** Whether the one-word name at token `s` is glued to a capitalized word that is not a function word. */
export function inPersonName(view: TokenView, s: number, end: number, nameStartAt: (i: number) => boolean): boolean {
  const before = s - 1;
  if (before >= view.first && capitalizedWord(view, before, s) && !sentenceStart(view, before) && !nameStartAt(before)) return !titleCase(view, s);
  if (end >= view.count || !capitalizedWord(view, end, end) || nameStartAt(end)) return false;
  // `Israël Katz`, but not `l'Otan Mark Rutte`: a first name takes no article.
  const p = view.prev(s);
  return !(p >= 0 && ARTICLES.has(view.word(p))) && !titleCase(view, s);
}

const ARTICLES = new Set(['le', 'la', 'les', "l'", 'du', 'des', 'au', 'aux']);

/** Token `i` is a capitalized word separated from `s` by one space on the same line. */
function capitalizedWord(view: TokenView, i: number, s: number): boolean {
  const t = view.tokens;
  if (t.kind[i] !== TokenKind.Word || !view.upperInitial(i) || view.breakBefore(Math.max(i, s))) return false;
  const gap = i < s ? t.start[s]! - t.end[i]! : t.start[i]! - t.end[i - 1]!;
  if (gap !== 1) return false;
  const raw = view.raw(i);
  // An acronym (`AFRIQUE`, `AFP`) or a function word is not part of a person's name.
  return raw !== raw.toUpperCase() && !FUNCTION_WORDS.has(view.key(i));
}

function sentenceStart(view: TokenView, i: number): boolean {
  const s = view.doc.sentences[view.sentence(i)];
  return !s || s.firstToken === i || view.prev(i) < 0;
}

const titleCache = new WeakMap<TokenView, Map<number, boolean>>();

function titleCase(view: TokenView, i: number): boolean {
  let cache = titleCache.get(view);
  if (!cache) titleCache.set(view, (cache = new Map()));
  const sentence = view.sentence(i);
  let v = cache.get(sentence);
  if (v === undefined) {
    const s = view.doc.sentences[sentence];
    let words = 0;
    let capitals = 0;
    for (let j = s?.firstToken ?? i; j < (s?.endToken ?? i + 1); j++) {
      if (view.tokens.kind[j] !== TokenKind.Word || view.tokens.end[j]! - view.tokens.start[j]! < 4) continue;
      words++;
      if (view.upperInitial(j)) capitals++;
    }
    v = words >= 4 && capitals >= words * TITLE_CASE_SHARE;
    cache.set(sentence, v);
  }
  return v;
}
