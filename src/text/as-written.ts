/**
 * A word as written, compared with a form in lower case with its accents
 * (`frappé`, `-ées`, `dès`): `raw.normalize('NFC').toLowerCase()`, read on the
 * characters of the text without building that string. Below U+0300
 * normalization changes nothing (combining accents start there) and lower
 * case maps one character to one (but `İ`): those words are read in place;
 * any other word takes the slow path, with the same answer.
 */

const FAST_BELOW = 0x300;
/** The lower case of each character below U+0300 (-1: more than one character), built at first use. */
let LOWER: Int32Array = new Int32Array(0);

function buildLower(): Int32Array {
  const table = new Int32Array(FAST_BELOW);
  for (let c = 0; c < FAST_BELOW; c++) {
    if (c < 0x80) table[c] = c >= 65 && c <= 90 ? c + 32 : c;
    else {
      const l = String.fromCharCode(c).toLowerCase();
      table[c] = l.length === 1 ? l.charCodeAt(0) : -1;
    }
  }
  return table;
}

function readsInPlace(text: string, start: number, end: number): boolean {
  if (LOWER.length === 0) LOWER = buildLower();
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= FAST_BELOW || LOWER[c]! < 0) return false;
  }
  return true;
}

function slow(text: string, start: number, end: number): string {
  return text.slice(start, end).normalize('NFC').toLowerCase();
}

/** Whether `text[start, end)` as written ends with `form`. */
export function writtenEndsWith(text: string, start: number, end: number, form: string): boolean {
  if (!readsInPlace(text, start, end)) return slow(text, start, end).endsWith(form);
  return sameAt(text, end - form.length, start, form);
}

/** Whether `text[start, end)` as written starts with `form`. */
export function writtenStartsWith(text: string, start: number, end: number, form: string): boolean {
  if (!readsInPlace(text, start, end)) return slow(text, start, end).startsWith(form);
  return form.length <= end - start && sameAt(text, start, start, form);
}

/** Whether `text[start, end)` as written is `form`. */
export function writtenIs(text: string, start: number, end: number, form: string): boolean {
  if (!readsInPlace(text, start, end)) return slow(text, start, end) === form;
  return form.length === end - start && sameAt(text, start, start, form);
}

/** Whether the lower-cased characters from `at` (not before `floor`) spell `form`. */
function sameAt(text: string, at: number, floor: number, form: string): boolean {
  if (at < floor) return false;
  for (let j = 0; j < form.length; j++) if (LOWER[text.charCodeAt(at + j)] !== form.charCodeAt(j)) return false;
  return true;
}
