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

/** What a token is to the clause scan, read once per token (0: not read yet). */
const enum Role {
  ClauseEnd = 1,
  Comma,
  OtherPunct,
  Word,
  Past,
  Future,
  Present,
  /** `prévu`, `programmé`: a future for the date right after it. */
  Planned,
}

const ROLE_OF_TENSE: Record<VerbTense, Role> = { past: Role.Past, future: Role.Future, present: Role.Present };

/** Clause tenses of one document; each token's role is read once, however many dates look at it. */
export class ClauseTenses {
  private readonly doc: Doc;
  private readonly w: Words;
  /** Allocated at the first question: many documents have no date to ask about. */
  private roles: Uint8Array | null = null;

  constructor(doc: Doc, w: Words = new Words(doc)) {
    this.doc = doc;
    this.w = w;
  }

  at(start: number, end: number): Tense {
    const si = this.doc.sentenceOfToken[start] ?? -1;
    if (si < 0) return 'unknown';
    const s = this.doc.sentences[si]!;
    // `prévues le 14 avril`, `programmé pour samedi`: what was planned for the date, whatever the main verb says.
    for (let t = start - 1, seen = 0; t >= s.firstToken && seen < PLANNED_REACH; t--) {
      const role = this.role(t, s.endToken);
      if (role < Role.Word) continue;
      seen++;
      if (role === Role.Planned) return 'future';
    }
    const before = this.nearestVerb(start - 1, -1, s.firstToken, s.endToken);
    const after = this.nearestVerb(end, 1, s.firstToken, s.endToken);
    const best = after && (!before || after.cost < before.cost) ? after : before;
    if (!best || best.role === Role.Present) return 'unknown';
    return best.role === Role.Past ? 'past' : 'future';
  }

  /**
   * The first verb from token `from` going `step` (-1 or 1), and its cost: its
   * distance, plus a penalty per comma crossed, so that a verb of the same
   * comma-bounded phrase wins (`Biden, qui s'exprimera jeudi, a promis`).
   */
  private nearestVerb(from: number, step: 1 | -1, first: number, end: number): { role: Role; cost: number } | null {
    let commas = 0;
    for (let t = from, d = 0; t >= first && t < end && d < REACH; t += step, d++) {
      const role = this.role(t, end);
      if (role === Role.ClauseEnd) return null;
      if (role === Role.Comma) commas++;
      if (role > Role.Word) return { role, cost: d + COMMA_PENALTY * commas };
    }
    return null;
  }

  private role(i: number, end: number): Role {
    const roles = (this.roles ??= new Uint8Array(this.doc.tokens.count));
    const known = roles[i]!;
    if (known !== 0) return known as Role;
    const role = roleOf(this.w, i, end);
    roles[i] = role;
    return role;
  }
}

function roleOf(w: Words, i: number, end: number): Role {
  const kind = w.kind(i);
  if (kind === TokenKind.Punct) {
    const key = w.key(i);
    if (key === ',') return Role.Comma;
    return CLAUSE_ENDS.has(w.raw(i)) || CLAUSE_ENDS.has(key) ? Role.ClauseEnd : Role.OtherPunct;
  }
  if (kind !== TokenKind.Word) return Role.Word;
  const key = w.key(i);
  if (CONJUNCTIONS.has(key)) return Role.ClauseEnd;
  if (PLANNED.has(key)) return Role.Planned;
  const tense = verbTense(w, i, end);
  return tense ? ROLE_OF_TENSE[tense] : Role.Word;
}
