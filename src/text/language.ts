/**
 * Language detection on a bounded sample. French news is recognised at a
 * glance from the share of French function words among its first words (and
 * the absence of other languages' function words); anything else goes to
 * franc, which reads a bounded sample too. Either way the cost does not grow
 * with the length of the text.
 */
import { franc } from './franc.js';
import lexicon from '../lexicons/fr/function-words.json' with { type: 'json' };
import { TokenKind, type Tokens } from './tokens.js';

const FRENCH = new Set(lexicon.french);
const FOREIGN = new Set(lexicon.foreign);
const FRANC_SAMPLE_CHARS = 600;

export interface LanguageVerdict {
  /** ISO 639-3: `fra`, or what franc detected, or `und` when the text is too short to tell. */
  code: string;
  method: 'function-words' | 'franc' | 'too-short';
}

export function detectLanguage(text: string, tokens: Tokens, from: number): LanguageVerdict {
  let words = 0;
  let french = 0;
  let foreign = 0;
  let i = tokens.indexAt(from);
  const first = i;
  for (; i < tokens.count && words < lexicon.sampleWords; i++) {
    if (tokens.kind[i] !== TokenKind.Word) continue;
    words++;
    const key = tokens.key(i);
    if (FRENCH.has(key)) french++;
    else if (FOREIGN.has(key)) foreign++;
  }
  if (words < lexicon.minimumWords) return { code: 'und', method: 'too-short' };
  if (french / words >= lexicon.threshold && foreign * 3 < french) return { code: 'fra', method: 'function-words' };
  const start = first < tokens.count ? tokens.start[first]! : from;
  const sample = text.slice(start, Math.min(text.length, start + FRANC_SAMPLE_CHARS));
  const code = franc(sample, { minLength: 20, only: lexicon.francLanguages });
  if (code === 'fra') return { code, method: 'franc' };
  // franc misreads short French samples; trust the function words when they lean French.
  if (code === 'und' || (words < lexicon.shortSampleWords && french > foreign)) return { code: 'und', method: 'too-short' };
  return { code, method: 'franc' };
}
