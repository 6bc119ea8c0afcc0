/**
 * The verbal group around a verb: its auxiliaries, voice, tense and
 * negation, read from the few tokens before and after it. French news
 * writes a finite verb as `[ne] [clitics] aux [adverbs] [été] participle [pas]`.
 */
import { eventLexicon, type Tense } from './lexicon.js';

export type GroupTense = 'past' | 'present' | 'future' | 'conditional' | 'infinitive' | 'participle';

export interface VerbGroup {
  /** First token of the group (auxiliary or clitic). */
  start: number;
  tense: GroupTense;
  passive: boolean;
  negated: boolean;
  /** A reflexive clitic (`se`, `s'`) precedes it. */
  reflexive: boolean;
  /** For an infinitive: the folded key of the word that governs it (`de`, `pour`, a modal's lemma). */
  governor: string | null;
}

const CLITICS = new Set(['se', 's', 'l', 'le', 'la', 'les', 'leur', 'lui', 'y', 'en', 'ne', 'n', 'me', 'te', 'nous', 'vous', "'"]);
const ADVERBS = new Set(['deja', 'egalement', 'aussi', 'encore', 'bien', 'pas', 'plus', 'jamais', 'toujours', 'finalement', 'ensuite', 'alors', 'donc', 'notamment', 'officiellement', 'recemment', 'meme', 'tous', 'toutes', 'ainsi', 'effectivement', 'apparemment', 'visiblement', 'probablement', 'reellement', 'definitivement', 'regulierement', 'de', 'nouveau', 't', '-']);
const NEGATION_AFTER = new Set(['pas', 'plus', 'jamais', 'point']);
/** Verbs conjugated with être in compound tenses: être + participle is not a passive for them. */
const MOTION = new Set(['tomber', 'mourir', 'partir', 'survenir', 'parvenir', 'venir', 'aller', 'arriver', 'rester', 'devenir', 'revenir', 'perir']);

function readings(key: string): { lemma: string; tense: Tense }[] {
  return eventLexicon().verbForms.get(key) ?? [];
}

function auxTense(key: string): Tense | null {
  for (const r of readings(key)) if (r.lemma === 'avoir' || r.lemma === 'etre') return r.tense;
  return null;
}

/** Reads the group of the verb at `index`, whose own reading is `tense`. */
export function verbGroup(keys: readonly string[], index: number, first: number, lemma: string, tense: Tense): VerbGroup {
  let i = index - 1;
  let aux: Tense | null = null;
  let beenSeen = false;
  let reflexive = false;
  let negated = false;
  let start = index;
  // Walk back over adverbs, `été`, auxiliaries and clitics.
  for (let steps = 0; i >= first && steps < 6; i--, steps++) {
    const k = keys[i]!;
    if (k === 'ete' && aux === null) {
      beenSeen = true;
      start = i;
      continue;
    }
    const a = auxTense(k);
    if (a !== null && aux === null && (tense === 'participle' || tense === 'infinitive')) {
      aux = a;
      start = i;
      continue;
    }
    if (CLITICS.has(k) || ADVERBS.has(k)) {
      if (k === 'se' || k === 's') reflexive = true;
      if (k === 'ne' || k === 'n') negated = true;
      if (aux !== null || k === 'ne' || k === 'n' || k === 'se' || k === 's') start = i;
      continue;
    }
    break;
  }
  if (negated && !hasNegationAfter(keys, start, index + 4)) negated = false;
  const participle = tense === 'participle';
  let groupTense: GroupTense;
  let passive = false;
  if (participle && aux !== null) {
    passive = beenSeen || (auxIsEtre(keys, start, index) && !MOTION.has(lemma) && !reflexive);
    groupTense = aux === 'future' ? 'future' : aux === 'conditional' ? 'conditional' : 'past';
  } else if (participle) {
    groupTense = 'participle';
  } else if (tense === 'future') groupTense = 'future';
  else if (tense === 'conditional') groupTense = 'conditional';
  else if (tense === 'infinitive') groupTense = 'infinitive';
  else if (tense === 'present' || tense === 'presentParticiple') groupTense = 'present';
  else groupTense = 'past';
  const governor = groupTense === 'infinitive' ? governorOf(keys, start, first) : null;
  return { start, tense: groupTense, passive, negated, reflexive, governor };
}

function hasNegationAfter(keys: readonly string[], from: number, to: number): boolean {
  for (let j = from; j < Math.min(keys.length, to); j++) if (NEGATION_AFTER.has(keys[j]!)) return true;
  return false;
}

function auxIsEtre(keys: readonly string[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (readings(keys[j]!).some((r) => r.lemma === 'etre')) return true;
  return false;
}

function governorOf(keys: readonly string[], start: number, first: number): string | null {
  for (let i = start - 1; i >= first && i >= start - 3; i--) {
    const k = keys[i]!;
    if (k === "'" || CLITICS.has(k)) continue;
    for (const r of readings(k)) if (r.lemma !== 'avoir' && r.lemma !== 'etre') return r.lemma;
    if (k === 'avoir') return 'avoir';
    return k;
  }
  return null;
}
