/**
 * Folding for matching: lower case, accents removed, typographic apostrophes,
 * quotes, hyphens and spaces made plain. The folded string has exactly the
 * length of its source (one UTF-16 unit for one), so an offset found in the
 * folded text is the same offset in the source: no map to keep.
 *
 * Combining marks (decomposed accents) are kept in place; `stripMarks` removes
 * them from a key when they occur.
 */

const SPACES = '\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f';
const APOSTROPHES = '\u2019\u2018\u201b\u02bc\u02bb\u00b4\u0060\u2032\u055a\uff07';
const QUOTES = '\u00ab\u00bb\u201c\u201d\u201e\u201f\u2039\u203a\uff02';
const HYPHENS = '\u2010\u2011\u2012\u00ad\u2043\ufe63\uff0d';

/** Letters whose decomposition does not yield an ASCII base. */
const SPECIAL_LETTERS: Record<string, string> = { ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', ħ: 'h', ŧ: 't', þ: 't' };

function buildMap(): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of SPACES) map.set(c, ' ');
  for (const c of APOSTROPHES) map.set(c, "'");
  for (const c of QUOTES) map.set(c, '"');
  for (const c of HYPHENS) map.set(c, '-');
  for (let code = 0xc0; code < 0x250; code++) {
    const lower = String.fromCharCode(code).toLowerCase();
    if (lower.length !== 1) continue;
    const special = SPECIAL_LETTERS[lower];
    if (special) {
      map.set(lower, special);
      continue;
    }
    const base = lower.normalize('NFD')[0]!;
    if (base !== lower && base.charCodeAt(0) < 0x80) map.set(lower, base);
  }
  // U+FEFF (byte order mark) and zero-width characters read as spaces, keeping the length.
  for (const c of '\ufeff\u200b\u200c\u200d\u2060') map.set(c, ' ');
  return map;
}

const FOLD_MAP = buildMap();
/**
 * The map as a table over UTF-16 units: one array read per character, no
 * regular expression. 0 stands for "unchanged", so that only the mapped
 * characters are written at start-up (no character maps to U+0000).
 */
const FOLD_TABLE = buildTable(FOLD_MAP);

function buildTable(map: Map<string, string>): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (const [from, to] of map) table[from.charCodeAt(0)] = to.charCodeAt(0);
  return table;
}

function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // Rare characters (U+0130 İ) lower-case to two units: keep those as they are.
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

/** The folded text and its UTF-16 codes, which the tokenizer reads faster than the string. */
export interface FoldedText {
  text: string;
  /** `codes[i] === text.charCodeAt(i)` for `i < text.length`; a buffer the next call reuses. */
  codes: Uint16Array;
}

let scratch = new Uint16Array(1 << 14);
/** A longer text gets a buffer of its own, so that memory stays flat after it. */
const KEEP_SCRATCH = 1 << 20;

/** Fold a text for matching; `fold(s).length === s.length` always holds. */
export function fold(text: string): string {
  return foldWithCodes(text).text;
}

/** `fold`, with the folded codes; they are valid until the next call. */
export function foldWithCodes(text: string): FoldedText {
  const lower = lowerSameLength(text);
  const n = lower.length;
  const table = FOLD_TABLE;
  const codes = n <= scratch.length ? scratch : n <= KEEP_SCRATCH ? (scratch = new Uint16Array(n)) : new Uint16Array(n);
  let changed = false;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    const m = table[c]!;
    if (m === 0) codes[i] = c;
    else {
      codes[i] = m;
      changed = true;
    }
  }
  if (!changed) return { text: lower, codes };
  // Node decodes UTF-16 by copying the units (lone surrogates included), as one-byte storage when they fit.
  return { text: Buffer.from(codes.buffer, codes.byteOffset, n * 2).toString('utf16le'), codes };
}

const MARKS_RE_G = /\p{M}+/gu;

export function stripMarks(key: string): string {
  return key.replace(MARKS_RE_G, '');
}

/**
 * A lexicon key: folded, hyphens and apostrophes read as spaces, runs of
 * spaces collapsed. Lexicon entries and token sequences meet on this form.
 */
export function lexKey(text: string): string {
  return stripMarks(fold(text))
    .replace(/[-'"]/g, ' ')
    .replace(/[^\p{L}\p{N}.,]+/gu, ' ')
    .trim();
}
