/**
 * Page furniture (menus, "Previous slide", "Lire aussi :" links, PREV/NEXT
 * links) and headlines. Their mentions count, but they never state an event.
 */
import lexicon from '../lexicons/fr/boilerplate.json' with { type: 'json' };
import type { SentenceRole } from '../schema.js';

/** Prefixes and labels by first character: a line is compared with the few that can start it. */
const PREFIXES = byFirstChar(lexicon.linePrefixes);
const LABELS = byFirstChar(lexicon.labels);
const WHOLE = new Set(lexicon.wholeLines);
const WHOLE_MAX = Math.max(...lexicon.wholeLines.map((w) => w.length));
const LETTER_RE = /[\p{L}\p{N}]/u;
/** A line that ends a sentence ends with one of these (after trailing spaces). */
const TERMINAL = new Set(['.', '!', '?', '…', '"', ')', ':']);
/** Headlines are short; a long line without final punctuation is a truncated paragraph. */
const HEADLINE_MAX_WORDS = 24;

/** The role of one line, from its folded text. */
export function lineRole(foldedLine: string): SentenceRole {
  const line = foldedLine.trim();
  if (line.length === 0) return 'boilerplate';
  if ((line.length <= WHOLE_MAX && WHOLE.has(line)) || line.startsWith('#')) return 'boilerplate';
  for (const p of PREFIXES.get(line[0]!) ?? NONE) {
    if (line.startsWith(p) && (line.length === p.length || !LETTER_RE.test(line[p.length]!))) return 'boilerplate';
  }
  for (const label of LABELS.get(line[0]!) ?? NONE) {
    if (line.startsWith(label) && line.slice(label.length).trimStart().startsWith(':')) return 'boilerplate';
  }
  const last = line[line.length - 1]!;
  if (!TERMINAL.has(last) && countWords(line) <= HEADLINE_MAX_WORDS) return 'headline';
  return 'body';
}

const NONE: readonly string[] = [];

function byFirstChar(words: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const w of words) {
    const list = map.get(w[0]!) ?? [];
    list.push(w);
    map.set(w[0]!, list);
  }
  return map;
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
