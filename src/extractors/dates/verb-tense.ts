/**
 * What one word says of its clause's tense: a future (`quittera`,
 * `frapperons` after `nous`), a conditional (`devrait`; past when a
 * participle follows: `aurait donné`), a compound past (`a attaqué`,
 * `avait été visée`), an imparfait (`menaçait`), a passé simple
 * (`déclarèrent`), a present auxiliary, or nothing.
 */
import tense from '../../lexicons/fr/tense.json' with { type: 'json' };
import { writtenEndsWith } from '../../text/as-written.js';
import { TokenKind } from '../../text/tokens.js';
import type { Words } from './words.js';

const AVOIR = new Set(tense.avoir);
const ETRE = new Set(tense.etre);
/** Forms that are past by themselves (imparfait, passé simple of the auxiliaries). */
const PAST_AUXILIARIES = new Set(tense.pastAuxiliaries);
const NEAR_FUTURE = new Set(tense.nearFuture);
export const PLANNED = new Set(tense.plannedWords);
const NOT_VERBS = new Set(tense.notVerbs);
const FUTURE_ENDINGS = tense.futureEndings;
const PERSONAL_FUTURE = Object.entries(tense.personalFutureEndings);
const CONDITIONAL_ENDINGS = tense.conditionalEndings;
const PAST_ENDINGS = tense.pastEndings;
const RAW_PAST_ENDINGS = tense.rawPastEndings;
const PARTICIPLE_ENDINGS = tense.participleEndings;
/** Irregular participles the press uses most (`pris`, `détruit`, `survenu`). */
const IRREGULAR = new Set(tense.irregularParticiples);

/** The tense token `i` gives its clause, or null when it is no verb this module knows. */
/** What a verb says: `present` ends the search without telling past from future. */
export type VerbTense = 'past' | 'future' | 'present';

/** What the word lists say of a word, the first list that holds it winning, in the order `verbTense` reads them. */
const enum Form {
  Future = 1,
  Past,
  Auxiliary,
  NotVerb,
}

/** One lookup for the word lists; most words are in none. */
const FORMS = formsOf();

function formsOf(): Map<string, Form> {
  const forms = new Map<string, Form>();
  const add = (words: Iterable<string>, form: Form) => {
    for (const w of words) if (!forms.has(w)) forms.set(w, form);
  };
  add(PLANNED, Form.Future);
  add(NEAR_FUTURE, Form.Future);
  add(PAST_AUXILIARIES, Form.Past);
  add(AVOIR, Form.Auxiliary);
  add(ETRE, Form.Auxiliary);
  add(NOT_VERBS, Form.NotVerb);
  return forms;
}

/** The last characters of every ending: a word ending otherwise has none of them. */
const ENDING_LAST = new Set(
  [...CONDITIONAL_ENDINGS, ...FUTURE_ENDINGS, ...PERSONAL_FUTURE.map(([e]) => e), ...PAST_ENDINGS, 'erent'].map((e) => e.charCodeAt(e.length - 1)),
);

export function verbTense(w: Words, i: number, limit: number): VerbTense | null {
  if (w.kind(i) !== TokenKind.Word) return null;
  const k = w.key(i);
  const form = FORMS.get(k);
  if (form === Form.Future) return 'future';
  if (form === Form.Past) return 'past';
  if (form === Form.Auxiliary) {
    // Folded `à` is `a`: only the verb counts, and not in `il y a`.
    if (k === 'a' && (w.raw(i) !== 'a' || (i > 0 && w.key(i - 1) === 'y'))) return null;
    return participleFollows(w, i, limit) ? 'past' : k.endsWith('rait') || k.endsWith('raient') ? 'future' : 'present';
  }
  if (form === Form.NotVerb || k.length < 4 || w.capitalized(i)) return k === 'ira' || k === 'iront' ? 'future' : null;
  if (!ENDING_LAST.has(k.charCodeAt(k.length - 1))) return null;
  if (endsWithAny(k, CONDITIONAL_ENDINGS)) return participleFollows(w, i, limit) ? 'past' : 'future';
  if (endsWithAny(k, FUTURE_ENDINGS)) return 'future';
  for (const [ending, pronoun] of PERSONAL_FUTURE) {
    if (k.endsWith(ending) && pronounBefore(w, i, pronoun)) return 'future';
  }
  if (endsWithAny(k, PAST_ENDINGS)) return 'past';
  // `déclarèrent` is past, `différent` is not: only the accents tell.
  if (k.endsWith('erent') && writtenEndsWithAny(w, i, RAW_PAST_ENDINGS)) return 'past';
  return null;
}

/** A past participle within the next three words (`a attaqué`, `avait été visée`, `a également annoncé`). */
function participleFollows(w: Words, i: number, limit: number): boolean {
  for (let t = i + 1, seen = 0; t < limit && seen < 3; t++) {
    if (w.kind(t) !== TokenKind.Word) continue;
    seen++;
    if (isParticiple(w, t)) return true;
  }
  return false;
}

function isParticiple(w: Words, i: number): boolean {
  const k = w.key(i);
  if (IRREGULAR.has(k)) return true;
  // `é`, `ée`, `és`, `ées` fold to endings in `e` or `es`: only those are read as written.
  if (!k.endsWith('e') && !k.endsWith('es')) return false;
  return writtenEndsWithAny(w, i, PARTICIPLE_ENDINGS);
}

function endsWithAny(k: string, endings: readonly string[]): boolean {
  for (let e = 0; e < endings.length; e++) if (k.endsWith(endings[e]!)) return true;
  return false;
}

function writtenEndsWithAny(w: Words, i: number, endings: readonly string[]): boolean {
  for (let e = 0; e < endings.length; e++) if (writtenEndsWith(w.doc.text, w.start(i), w.end(i), endings[e]!)) return true;
  return false;
}

function pronounBefore(w: Words, i: number, pronoun: string): boolean {
  for (let t = i - 1, seen = 0; t >= 0 && seen < 3; t--) {
    if (w.kind(t) !== TokenKind.Word) continue;
    seen++;
    const k = w.key(t);
    if (k === pronoun || (pronoun === 'je' && k === 'j')) return true;
  }
  return false;
}
