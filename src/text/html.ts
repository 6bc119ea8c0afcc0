/**
 * HTML to plain text with a map back to the input. Tags are dropped (block
 * tags become line breaks), entities decoded, script and style contents
 * skipped. One linear scan, no regular expression over the document.
 */
import lexicon from '../lexicons/fr/html-entities.json' with { type: 'json' };

const ENTITIES: Record<string, string> = lexicon.entities;
const BLOCK = new Set(lexicon.blockTags);
const SKIP = new Set(lexicon.skipContentTags);
const TAG_HINT_RE = /<\/?(?:p|div|br|span|a|html|body|head|article|section|h[1-6]|li|ul|strong|em|b|i|script|style|meta|img|figure|table)\b[^<>]{0,500}>/i;
const ENTITY_HINT_RE = /&(?:[a-z]{2,8}|#\d{2,7}|#x[\da-f]{2,6});/i;
const MAX_ENTITY = 12;

/** Plain text derived from an input, with each plain character's source range. */
export interface Derived {
  text: string;
  /** `srcStart[i]`, `srcEnd[i]`: the input range plain character `i` came from. */
  srcStart: Int32Array;
  srcEnd: Int32Array;
}

/** Whether the input looks like HTML (a known tag, or an entity). */
export function looksLikeHtml(input: string): boolean {
  return TAG_HINT_RE.test(input) || ENTITY_HINT_RE.test(input);
}

export function htmlToText(input: string): Derived {
  const n = input.length;
  const out: string[] = [];
  const srcStart = new Int32Array(n + 1);
  const srcEnd = new Int32Array(n + 1);
  let len = 0;
  const emit = (s: string, from: number, to: number) => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k]!);
      srcStart[len] = from;
      srcEnd[len] = to;
      len++;
    }
  };
  let lower: string | null = null;
  const nextGt = nextIndexOf(input, '>');
  const nextQuote = { '"': nextIndexOf(input, '"'), "'": nextIndexOf(input, "'") };
  let i = 0;
  while (i < n) {
    const c = input[i]!;
    if (c === '<') {
      let close = nextGt(i + 1);
      if (close < 0) {
        emit(c, i, i + 1);
        i++;
        continue;
      }
      if (input.startsWith('<!--', i)) {
        const endComment = input.indexOf('-->', i + 4);
        i = endComment < 0 ? n : endComment + 3;
        continue;
      }
      const name = tagName(input, i + 1, close);
      if (name === null) {
        emit(c, i, i + 1);
        i++;
        continue;
      }
      close = tagEnd(input, i + 1, close, nextGt, nextQuote);
      const closing = input[i + 1] === '/';
      if (!closing && SKIP.has(name)) {
        lower ??= input.toLowerCase();
        const endTag = lower.indexOf(`</${name}`, close + 1);
        const after = endTag < 0 ? -1 : nextGt(endTag);
        i = after < 0 ? n : after + 1;
        continue;
      }
      if (BLOCK.has(name)) emit('\n', i, close + 1);
      i = close + 1;
      continue;
    }
    if (c === '&') {
      // Looked for only as far as the longest entity: a run of '&' must not rescan the rest of the input.
      let semi = -1;
      for (let k = i + 1; k <= i + MAX_ENTITY && k < n; k++) {
        if (input.charCodeAt(k) === 59) {
          semi = k;
          break;
        }
      }
      if (semi > i + 1) {
        const decoded = decodeEntity(input.slice(i + 1, semi));
        if (decoded !== null) {
          emit(decoded, i, semi + 1);
          i = semi + 1;
          continue;
        }
      }
    }
    emit(c, i, i + 1);
    i++;
  }
  srcStart[len] = n;
  srcEnd[len] = n;
  return { text: out.join(''), srcStart: srcStart.subarray(0, len + 1), srcEnd: srcEnd.subarray(0, len + 1) };
}

/**
 * `indexOf(ch, from)` that remembers its last answer: when a run of '<'
 * without a tag asks again and again, the input is scanned once, not once
 * per '<'. Callers ask with `from` rising, as the scan moves forward.
 */
function nextIndexOf(input: string, ch: string): (from: number) => number {
  let searchedFrom = Infinity;
  let found = -1;
  return (from) => {
    if (from >= searchedFrom && (found < 0 || found >= from)) return found;
    searchedFrom = from;
    found = input.indexOf(ch, from);
    return found;
  };
}

/** Where a tag ends: its first '>' outside quoted attribute values (`<p title="a > b">`). */
function tagEnd(input: string, from: number, close: number, nextGt: (from: number) => number, nextQuote: Record<string, (from: number) => number>): number {
  let j = from;
  while (j < close) {
    const q = input[j]!;
    if (q !== '"' && q !== "'") {
      j++;
      continue;
    }
    const endQuote = nextQuote[q]!(j + 1);
    // An unbalanced quote is text: the first '>' ends the tag.
    if (endQuote < 0) return close;
    j = endQuote + 1;
    if (j > close) {
      const later = nextGt(j);
      if (later < 0) return close;
      close = later;
    }
  }
  return close;
}

function tagName(input: string, from: number, to: number): string | null {
  let i = from;
  if (input[i] === '/') i++;
  if (input[i] === '!' || input[i] === '?') return '!';
  const start = i;
  while (i < to && /[a-zA-Z0-9]/.test(input[i]!)) i++;
  if (i === start) return null;
  return input.slice(start, i).toLowerCase();
}

function decodeEntity(body: string): string | null {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    return String.fromCodePoint(code);
  }
  return ENTITIES[body] ?? null;
}
