/**
 * Sentence splitting over tokens. A line break always ends a sentence (a line
 * of scraped news is a paragraph); inside a line, `.`, `!`, `?` and `…` end one
 * when the next word opens a new sentence, except after an abbreviation or an
 * initial. Numbers such as `2.500` are single tokens and never split.
 */
import abbreviations from '../lexicons/fr/abbreviations.json' with { type: 'json' };
import type { SentenceRole } from '../schema.js';
import { lineRole } from './boilerplate.js';
import { TokenKind, type Tokens } from './tokens.js';

export interface SentenceInfo {
  index: number;
  /** Offsets in the plain text. */
  start: number;
  end: number;
  /** Tokens `[firstToken, endToken)`. */
  firstToken: number;
  endToken: number;
  /** Index of the line (paragraph) the sentence belongs to. */
  paragraph: number;
  role: SentenceRole;
}

const ABBREVIATIONS = new Set(abbreviations.words);
/**
 * No sentence is longer than this many tokens: a run of text without
 * punctuation (a scraped list, adversarial input) is cut, at a comma when
 * there is one late enough, so that no later stage works on an unbounded span.
 */
export const MAX_SENTENCE_TOKENS = 240;
const SOFT_CUT_FROM = 160;
/** `.`, `!`, `?`, `…`: a punctuation token is one character, read by its folded code. */
function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}
/** `"`, `)`, `]` (folding made `»` a `"`). */
const CLOSERS = new Set([34, 41, 93]);

export function splitSentences(text: string, folded: string, tokens: Tokens, bodyStart: number): SentenceInfo[] {
  const out: SentenceInfo[] = [];
  let i = tokens.indexAt(bodyStart);
  let paragraph = 0;
  while (i < tokens.count) {
    let j = i + 1;
    while (j < tokens.count && tokens.newlineBefore[j] === 0) j++;
    const lineStart = tokens.start[i]!;
    const lineEnd = tokens.end[j - 1]!;
    const role = lineRole(folded.slice(lineStart, lineEnd));
    splitLine(text, folded, tokens, i, j, paragraph, role, out);
    paragraph++;
    i = j;
  }
  return out;
}

function splitLine(
  text: string,
  folded: string,
  tokens: Tokens,
  from: number,
  to: number,
  paragraph: number,
  role: SentenceRole,
  out: SentenceInfo[],
): void {
  const { kind, start } = tokens;
  let first = from;
  for (let i = from; i < to; i++) {
    if (kind[i] !== TokenKind.Punct || !isTerminal(folded.charCodeAt(start[i]!))) continue;
    let last = i;
    while (last + 1 < to && kind[last + 1] === TokenKind.Punct && (isTerminal(folded.charCodeAt(start[last + 1]!)) || isCloser(text, folded, tokens, last + 1))) last++;
    const next = last + 1;
    if (next >= to) break;
    if (!opensSentence(text, tokens, next)) continue;
    if (folded.charCodeAt(start[i]!) === 46 && isAbbreviation(text, tokens, i - 1, first)) continue;
    push(tokens, first, next, paragraph, role, out);
    first = next;
    i = last;
  }
  push(tokens, first, to, paragraph, role, out);
}

function push(tokens: Tokens, first: number, end: number, paragraph: number, role: SentenceRole, out: SentenceInfo[]): void {
  while (end - first > MAX_SENTENCE_TOKENS) {
    let cut = first + MAX_SENTENCE_TOKENS;
    for (let i = first + MAX_SENTENCE_TOKENS - 1; i >= first + SOFT_CUT_FROM; i--) {
      if (tokens.kind[i] === TokenKind.Punct && (tokens.key(i) === ',' || tokens.key(i) === ';')) {
        cut = i + 1;
        break;
      }
    }
    pushOne(tokens, first, cut, paragraph, role, out);
    first = cut;
  }
  pushOne(tokens, first, end, paragraph, role, out);
}

function pushOne(tokens: Tokens, first: number, end: number, paragraph: number, role: SentenceRole, out: SentenceInfo[]): void {
  if (end <= first) return;
  out.push({
    index: out.length,
    start: tokens.start[first]!,
    end: tokens.end[end - 1]!,
    firstToken: first,
    endToken: end,
    paragraph,
    role,
  });
}

/** A closing quote or bracket: `»`, `)`, or a `"` glued to the word before it. */
function isCloser(text: string, folded: string, tokens: Tokens, i: number): boolean {
  const c = text[tokens.start[i]!]!;
  if (c === '«' || c === '(' || c === '[') return false;
  if (!CLOSERS.has(folded.charCodeAt(tokens.start[i]!)) && c !== '»') return false;
  if (c === '"' || c === '\u201d' || c === '\u201c') return tokens.start[i]! === tokens.end[i - 1]!;
  return true;
}

function opensSentence(text: string, tokens: Tokens, i: number): boolean {
  const c = text[tokens.start[i]!]!;
  if (tokens.kind[i] === TokenKind.Number || tokens.kind[i] === TokenKind.Alnum) return true;
  if (tokens.kind[i] === TokenKind.Punct) return c === '«' || c === '"' || c === '\u201c' || c === '-' || c === '–' || c === '—' || c === '(';
  return c !== c.toLowerCase();
}

function isAbbreviation(text: string, tokens: Tokens, i: number, first: number): boolean {
  if (i < first || tokens.kind[i] !== TokenKind.Word) return false;
  if (tokens.end[i]! !== tokens.start[i + 1]!) return false;
  const key = tokens.key(i);
  if (ABBREVIATIONS.has(key)) return true;
  // An initial: one capital letter (`J. Biden`), not a one-letter word of a sentence (`a.`).
  const c = text[tokens.start[i]!]!;
  return key.length === 1 && c !== c.toLowerCase();
}
