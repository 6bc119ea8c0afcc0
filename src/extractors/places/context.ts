/**
 * Pass 2: what the words around a name say. A head (`la province syrienne
 * de X`, `la base aérienne d'X`, `le quartier de X`) gives the kind, maybe a
 * country, and makes a capitalized unknown X a place; a locative (`près de
 * X`, `au sud de X`, `à X`) does the same with less certainty. Names of pass
 * 1 are annotated; names the index lacks are added with no entries.
 */
import type { Doc } from '../../pipeline/document.js';
import { TokenKind } from '../../text/tokens.js';
import type { Candidate } from './candidate.js';
import { isFrenchWord } from './geonames.js';
import { placeLexicon, type Head } from './lexicon.js';
import { tokensBeforeCapitals } from './capitals.js';
import { isCapitalized, wordRun, type WordRun } from './spans.js';
import { tokenKeys } from './token-keys.js';
import { isArticle } from './translit.js';
import { WordClass, wordClasses } from './word-classes.js';

const MAX_NAME_WORDS = 5;
/** Words an unknown name may hold uncapitalized between capitalized ones (`Boucle du Mouhoun`). */
const INNER = new Set(['de', 'du', 'des', 'la', 'le', 'd', 'l']);

export function applyContext(doc: Doc, named: Candidate[]): Candidate[] {
  const lex = placeLexicon();
  const byStart = new Map<number, Candidate>();
  for (const c of named) byStart.set(c.firstToken, c);
  const added: Candidate[] = [];
  const tk = tokenKeys(doc);
  const classes = wordClasses(doc);
  for (const i of tokensBeforeCapitals(doc)) {
    if ((classes[i]! & (WordClass.Head | WordClass.Locative)) === 0) continue;
    const key = tk(i);
    const heads = lex.heads.get(key);
    const locatives = lex.locatives.get(key);
    if (!heads && !locatives) continue;
    if (heads) for (const h of heads) if (applyHead(doc, i, h, byStart, added)) break;
    if (locatives) applyLocative(doc, i, locatives, byStart, added);
  }
  return [...named, ...added].sort((a, b) => a.start - b.start);
}

function startsWith(run: WordRun, words: readonly string[], at = 0): boolean {
  if (run.words.length < at + words.length) return false;
  for (let w = 0; w < words.length; w++) if (run.words[at + w] !== words[w]) return false;
  return true;
}

function applyHead(doc: Doc, i: number, head: Head, byStart: Map<number, Candidate>, added: Candidate[]): boolean {
  const lex = placeLexicon();
  const run = wordRun(doc, i, head.words.length + 8);
  if (!startsWith(run, head.words)) return false;
  let at = head.words.length;
  let country: string | null = null;
  while (at < run.words.length && (lex.adjectives.has(run.words[at]!) || lex.demonyms.has(run.words[at]!)) && !run.capital[at]) {
    country = lex.demonyms.get(run.words[at]!) ?? country;
    at++;
  }
  const prep = lex.prepositions.find((p) => startsWith(run, p, at));
  if (prep) at += prep.length;
  else if (head.kind !== 'site') return false;
  if (at >= run.words.length) return false;
  let first = run.firstToken[at]!;
  const rule = `context:${head.words.join('-')}`;
  for (let n = 0; n < 4; n++) {
    const c = placeAt(doc, first, byStart, added, rule, false);
    if (!c) return n > 0;
    // `base`, `zone`, `secteur` are also common nouns (`les bases de la Constitution`): they license no French word.
    if (head.kind !== 'site') c.licensed = true;
    c.kind = head.kind;
    c.countryHint ??= country;
    if (head.includeHead && n === 0) c.headStart = doc.tokens.start[i]!;
    // `les localités de Konkoro et de Dédougou`: the head governs both names.
    const next = coordinated(doc, c.lastToken + 1);
    if (next < 0) return true;
    first = next;
  }
  return true;
}

