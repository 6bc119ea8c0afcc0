/**
 * The event lexicons, indexed once at first use: trigger verbs (every
 * conjugated form), trigger nouns, multi-word trigger phrases, and the
 * modality words.
 */
import modality from '../lexicons/fr/modality.json' with { type: 'json' };
import triggers from '../lexicons/fr/triggers.json' with { type: 'json' };
import verbForms from '../lexicons/fr/verb-forms.json' with { type: 'json' };
import type { EventType } from '../schema.js';
import { WordFilter } from './word-filter.js';

export type Tense = 'infinitive' | 'present' | 'imperfect' | 'future' | 'conditional' | 'simplePast' | 'participle' | 'presentParticiple';
export type Need =
  | 'means' | 'attackNoun' | 'target' | 'casualties' | 'troops' | 'withdrawalObject' | 'withdrawalSubject' | 'agreementObject'
  | 'agreementVerb' | 'threatObject' | 'threatDeadline' | 'threatFrame' | 'announce' | 'date' | 'anaphor' | 'progressive'
  | 'reflexive' | 'future' | 'attackVerb' | 'mission' | 'missionSubject' | 'count';

export interface TriggerEntry {
  type: EventType;
  strength: 'strong' | 'weak';
  needs: Need[];
  claim: boolean;
  notFollowedBy: string[];
  /** `notFollowedBy`, each cut into its words. */
  notFollowedByWords: string[][];
  followedBy: string[];
  tenses: Tense[] | null;
  reflexiveOnly: boolean;
}

export interface PhraseEntry extends TriggerEntry {
  /** Folded tokens; `@lemma` matches any form of the verb. */
  tokens: string[];
  /** For each token, the lemma of an `@lemma` token, else null. */
  lemmas: (string | null)[];
}

interface RawEntry {
  type: string;
  strength: string;
  needs?: string[];
  claim?: boolean;
  notFollowedBy?: string[];
  followedBy?: string[];
  tenses?: string[];
  reflexiveOnly?: boolean;
}

/** What one folded token can start: a trigger noun, trigger verb readings, a phrase. */
export interface TokenTriggers {
  noun: (TriggerEntry & { lemma: string }) | undefined;
  verbReadings: { lemma: string; tense: Tense }[];
  startsPhrase: boolean;
  /** The phrases it may start, in the order they are tried: those headed by the key, then by each of its lemmas. */
  phrases: PhraseEntry[];
}

export interface EventLexicon {
  /** Every token key that can start a trigger; any other token is skipped with one lookup. */
  byToken: Map<string, TokenTriggers>;
  /** A cheaper test run before `byToken`, on the folded text: see `WordFilter`. */
  startFilter: WordFilter;
  /** Folded verb form → its readings. */
  verbForms: Map<string, { lemma: string; tense: Tense }[]>;
  verbs: Map<string, TriggerEntry>;
  nouns: Map<string, TriggerEntry & { lemma: string }>;
  /** Phrases by the folded key (or `@lemma`) of their first token. */
  phrases: Map<string, PhraseEntry[]>;
  modality: { [K in keyof typeof modality]: K extends 'description' ? string : Set<string> };
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function entry(raw: RawEntry): TriggerEntry {
  return {
    type: raw.type as EventType,
    strength: raw.strength === 'strong' ? 'strong' : 'weak',
    needs: (raw.needs ?? []) as Need[],
    claim: raw.claim === true,
    notFollowedBy: raw.notFollowedBy ?? [],
    notFollowedByWords: (raw.notFollowedBy ?? []).map((w) => w.split(' ')),
    followedBy: raw.followedBy ?? [],
    tenses: (raw.tenses as Tense[] | undefined) ?? null,
    reflexiveOnly: raw.reflexiveOnly === true,
  };
}

let cached: EventLexicon | null = null;

export function eventLexicon(): EventLexicon {
  if (cached) return cached;
  const forms = new Map<string, { lemma: string; tense: Tense }[]>();
  for (const [form, readings] of Object.entries(verbForms.forms as unknown as Record<string, [string, string][]>)) {
    forms.set(form, readings.map(([lemma, tense]) => ({ lemma, tense: tense as Tense })));
  }
  const verbs = new Map<string, TriggerEntry>();
  for (const [lemma, raw] of Object.entries(triggers.verbs as Record<string, RawEntry>)) verbs.set(fold(lemma), entry(raw));
  const nouns = new Map<string, TriggerEntry & { lemma: string }>();
  for (const [lemma, raw] of Object.entries(triggers.nouns as Record<string, RawEntry & { forms: string[] }>)) {
    for (const form of raw.forms) nouns.set(form, { ...entry(raw), lemma: fold(lemma) });
  }
  const phrases = new Map<string, PhraseEntry[]>();
  for (const raw of triggers.phrases as (RawEntry & { tokens: string[] })[]) {
    const tokens = raw.tokens.map((t) => (t.startsWith('@') ? `@${fold(t.slice(1))}` : t));
    const list = phrases.get(tokens[0]!) ?? [];
    list.push({ ...entry(raw), tokens, lemmas: tokens.map((t) => (t.startsWith('@') ? t.slice(1) : null)) });
    phrases.set(tokens[0]!, list);
  }
  const sets = Object.fromEntries(
    Object.entries(modality).map(([k, v]) => [k, Array.isArray(v) ? new Set(v) : v]),
  ) as EventLexicon['modality'];
  const byToken = new Map<string, TokenTriggers>();
  const at = (key: string): TokenTriggers => {
    let t = byToken.get(key);
    if (!t) {
      t = { noun: undefined, verbReadings: [], startsPhrase: false, phrases: [] };
      byToken.set(key, t);
    }
    return t;
  };
  for (const [form, entryOfNoun] of nouns) at(form).noun = entryOfNoun;
  for (const [form, readings] of forms) {
    const triggerReadings = readings.filter((r) => verbs.has(r.lemma));
    if (triggerReadings.length > 0) at(form).verbReadings = triggerReadings;
    if (readings.some((r) => phrases.has(`@${r.lemma}`))) at(form).startsPhrase = true;
  }
  for (const head of phrases.keys()) if (!head.startsWith('@')) at(head).startsPhrase = true;
  for (const [key, t] of byToken) {
    if (!t.startsPhrase) continue;
    t.phrases = [...(phrases.get(key) ?? [])];
    for (const r of forms.get(key) ?? []) t.phrases.push(...(phrases.get(`@${r.lemma}`) ?? []));
  }
  const startFilter = new WordFilter();
  for (const key of byToken.keys()) startFilter.add(key);
  cached = { byToken, startFilter, verbForms: forms, verbs, nouns, phrases, modality: sets };
  return cached;
}
