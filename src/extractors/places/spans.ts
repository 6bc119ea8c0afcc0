/**
 * Runs of words a place name can span, read from tokens: words joined by
 * spaces on one line, hyphens (`Tel-Aviv`, `al-Tanf`) or apostrophes (glued
 * `Qa'im`, split after a French elision `d'Erbil`), never across other
 * punctuation. Each word keeps whether the text writes it capitalized.
 */
import type { Doc } from '../../pipeline/document.js';
import { TokenKind } from '../../text/tokens.js';
import { isElision } from './translit.js';
import { isCapital } from '../token-lookup/token-hashes.js';

export interface WordRun {
  /** Folded words, as `wordsOfFolded` gives them for a name. */
  readonly words: string[];
  /** Index of the first token of each word. */
  readonly firstToken: number[];
  /** Index of the last token of each word. */
  readonly lastToken: number[];
  /** Whether each word starts with a capital letter in the text. */
  readonly capital: boolean[];
}

export function isCapitalized(doc: Doc, token: number): boolean {
  return isCapital(doc.text, doc.tokens.start[token]!);
}

function isWordToken(doc: Doc, i: number): boolean {
  const k = doc.tokens.kind[i];
  return k === TokenKind.Word || k === TokenKind.Alnum || k === TokenKind.Number;
}

/** Whether only spaces (no line break) lie between two tokens. */
function spaced(doc: Doc, a: number, b: number): boolean {
  if (doc.tokens.newlineBefore[b]) return false;
  const from = doc.tokens.end[a]!;
  const to = doc.tokens.start[b]!;
  if (to - from > 3) return false;
  for (let p = from; p < to; p++) if (doc.folded.charCodeAt(p) !== 32) return false;
  return to > from;
}

function glued(doc: Doc, a: number, b: number): boolean {
  return doc.tokens.end[a] === doc.tokens.start[b];
}

/** Small words a run of capitalized words goes through (`bande de Gaza`, `Deir ez-Zor`). */
const THROUGH = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'd', 'l', 'e', 'al', 'el', 'ez', 'ed', 'ad', 'as', 'ash', 'ar', 'an', 'at', 'az', 'ach', 'ech', 'bin', 'ben', 'ibn', 'abu']);

/**
 * The run of at most `max` words starting at token `start` (a word token);
 * with `capitalsOnly`, it stops before the first lower-case word that is not
 * a particle.
 */
export function wordRun(doc: Doc, start: number, max: number, capitalsOnly = false): WordRun {
  const run: WordRun = { words: [], firstToken: [], lastToken: [], capital: [] };
  const t = doc.tokens;
  let i = start;
  let glue = false;
  while (i < t.count && isWordToken(doc, i)) {
    if (glue) {
      run.words[run.words.length - 1] += t.key(i);
      run.lastToken[run.lastToken.length - 1] = i;
    } else {
      if (run.words.length === max) break;
      const capital = isCapitalized(doc, i);
      const key = t.key(i);
      if (capitalsOnly && run.words.length > 0 && !capital && !THROUGH.has(key)) break;
      run.words.push(key);
      run.firstToken.push(i);
      run.lastToken.push(i);
      run.capital.push(capital);
    }
    glue = false;
    const next = i + 1;
    if (next >= t.count) break;
    if (isWordToken(doc, next) && spaced(doc, i, next)) {
      i = next;
      continue;
    }
    const sep = glueChar(doc, next);
    if (sep !== 0 && next + 1 < t.count && glued(doc, i, next) && glued(doc, next, next + 1) && isWordToken(doc, next + 1)) {
      glue = sep === APOSTROPHE && !isElision(run.words[run.words.length - 1]!);
      i = next + 1;
      continue;
    }
    break;
  }
  return run;
}

const APOSTROPHE = 39;
const HYPHEN = 45;

/** The code of token `i` when it is a lone `-` or `'`, else 0. */
function glueChar(doc: Doc, i: number): number {
  const t = doc.tokens;
  if (t.kind[i] !== TokenKind.Punct || t.end[i]! - t.start[i]! !== 1) return 0;
  const c = doc.folded.charCodeAt(t.start[i]!);
  return c === APOSTROPHE || c === HYPHEN ? c : 0;
}