/** After `et`, `et de`, `et d'`, the token of the next name, or -1. */
function coordinated(doc: Doc, i: number): number {
  const t = doc.tokens;
  const tk = tokenKeys(doc);
  if (i >= t.count || tk(i) !== 'et') return -1;
  let j = i + 1;
  if (j < t.count && (tk(j) === 'de' || tk(j) === 'du')) j++;
  else if (j + 1 < t.count && tk(j) === 'd' && tk(j + 1) === "'") j += 2;
  return j < t.count && isCapitalized(doc, j) ? j : -1;
}

function applyLocative(doc: Doc, i: number, locatives: readonly (readonly string[])[], byStart: Map<number, Candidate>, added: Candidate[]): void {
  // The longest locative and one word of the name: no further word is read.
  const run = wordRun(doc, i, locatives[0]!.length + 1);
  for (const loc of locatives) {
    if (!startsWith(run, loc) || run.words.length <= loc.length) continue;
    // `a` is the preposition only when the text writes `à`.
    if (loc.length === 1 && loc[0] === 'a' && doc.text[doc.tokens.start[i]!] !== 'à' && doc.text[doc.tokens.start[i]!] !== 'À') continue;
    const c = placeAt(doc, run.firstToken[loc.length]!, byStart, added, 'context:locative', true);
    if (c) c.licensed = true;
    return;
  }
}

/** The candidate at token `first`: a pass-1 name, or a new capitalized unknown name. */
function placeAt(doc: Doc, first: number, byStart: Map<number, Candidate>, added: Candidate[], rule: string, weak: boolean): Candidate | null {
  const known = byStart.get(first);
  const run = wordRun(doc, first, MAX_NAME_WORDS + 1);
  let n = 0;
  while (n < run.words.length && n < MAX_NAME_WORDS) {
    const w = run.words[n]!;
    const inner = (INNER.has(w) || isArticle(w)) && n + 1 < run.words.length && run.capital[n + 1];
    if (!run.capital[n] && !inner) break;
    n++;
  }
  if (n === 0 || (!run.capital[0] && !(isArticle(run.words[0]!) && run.capital[1]))) return known ?? null;
  const last = run.lastToken[n - 1]!;
  // A known name wins, unless only GeoNames knows it and the capitalized run goes on (`Tell` of `Tell Beydar`).
  if (known && (known.lastToken >= last || known.entries.some((e) => e.source !== 'geonames'))) return known;
  const words = run.words.slice(0, n);
  if (!plausibleName(doc, run, words)) return known ?? null;
  if (weak && !endsClause(doc, last + 1)) return known ?? null;
  // `la Constitution irakienne`, `l'Armée syrienne`: a common noun qualified, not a place.
  if (last + 1 < doc.tokens.count && placeLexicon().demonyms.has(tokenKeys(doc)(last + 1))) return known ?? null;
  const c: Candidate = {
    firstToken: first,
    lastToken: last,
    start: doc.tokens.start[first]!,
    end: doc.tokens.end[last]!,
    words,
    entries: [],
    rule,
    kind: null,
    headStart: null,
    countryHint: null,
    licensed: true,
  };
  byStart.set(first, c);
  added.push(c);
  return c;
}

/** An unknown name is not a common word, a person's first name, an acronym or a demonym. */
function plausibleName(doc: Doc, run: WordRun, words: string[]): boolean {
  const lex = placeLexicon();
  const head = words.find((w) => !isArticle(w) && !INNER.has(w)) ?? words[0]!;
  if (lex.stoplist.has(head) || lex.firstNames.has(head) || lex.titles.has(head) || lex.demonyms.has(head)) return false;
  if (words.length === 1 && isFrenchWord(head)) return false;
  const text = doc.text.slice(doc.tokens.start[run.firstToken[0]!]!, doc.tokens.end[run.lastToken[words.length - 1]!]!);
  // All capitals and short: an acronym (`US`, `EI`, `FDS`), not a place.
  return !(text.length <= 5 && text === text.toUpperCase());
}

/** A weakly cued name must end its phrase: punctuation, a line end, or a lower-case word. */
function endsClause(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  if (i >= t.count || t.newlineBefore[i]) return true;
  if (t.kind[i] === TokenKind.Punct) return true;
  return !isCapitalized(doc, i);
}
