/**
 * Page furniture (menus, "Previous slide", "Lire aussi :" links, PREV/NEXT
 * links) and headlines. Their mentions count, but they never state an event.
 */
import lexicon from '../lexicons/fr/boilerplate.json' with { type: 'json' };
import type { SentenceRole } from '../schema.js';

const PREFIXES = [...lexicon.linePrefixes].sort((a, b) => b.length - a.length);
const LABELS = [...lexicon.labels].sort((a, b) => b.length - a.length);
const WHOLE = new Set(lexicon.wholeLines);
const LETTER_RE = /[\p{L}\p{N}]/u;
/** A line that ends a sentence ends with one of these (after trailing spaces). */
const TERMINAL = new Set(['.', '!', '?', '…', '"', ')', ':']);
/** Headlines are short; a long line without final punctuation is a truncated paragraph. */
const HEADLINE_MAX_WORDS = 24;

/** The role of one line, from its folded text. */
export function lineRole(foldedLine: string): SentenceRole {
  const line = foldedLine.trim();
  if (line.length === 0) return 'boilerplate';
  if (WHOLE.has(line) || line.startsWith('#')) return 'boilerplate';
  for (const p of PREFIXES) {
    if (line.startsWith(p) && (line.length === p.length || !LETTER_RE.test(line[p.length]!))) return 'boilerplate';
  }
  for (const label of LABELS) {
    if (line.startsWith(label) && line.slice(label.length).trimStart().startsWith(':')) return 'boilerplate';
  }
  const last = line[line.length - 1]!;
  if (!TERMINAL.has(last) && countWords(line) <= HEADLINE_MAX_WORDS) return 'headline';
  return 'body';
}

function countWords(line: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const w = line.charCodeAt(i) > 32;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
