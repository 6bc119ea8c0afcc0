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
import { PLANNED, verbTense, type VerbTense } from './verb-tense.js';
import { Words } from './words.js';

export type Tense = 'past' | 'future' | 'unknown';

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
export function clauseTense(doc: Doc, start: number, end: number): Tense {
  return new ClauseTenses(doc).at(start, end);
}

/** Clause tenses of one document; each word's own tense is read once, however many dates look at it. */
export class ClauseTenses {
  private readonly doc: Doc;
  private readonly w: Words;
  /** 0: not read yet; otherwise 1 + the index of the word's tense in VERB_TENSES. */
  private readonly memo: Uint8Array;

  constructor(doc: Doc, w: Words = new Words(doc)) {
    this.doc = doc;
    this.w = w;
    this.memo = new Uint8Array(doc.tokens.count);
  }

  at(start: number, end: number): Tense {
    const si = this.doc.sentenceOfToken[start] ?? -1;
    if (si < 0) return 'unknown';
    const s = this.doc.sentences[si]!;
    const w = this.w;
    // `prévues le 14 avril`, `programmé pour samedi`: what was planned for the date, whatever the main verb says.
    for (let t = start - 1, seen = 0; t >= s.firstToken && seen < PLANNED_REACH; t--) {
      if (w.kind(t) !== TokenKind.Word) continue;
      seen++;
      if (PLANNED.has(w.key(t))) return 'future';
    }
    const before = this.nearestVerb(start - 1, -1, s.firstToken, s.endToken);
    const after = this.nearestVerb(end, 1, s.firstToken, s.endToken);
    const best = after && (!before || after.cost < before.cost) ? after : before;
    return !best || best.tense === 'present' ? 'unknown' : best.tense;
  }

  /**
   * The first verb from token `from` going `step` (-1 or 1), and its cost: its
   * distance, plus a penalty per comma crossed, so that a verb of the same
   * comma-bounded phrase wins (`Biden, qui s'exprimera jeudi, a promis`).
   */
  private nearestVerb(from: number, step: 1 | -1, first: number, end: number): { tense: VerbTense; cost: number } | null {
    const w = this.w;
    let commas = 0;
    for (let t = from, d = 0; t >= first && t < end && d < REACH; t += step, d++) {
      if (isClauseEnd(w, t)) return null;
      if (w.kind(t) === TokenKind.Punct) {
        if (w.key(t) === ',') commas++;
        continue;
      }
      const tense = this.verbAt(t, end);
      if (tense) return { tense, cost: d + COMMA_PENALTY * commas };
    }
    return null;
  }

  private verbAt(i: number, end: number): VerbTense | null {
    let m = this.memo[i]!;
    if (m === 0) {
      m = 1 + VERB_TENSES.indexOf(verbTense(this.w, i, end));
      this.memo[i] = m;
    }
    return VERB_TENSES[m - 1]!;
  }
}

const VERB_TENSES = [null, 'past', 'future', 'present'] as const;

function isClauseEnd(w: Words, i: number): boolean {
  if (w.kind(i) === TokenKind.Word) return CONJUNCTIONS.has(w.key(i));
  if (w.kind(i) !== TokenKind.Punct) return false;
  const raw = w.raw(i);
  return CLAUSE_ENDS.has(raw) || CLAUSE_ENDS.has(w.key(i));
}
