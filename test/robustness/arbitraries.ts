/**
 * Generators of hostile and French-like inputs for the property tests.
 *
 * The French-like text is made of the lexicons' own words (trigger verbs and
 * nouns with their conjugated forms, actor names and aliases, places, number
 * words, months, attack means, date and quantity words), so that the random
 * texts reach the extractors' rules, mixed with numbers, French punctuation,
 * elisions, no-break spaces and line breaks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

const ROOT = new URL('../../', import.meta.url).pathname;
const LEXICON_DIRS = ['src/lexicons/fr', 'src/extractors/actors/lexicon', 'src/extractors/places/data', 'src/extractors/dates', 'src/events'];

/** Runs per property: 2,000 in CI; FUZZ_RUNS=50000 for a longer hunt. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
/** A fixed seed keeps CI reproducible; FUZZ_SEED=random explores, and a failure prints its seed. */
export const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20241116);

/** Every short string (values and keys) of each JSON lexicon, except descriptions, by file name. */
export function lexiconWords(): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const dir of LEXICON_DIRS) {
    let files: string[];
    try {
      files = readdirSync(join(ROOT, dir));
    } catch {
      continue;
    }
    for (const f of files.filter((f) => f.endsWith('.json')).sort()) {
      const out = new Set<string>();
      const keep = (x: string) => x.length > 0 && x.length <= 40 && /\p{L}/u.test(x) && out.add(x);
      const walk = (v: unknown, key?: string): void => {
        if (key === 'description') return;
        if (typeof v === 'string') keep(v);
        else if (Array.isArray(v)) v.forEach((x) => walk(x));
        else if (v && typeof v === 'object') {
          for (const [k, x] of Object.entries(v)) {
            if (k !== 'description') keep(k);
            walk(x, k);
          }
        }
      };
      walk(JSON.parse(readFileSync(join(ROOT, dir, f), 'utf8')));
      byFile.set(f.replace(/\.json$/, ''), [...out].sort());
    }
  }
  return byFile;
}

const LEXICONS = lexiconWords();
const pool = (...files: string[]) => {
  const words = files.flatMap((f) => LEXICONS.get(f) ?? []);
  if (words.length === 0) throw new Error(`no lexicon words in ${files.join(', ')}: has a lexicon moved?`);
  return fc.constantFrom(...words).chain(cased);
};

const cased = (w: string) =>
  fc.constantFrom(
    w,
    w,
    w.charAt(0).toUpperCase() + w.slice(1),
    w.toUpperCase(),
  );

const word = pool(...LEXICONS.keys());
const number = fc.oneof(
  fc.integer({ min: 0, max: 3000 }).map(String),
  fc.integer({ min: 1900, max: 2040 }).map(String),
  fc.constantFrom('2.500', '1,8', '12.000', '1 200', '3 000', '1er', '2e', '10h30', '12/03/2024', '2024-11-16', '0,5', '1.2.3', '99%', '-4', '+7'),
);
const punctuation = fc.constantFrom(',', '.', ';', ':', '!', '?', '…', '...', '«', '»', '« ', ' »', '(', ')', '[', ']', '"', '“', '”', '-', '–', '—', '/', '%', "'", '’', '.)', ' :', ' ;', ' !', ' ?');
const space = fc.constantFrom(' ', ' ', ' ', ' ', '\u00a0', '\u202f', '\n', '\n\n', '\r\n', '\t', '  ', '');
const elision = fc.constantFrom('l’', 'd’', 'qu’', 'l\'', 'd\'', 's\'', 'n\'', 'jusqu’', 'L’', 'D\'');
const dateline = fc.constantFrom('', '', '', ' date 2024-11 ', ' date 2023 ', 'BAGDAD, 12 mars 2024 (AFP) - ', 'Publié le 05/02/2023 à 10h12\n', '19 octobre (Reuters) – ', 'Mis à jour le 1er mai 2024\n');

const glue = fc.constantFrom('', '', 'a', 'ont', 'contre', 'à', 'dans', 'près de', 'le', 'la', 'les', 'des', 'de', 'avec', 'par', 'selon', 'qui', 'et');
/** Words in the order of a news clause: who, did what, with what, where, how many, when. Any may be missing. */
const clause = fc
  .tuple(
    pool('actors', 'named', 'bare', 'institutions', 'states', 'agency', 'unidentified'),
    pool('verb-forms', 'triggers'),
    pool('attack-means'),
    pool('places-curated', 'countries-curated', 'countries'),
    fc.tuple(number, pool('quantity-heads', 'number-words', 'casualty-cues')),
    pool('months', 'date-words', 'date-modifiers'),
    fc.array(glue, { minLength: 6, maxLength: 6 }),
    fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  )
  .map(([who, did, means, where, [n, head], when, g, keep]) =>
    [who, did, means, where, `${n} ${head}`, when].map((w, i) => (keep[i] ? `${g[i]} ${w}` : '')).join(' '),
  );

