/**
 * The tokenizer reads character codes by hand; TOKEN_RE is its specification.
 * Both must cut every string alike, on news and on odd input (astral letters,
 * emoji, lone surrogates, combining marks, grouped numbers), and keys must be
 * the folded token text with combining marks dropped.
 */
import { describe, expect, it } from 'vitest';
import { fold, foldWithCodes, stripMarks } from '../../src/text/fold.js';
import { TOKEN_RE, TokenKind, Tokens } from '../../src/text/tokens.js';

const SAMPLES = [
  'Le 12 mars, 2.500 soldats et 1,8 million de réfugiés ; l’armée a tiré 3x4 roquettes S5 (Mi24).',
  'Pas de chiffre: 1.2.3, 4,5. 6.a 7,,8 9..0 12. ,5 .5 2024-11-16 12/03/2024',
  'e\u0301te\u0301 \u0301 a\u0301b2 de\u0301s',
  '🙂 مرحبا \ud800 x \udc00y 𝐀𝐁c1 𝟏2 x\ud83d\ude00y',
  'İstanbul ǅ ß ﬁ ΣΑΣ ΟΔΟΣ Ⅻ ⅻ ٣ ² ½',
  '\n\n a \n\t b \r\n c\u2028d\u2029e\u00a0f\u3000g\ufeffh\u200bi',
  '',
  ' ',
  "l'l'l' 2'500 « guillemets » – tiret — cadratin …",
];

/** A small deterministic generator of odd strings. */
function oddStrings(count: number): string[] {
  const pieces = ['a', 'é', 'E', '1', '.', ',', ' ', '\n', '’', '«', '\u0301', '\ud83d\ude00', '\ud835\udc00', '\ud800', '\udc00', 'Σ', 'İ', '-', '٣', '\u00a0', '\u2028', 'ß', '2'];
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * 30) }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
}

/** The token kinds as the specification reads them. */
function specKind(t: string): TokenKind {
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57) return /^[\d.,]+$/.test(t) ? TokenKind.Number : TokenKind.Alnum;
  if (t.length === 1 && !/[\p{L}\p{N}]/u.test(t)) return TokenKind.Punct;
  return /\d/.test(t) ? TokenKind.Alnum : TokenKind.Word;
}

/** Each token as `start end kind newline key`, from the tokenizer and from the specification. */
function check(text: string): void {
  const folded = fold(text);
  const tokens = new Tokens(folded);
  const marks = /\p{M}/u.test(folded);
  const spec: string[] = [];
  let prevEnd = 0;
  for (const m of folded.matchAll(new RegExp(TOKEN_RE.source, 'gu'))) {
    const newline = folded.slice(prevEnd, m.index).includes('\n') ? 1 : 0;
    spec.push(`${m.index} ${m.index + m[0].length} ${specKind(m[0])} ${newline} ${marks ? stripMarks(m[0]) : m[0]}`);
    prevEnd = m.index + m[0].length;
  }
  const got = Array.from({ length: tokens.count }, (_, i) => `${tokens.start[i]} ${tokens.end[i]} ${tokens.kind[i]} ${tokens.newlineBefore[i]} ${tokens.key(i)}`);
  expect(got).toEqual(spec);
  expect(tokens.marks).toBe(marks);
  // The codes the text stage hands over cut the same tokens.
  const withCodes = new Tokens(folded, foldWithCodes(text).codes);
  expect(Array.from(withCodes.end)).toEqual(Array.from(tokens.end));
}

describe('tokenizer', () => {
  for (const text of SAMPLES) it(JSON.stringify(text.slice(0, 40)), () => check(text));
  it('cuts odd strings as TOKEN_RE does', () => {
    for (const text of oddStrings(500)) check(text);
  });
  it('cuts a long text (arrays of its own, interned keys) as TOKEN_RE does', () => {
    const plain = SAMPLES.filter((s) => !/\p{M}/u.test(s)).join('\n');
    check(plain.repeat(Math.ceil(1_100_000 / plain.length)));
  });
});
