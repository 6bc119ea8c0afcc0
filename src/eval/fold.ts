/**
 * Text folding for scoring (ANNOTATION.md §7): lower case, accents removed,
 * anything not a letter or digit a space. Folding works one UTF-16 unit at a
 * time so that a folded document keeps a map back to the original offsets; a
 * combining mark (a decomposed accent) folds to nothing, never to a space, so
 * `Re\u0301sistance` and `Résistance` fold alike.
 */
import { fold } from '../text/fold.js';

const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u;
const MARK_RE = /^\p{M}$/u;
const cache = new Map<string, string>();

/** One folded unit: a letter or digit, `' '`, or `''` for a combining mark. */
export function foldUnit(unit: string): string {
  let out = cache.get(unit);
  if (out !== undefined) return out;
  const base = fold(unit).normalize('NFD');
  const first = base[0] ?? '';
  const lower = first.toLowerCase();
  const head = lower.length === 1 ? lower : first;
  if (MARK_RE.test(head)) out = '';
  else if (LETTER_OR_DIGIT_RE.test(head)) out = head;
  else out = ' ';
  if (cache.size < 4096) cache.set(unit, out);
  return out;
}

/** Folded, with runs of spaces collapsed and trimmed: the form two texts are compared in. */
export function scoreKey(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = foldUnit(text[i]!);
    if (c === ' ' && (out.length === 0 || out.endsWith(' '))) continue;
    out += c;
  }
  return out.endsWith(' ') ? out.slice(0, -1) : out;
}

/** Whether one folded text contains the other, on word boundaries. */
export function containsEitherWay(a: string, b: string): boolean {
  const x = scoreKey(a);
  const y = scoreKey(b);
  if (x.length === 0 || y.length === 0) return false;
  return ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}
