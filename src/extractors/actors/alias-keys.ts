/**
 * How aliases of the data are cut into word keys, the same way a document
 * is: folded tokens (the tokenizer's own pattern), apostrophes and hyphens
 * skipped, `al`/`el` particles skipped; each word keeps the capitalization
 * it is written with. The gazetteer cuts thousands of aliases at its first
 * use, so they are cut in one pass over their concatenation.
 */
import { fold, stripMarks } from '../../text/fold.js';
import { TOKEN_RE } from '../../text/tokens.js';
import { translitWords } from '../../text/translit.js';
import { CaseRule } from './types.js';

export interface AliasWords {
  keys: string[];
  cases: CaseRule[];
  /** The written form of each word, for mixed-case abbreviations. */
  written: string[];
}

const PARTICLES = new Set(['al', 'el']);
/** A leading article (`Le Caire`, `La Havane`) is left to the text: the mention takes the article it has. */
const ARTICLES = new Set(['le', 'la', 'les', 'l']);
const SKIPPED = new Set(["'", '-']);
const NON_ASCII_RE = /[^\x00-\x7f]/;

export function aliasWords(alias: string): AliasWords {
  return cutAliases([alias])[0]!;
}

/** Cut every alias of the list (none may hold a line break). */
export function cutAliases(aliases: readonly string[]): AliasWords[] {
  const out: AliasWords[] = [];
  for (const alias of aliases) {
    const folded = fold(alias);
    const w: AliasWords = { keys: [], cases: [], written: [] };
    const spans = NON_ASCII_RE.test(folded) ? unicodeSpans(folded) : asciiSpans(folded);
    for (let k = 0; k < spans.length; k += 2) {
      const start = spans[k]!;
      const end = spans[k + 1]!;
      let key = folded.slice(start, end);
      if (SKIPPED.has(key) || (PARTICLES.has(key) && k + 2 < spans.length)) continue;
      if (w.keys.length === 0 && ARTICLES.has(key) && k + 2 < spans.length) continue;
      if (NON_ASCII_RE.test(key)) key = stripMarks(key);
      const raw = alias.slice(start, end);
      w.keys.push(key);
      w.cases.push(caseRule(raw));
      w.written.push(raw);
    }
    out.push(w);
  }
  return out;
}

/** Token spans `[start, end, ...]` of a plain ASCII string, as TOKEN_RE cuts it. */
function asciiSpans(s: string): number[] {
  const spans: number[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isAlnum(c)) {
      while (j < s.length && isAlnum(s.charCodeAt(j))) j++;
      // Grouped numbers (`2.500`) are one token, as in documents.
      if (isDigit(c)) while (j + 1 < s.length && (s[j] === '.' || s[j] === ',') && isDigit(s.charCodeAt(j + 1)) && /^\d+$/.test(s.slice(i, j).replace(/[.,]/g, ''))) {
        j += 2;
        while (j < s.length && isDigit(s.charCodeAt(j))) j++;
      }
    }
    spans.push(i, j);
    i = j;
  }
  return spans;
}

function unicodeSpans(s: string): number[] {
  const spans: number[] = [];
  const re = new RegExp(TOKEN_RE.source, 'gu');
  for (let m = re.exec(s); m !== null; m = re.exec(s)) spans.push(m.index, m.index + m[0].length);
  return spans;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c);
}

/** Loose keys of many key lists at once. */
export function looseKeysOf(lists: readonly (readonly string[])[]): string[][] {
  return translitWords(lists.map((k) => k.join(' ')).join('\n'))
    .split('\n')
    .map((l) => l.split(' '));
}

/** Two capitals or more: an abbreviation (`EI`, `FAMa`); one capital initial; else any case. */
export function caseRule(raw: string): CaseRule {
  let upper = 0;
  for (let i = 0; i < raw.length && upper < 2; i++) if (isUpper(raw, i)) upper++;
  if (upper >= 2) return CaseRule.Upper;
  return upper === 1 && isUpper(raw, 0) ? CaseRule.Initial : CaseRule.Any;
}

function isUpper(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return c >= 65 && c <= 90;
  const ch = s[i]!;
  return ch !== ch.toLowerCase();
}