/** French-like text of lexicon words, numbers and punctuation, with an optional dateline. */
export const frenchLike = fc
  .tuple(
    dateline,
    fc.array(
      fc.tuple(
        fc.oneof(
          { weight: 12, arbitrary: word },
          { weight: 2, arbitrary: clause },
          { weight: 3, arbitrary: number },
          { weight: 4, arbitrary: punctuation },
          { weight: 2, arbitrary: elision },
        ),
        space,
      ),
      { maxLength: 80, size: 'medium' },
    ),
  )
  .map(([head, pieces]) => head + pieces.map(([p, s]) => p + s).join(''));

const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇫🇷', '🇮🇶', '1️⃣', '❤️', '🚀', '💥', '🪖'];
const OTHER_SCRIPTS = ['بغداد', 'حزب الله', 'الحشد الشعبي', 'ﷺ', 'שלום', 'ירושלים', 'Москва', 'Κύπρος', '北京', '東京都', 'ㄱㄴ', 'ไทย', 'हिन्दी'];
const TRICKY = [
  'İstanbul', 'İ', 'ß', 'ẞ', 'ﬁ', 'ﬀ', 'K', 'Å', 'ς', 'Σ', 'ŉ', 'ǅ', 'ǰ', 'ΐ', 'e\u0301', 'E\u0301\u0301\u0301', 'a\u0300\u0316\u0317',
  '\u0301', '\u0301\u0302\u0303', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c',
  '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u2028', '\u2029', '\u0085', '\u00ad', '\u180e', '\u3000', '\u2009',
  '\ufffc', '\ufffd', '\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800', '\ud83d', '\ude00', '𝔸𝔹', '𝟚𝟘𝟚𝟜', '٢٠٢٤', '१२', '½', '²', 'Ⅻ',
];

/** Emoji, combining marks, right-to-left scripts, bidi and zero-width controls, lone surrogates, among French words. */
export const unicodeMess = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 4, arbitrary: word },
        { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
        { weight: 2, arbitrary: fc.constantFrom(...OTHER_SCRIPTS) },
        { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
        { weight: 1, arbitrary: number },
        { weight: 1, arbitrary: punctuation },
      ),
      space,
    ),
    { maxLength: 60, size: 'medium' },
  )
  .map((pieces) => pieces.map(([p, s]) => p + s).join(''));

/** Any string: any code point, printable graphemes, Latin-1 with control characters, ASCII. */
export const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300, size: 'large' }),
  fc.string({ unit: 'grapheme', maxLength: 200, size: 'large' }),
  fc.string({ unit: 'binary-ascii', maxLength: 300, size: 'large' }),
  fc.string({ maxLength: 300, size: 'large' }),
  fc.array(fc.constantFrom('a', ' ', '.', "'", '’', '2', 'de', '\n', '«', '»', '-', 'É'), { maxLength: 400, size: 'large' }).map((xs) => xs.join('')),
);

const LONG_ATTRIBUTE = `<a href="${'x'.repeat(5000)}" title='${'«»<'.repeat(300)}'>`;
const markup = fc.constantFrom(
  '<p>', '</p>', '<div class="article">', '</div>', '<br>', '<br/>', '<BR />', '<h1>', '</h1>', '<li>', '<span lang=fr>', '</span>',
  '<script>var x = "<p>non</p>";</script>', '<script>', '</script>', '<style>p { color: red }</style>', '<STYLE>', '<!-- commentaire -->',
  '<!--', '-->', '<!DOCTYPE html>', '<?xml version="1.0"?>', '<', '>', '<p', '< p>', '</', '<>', '<3', 'a < b', 'x > y', '<img src=x onerror=1>',
  LONG_ATTRIBUTE, '<table><tr><td>', '</td></tr></table>',
  '&nbsp;', '&eacute;', '&Eacute;', '&agrave;', '&amp;', '&lt;', '&gt;', '&quot;', '&#233;', '&#xE9;', '&#x2019;', '&rsquo;', '&laquo;',
  '&raquo;', '&#0;', '&#xD800;', '&#x110000;', '&#99999999999;', '&unknown;', '&', '&#', '&#x;', '&eacute', '&amp', '&#233', '&#x',
);

/** HTML-ish text: French words among tags (well formed or not), comments, scripts and entities (complete or cut). */
export const htmlLike = fc
  .array(fc.tuple(fc.oneof({ weight: 3, arbitrary: word }, { weight: 3, arbitrary: markup }, { weight: 1, arbitrary: punctuation }, { weight: 1, arbitrary: number }), space), {
    maxLength: 80,
    size: 'medium',
  })
  .map((pieces) => pieces.map(([p, s]) => p + s).join(''));

export const referenceDate = fc.constantFrom<string | null | undefined>(undefined, null, '2024', '2024-11', '2024-11-16', '1999-02-28');
