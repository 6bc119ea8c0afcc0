/**
 * The tense of the clause around a span of tokens, from its nearest finite
 * verb: future (`se réunira`, `vont frapper`, `devrait`, `prévu`), past
 * (`a attaqué`, `avait été visée`, `menaçait`, `aurait donné`) or unknown
 * (present, or no verb found). Clauses end at `;`, `:`, quotes, brackets and
 * coordinating conjunctions; commas do not end them (`Samedi 16 novembre, la
 * Résistance a annoncé`).
 * Reusable by any stage that needs to tell a report from a plan.
 */
import tense from '../../lexicons/fr/tense.json' with { type: 'json' };
import type { Doc } from '../../pipeline/document.js';
import { TokenKind } from '../../text/tokens.js';
import { Words } from './words.js';

export type Tense = 'past' | 'future' | 'unknown';

const AVOIR = new Set(tense.avoir);
const ETRE = new Set(tense.etre);
/** Forms that are past by themselves (imparfait, passé simple of the auxiliaries). */
const PAST_AUXILIARIES = new Set(['avait', 'avaient', 'etait', 'etaient', 'fut', 'furent', 'eut', 'eurent']);
const NEAR_FUTURE = new Set(tense.nearFuture);
const PLANNED = new Set(tense.plannedWords);
const NOT_VERBS = new Set(tense.notVerbs);
const FUTURE_ENDINGS = tense.futureEndings;
const PERSONAL_FUTURE = Object.entries(tense.personalFutureEndings);
const CONDITIONAL_ENDINGS = tense.conditionalEndings;
const PAST_ENDINGS = tense.pastEndings;
const RAW_PAST_ENDINGS = tense.rawPastEndings;
const PARTICIPLE_ENDINGS = tense.participleEndings;
/** Irregular participles the press uses most (`pris`, `détruit`, `survenu`). */
const IRREGULAR = new Set(tense.irregularParticiples);
/** Coordinating words start another clause with its own verb (`a été vidé vendredi et sera rasé`). */
const CONJUNCTIONS = new Set(tense.clauseConjunctions);
const CLAUSE_ENDS = new Set([';', ':', '"', '(', ')', '[', ']', '«', '»', '–', '—', '?', '!']);
/** How far from the span a verb is looked for, in tokens. */
const REACH = 16;
/** What crossing a comma adds to a verb's distance. */
const COMMA_PENALTY = 6;
/** How many words before the span a planning word (`prévu`) is looked for. */
const PLANNED_REACH = 3;

/** The tense of the clause holding tokens `[start, end)`. */
export function clauseTense(doc: Doc, start: number, end: number, w: Words = new Words(doc)): Tense {
  const si = doc.sentenceOfToken[start] ?? -1;
  if (si < 0) return 'unknown';
  const s = doc.sentences[si]!;
  // `prévues le 14 avril`, `programmé pour samedi`: what was planned for the date, whatever the main verb says.
  for (let t = start - 1, seen = 0; t >= s.firstToken && seen < PLANNED_REACH; t--) {
    if (w.kind(t) !== TokenKind.Word) continue;
    seen++;
    if (PLANNED.has(w.key(t))) return 'future';
  }
  const before = nearestVerb(w, start - 1, -1, s.firstToken, s.endToken);
  const after = nearestVerb(w, end, 1, s.firstToken, s.endToken);
  const best = after && (!before || after.cost < before.cost) ? after : before;
  return !best || best.tense === 'present' ? 'unknown' : best.tense;
}

/**
 * The first verb from token `from` going `step` (-1 or 1), and its cost: its
 * distance, plus a penalty per comma crossed, so that a verb of the same
 * comma-bounded phrase wins (`Biden, qui s'exprimera jeudi, a promis`).
 */
function nearestVerb(w: Words, from: number, step: 1 | -1, first: number, end: number): { tense: Tense | 'present'; cost: number } | null {
  let commas = 0;
  for (let t = from, d = 0; t >= first && t < end && d < REACH; t += step, d++) {
    if (isClauseEnd(w, t)) return null;
    if (w.kind(t) === TokenKind.Punct) {
      if (w.key(t) === ',') commas++;
      continue;
    }
    const tense = verbTense(w, t, end);
    if (tense) return { tense, cost: d + COMMA_PENALTY * commas };
  }
  return null;
}

function isClauseEnd(w: Words, i: number): boolean {
  if (w.kind(i) === TokenKind.Word) return CONJUNCTIONS.has(w.key(i));
  if (w.kind(i) !== TokenKind.Punct) return false;
  const raw = w.raw(i);
  return CLAUSE_ENDS.has(raw) || CLAUSE_ENDS.has(w.key(i));
}

/** The tense token `i` gives its clause, or null when it is no verb this module knows. */
export function verbTense(w: Words, i: number, limit: number): Tense | 'present' | null {
  if (w.kind(i) !== TokenKind.Word) return null;
  const k = w.key(i);
  if (PLANNED.has(k)) return 'future';
  if (NEAR_FUTURE.has(k)) return 'future';
  if (PAST_AUXILIARIES.has(k)) return 'past';
  if (AVOIR.has(k) || ETRE.has(k)) {
    // Folded `à` is `a`: only the verb counts, and not in `il y a`.
    if (k === 'a' && (w.raw(i) !== 'a' || (i > 0 && w.key(i - 1) === 'y'))) return null;
    return participleFollows(w, i, limit) ? 'past' : k.endsWith('rait') || k.endsWith('raient') ? 'future' : 'present';
  }
  if (NOT_VERBS.has(k) || k.length < 4 || w.capitalized(i)) return k === 'ira' || k === 'iront' ? 'future' : null;
  if (CONDITIONAL_ENDINGS.some((e) => k.endsWith(e))) return participleFollows(w, i, limit) ? 'past' : 'future';
  if (FUTURE_ENDINGS.some((e) => k.endsWith(e))) return 'future';
  for (const [ending, pronoun] of PERSONAL_FUTURE) {
    if (k.endsWith(ending) && pronounBefore(w, i, pronoun)) return 'future';
  }
  if (PAST_ENDINGS.some((e) => k.endsWith(e))) return 'past';
  // `déclarèrent` is past, `différent` is not: only the accents tell.
  if (k.endsWith('erent') && RAW_PAST_ENDINGS.some((e) => w.raw(i).toLowerCase().endsWith(e))) return 'past';
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
  const raw = w.raw(i).toLowerCase();
  if (PARTICIPLE_ENDINGS.some((e) => raw.endsWith(e))) return true;
  return IRREGULAR.has(w.key(i));
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
