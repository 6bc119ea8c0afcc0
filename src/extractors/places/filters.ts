/**
 * Pass 3: candidates that are not places here. A place word inside an
 * actor's name (`Résistance islamique en Irak`), a person (`Lloyd Austin`, `le général Austin`, then `Austin`
 * alone), a stoplisted word, or a name that is also ordinary French
 * (`Tours`, `Mission`) with no head or locative before it.
 */
import type { Doc } from '../../pipeline/document.js';
import { TokenKind } from '../../text/tokens.js';
import type { Candidate } from './candidate.js';
import { isFrenchWord } from './geonames.js';
import { placeLexicon } from './lexicon.js';
import { isCapitalized } from './spans.js';
import { tokenKeys } from './token-keys.js';
import { isArticle } from './translit.js';

/** Places this populous are known well enough to stand without context even when their name is a French word. */
const WELL_KNOWN = 500000;
const FRENCH_ARTICLES = new Set(['le', 'la', 'les', 'l']);
/** Words that may precede a place with a capital, at a sentence start (`À Bagdad`, `Dans Gaza`). */
const OPENERS = new Set(['a', 'au', 'aux', 'en', 'de', 'des', 'du', 'd', 'dans', 'vers', 'pres', 'depuis', 'sur', 'le', 'la', 'les', 'l', 'et', 'ou', 'entre', 'contre', 'pour', 'par', 'selon']);

export function isPlace(doc: Doc, c: Candidate, surnames: ReadonlySet<string>): boolean {
  if (c.start < doc.bodyStart) return false;
  if (insideActorName(doc, c) || insideWord(doc, c)) return false;
  if (c.entries.some((e) => e.source === 'country')) return true;
  const weak = c.entries.every((e) => e.source === 'geonames');
  const article = c.words.some(isArticle);
  const single = c.words.length - (article ? 1 : 0) === 1;
  const head = c.words.find((w) => !isArticle(w)) ?? c.words[0]!;
  const lex = placeLexicon();
  if (single && !article && (lex.firstNames.has(head) || precededByPersonCue(doc, c))) return false;
  if (single && acronymInText(doc, c)) return false;
  if (!weak) return true;
  if (single && (lex.stoplist.has(head) || surnames.has(head))) return false;
  if (adjacentCapitalized(doc, c)) return false;
  // `La Défense civile`: a name that opens with a French article is words first, unless a locative says otherwise.
  if (FRENCH_ARTICLES.has(c.words[0]!) && c.words.length > 1 && !c.licensed) return false;
  if (single && isFrenchWord(c.words.join(''))) {
    if (startsSentence(doc, c)) return false;
    if (!c.licensed && !c.entries.some((e) => e.population >= WELL_KNOWN)) return false;
  }
  return true;
}

/** Part of a hashtag, handle, link or compound (`#Libération_Palestine`, `pro-Iran`, `Seine-Saint-Denis`). */
function insideWord(doc: Doc, c: Candidate): boolean {
  const before = doc.text[c.start - 1] ?? ' ';
  const after = doc.text[c.end] ?? ' ';
  if ('#_@/'.includes(before) || '_@'.includes(after)) return true;
  const t = doc.tokens;
  const i = c.firstToken;
  // Glued by a hyphen to the word before: `pro-Iran`, or a longer name (`Seine-Saint-Denis`) the index lacks.
  return i >= 2 && tokenKeys(doc)(i - 1) === '-' && t.end[i - 2] === t.start[i - 1] && t.start[i] === t.end[i - 1] && t.kind[i - 2] !== TokenKind.Punct;
}

/** An all-capitals word in a line that has lower-case letters: an acronym or a ship (`EIIL`, `ESSEX`, `AFRIQUE` in a menu). */
function acronymInText(doc: Doc, c: Candidate): boolean {
  const text = doc.text.slice(c.start, c.end);
  if (text.length < 2 || text !== text.toUpperCase()) return false;
  const from = doc.text.lastIndexOf('\n', c.start) + 1;
  let to = doc.text.indexOf('\n', c.end);
  if (to < 0) to = doc.text.length;
  const line = doc.text.slice(from, to);
  return line !== line.toUpperCase();
}

function startsSentence(doc: Doc, c: Candidate): boolean {
  const s = doc.sentenceOfToken[c.firstToken]!;
  const sentence = doc.sentences[s];
  if (!sentence) return true;
  for (let i = sentence.firstToken; i < c.firstToken; i++) if (doc.tokens.kind[i] !== TokenKind.Punct) return false;
  return true;
}

/** `Résistance islamique en Irak`, `gouvernement de Bagdad`, `consulat des États-Unis`. */
function insideActorName(doc: Doc, c: Candidate): boolean {
  const tk = tokenKeys(doc);
  let i = c.firstToken - 1;
  if (i >= 0 && tk(i) === "'") i--;
  if (i < 0) return false;
  const leads = placeLexicon().actorLeads.get(tk(i));
  if (!leads) return false;
  for (const lead of leads) if (wordsEndAt(doc, i, lead)) return true;
  return false;
}

/** Whether the words `seq` end at token `i` (apostrophes and hyphens skipped). */
export function wordsEndAt(doc: Doc, i: number, seq: readonly string[]): boolean {
  const t = doc.tokens;
  const tk = tokenKeys(doc);
  let j = i;
  for (let w = seq.length - 1; w >= 0; w--) {
    while (j >= 0 && t.kind[j] === TokenKind.Punct && (tk(j) === "'" || tk(j) === '-')) j--;
    if (j < 0 || tk(j) !== seq[w]) return false;
    j--;
  }
  return true;
}

function previousWord(doc: Doc, c: Candidate): number {
  const i = c.firstToken - 1;
  if (i < 0 || doc.tokens.newlineBefore[c.firstToken] || doc.tokens.kind[i] !== TokenKind.Word) return -1;
  return i;
}

/** `le général Austin`, `Joe Biden`. */
function precededByPersonCue(doc: Doc, c: Candidate): boolean {
  const i = previousWord(doc, c);
  if (i < 0) return false;
  const lex = placeLexicon();
  const k = tokenKeys(doc)(i);
  return lex.titles.has(k) || lex.firstNames.has(k);
}

/** A capitalized word right before or after, with only a space between: a longer proper name (`Lloyd Austin`). */
function adjacentCapitalized(doc: Doc, c: Candidate): boolean {
  const t = doc.tokens;
  const i = previousWord(doc, c);
  if (i >= 0 && t.end[i]! < t.start[c.firstToken]! && isCapitalized(doc, i) && !OPENERS.has(tokenKeys(doc)(i))) return true;
  const j = c.lastToken + 1;
  if (j < t.count && !t.newlineBefore[j] && t.kind[j] === TokenKind.Word && t.end[c.lastToken]! < t.start[j]! && isCapitalized(doc, j)) {
    const gap = doc.text.slice(t.end[c.lastToken]!, t.start[j]!);
    return gap.trim() === '';
  }
  return false;
}
