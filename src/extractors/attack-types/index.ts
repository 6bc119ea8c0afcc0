/**
 * The means of attacks (ANNOTATION.md §4): drones, rockets, missiles,
 * airstrikes, artillery, explosives, gunfire. Phrases of the lexicon are
 * matched on words, longest first; a longer phrase that is not an attack
 * means (`drones de reconnaissance`) blocks the shorter one inside it.
 *
 * Strike words (`frappe`, `bombardement`, `raid`) are airstrikes unless their
 * complement names the means: `frappes aux lance-roquettes` is rocket fire,
 * `frappe de drone` a drone strike; the strike word then takes that means'
 * value, and the means word is a mention of its own.
 */
import type { Doc } from '../../pipeline/document.js';
import type { AttackTypeMention } from '../../schema.js';
import { writtenIs } from '../../text/as-written.js';
import type { Extractor } from '../types.js';
import { wordsOf, type Words } from '../words.js';
import { meansLexicon, type MeansEntry, type MeansLexicon } from './lexicon.js';

/** Determiners between a strike word's link and the means (`frappe d'un drone`, `à la roquette`). */
const DETERMINERS = new Set(['la', 'l', 'les', 'le', 'un', 'une']);

export const attackTypesExtractor: Extractor<'attackTypes'> = {
  category: 'attackTypes',
  extract: (doc) => extractAttackTypes(doc),
};

export function extractAttackTypes(doc: Doc): AttackTypeMention[] {
  const words = wordsOf(doc);
  const lex = meansLexicon();
  const accept = (e: MeansEntry, start: number, end: number) => accentsAgree(doc.text, words, e, start, end);
  const out: AttackTypeMention[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const limit = words.sentenceEnd[s]!;
    for (let w = words.sentenceStart[s]!; w < limit; ) {
      const m = lex.index.at(words, w, limit, accept);
      if (!m) {
        w++;
        continue;
      }
      const e = m.value;
      if (e.value !== null) {
        const named = e.takesMeans ? meansInComplement(words, lex, m.end, limit, accept) : null;
        const start = words.start[m.start]!;
        const end = words.end[m.end - 1]!;
        out.push({ start, end, text: doc.text.slice(start, end), value: named ?? e.value, rule: named ? `${e.rule}-with-means` : e.rule });
      }
      w = m.end;
    }
  }
  return out;
}

/** `frappes ininterrompues aux lance-roquettes`: the means named after a strike word. */
function meansInComplement(words: Words, lex: MeansLexicon, w: number, limit: number, accept: (e: MeansEntry, s: number, e2: number) => boolean): MeansEntry['value'] {
  let p = w;
  for (let skipped = 0; p < limit && skipped < 3 && (words.key(p) === '"' || lex.skippable.has(words.key(p))); skipped++) p++;
  if (p >= limit || !lex.links.has(words.key(p))) return null;
  p++;
  if (p < limit && DETERMINERS.has(words.key(p))) p++;
  if (p >= limit) return null;
  const m = lex.index.at(words, p, limit, accept);
  return m && !m.value.takesMeans ? m.value.value : null;
}

/** A word written with an accent its form lacks is another word (`frappé` is not `frappe`); unaccented text matches. */
function accentsAgree(text: string, words: Words, e: MeansEntry, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const form = e.accented[i - start];
    if (form === undefined) return true;
    if (!writtenIs(text, words.start[i]!, words.end[i]!, form) && !writtenIs(text, words.start[i]!, words.end[i]!, words.key(i))) return false;
  }
  return true;
}

