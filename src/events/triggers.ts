/**
 * Trigger words and phrases in a sentence: the verbs, nouns and phrases of
 * triggers.json, each with its verbal group when it has a verb.
 */
import type { EventType } from '../schema.js';
import type { SentenceContext } from './context.js';
import { eventLexicon, type PhraseEntry, type Tense, type TokenTriggers, type TriggerEntry } from './lexicon.js';
import { verbGroup, type VerbGroup } from './verb-group.js';

export interface Trigger {
  type: EventType;
  lemma: string;
  pos: 'verb' | 'noun' | 'phrase';
  /** Tokens `[first, last]`. */
  first: number;
  last: number;
  entry: TriggerEntry;
  group: VerbGroup | null;
}

/** Words after which a form that is both a noun and a verb (`attaque`, `frappe`) is the noun. */
const NOUN_CONTEXT = new Set([
  'le', 'la', 'l', 'les', 'un', 'une', 'des', 'de', 'd', 'du', 'ce', 'cet', 'cette', 'ces', 'leur', 'leurs', 'sa', 'ses', 'son',
  'nos', 'notre', 'plusieurs', 'aux', 'au', 'par', 'contre', 'nouvelle', 'nouvelles', 'nouveau', 'nouveaux', 'premiere', 'premier',
  'derniere', 'dernier', 'dernieres', 'derniers', 'serie', 'vague', 'quelques', 'autres', 'autre', 'deux', 'trois', 'quatre', 'cinq',
  'six', 'sept', 'huit', 'neuf', 'dix', 'cette', 'chaque', 'toute', 'toutes', 'meme', 'sa', 'propre', "'", 'et', 'ou', 'en', 'apres',
  'avant', 'lors', 'pour', 'sans', 'sur', 'dans', 'nouvel',
]);
const SKIPPED = new Set(["'", '-']);
/** After these, a form is a noun (`une cible`, `la menace`), never a finite verb. */
const DETERMINERS = new Set(['un', 'une', 'des', 'du', 'de', 'd', 'cette', 'ces', 'ce', 'cet', 'sa', 'son', 'ses', 'nos', 'notre', 'aux', 'au', 'la', 'le', 'l', 'leurs', 'quelques', 'plusieurs', 'chaque']);
const AUXILIARY_CONTEXT = new Set(['a', 'ont', 'avait', 'avaient', 'ete', 'est', 'sont', 'etait', 'etaient', 'sera', 'seront', 'aura', 'auront', 'aurait', 'auraient', 'avoir', 'etre', 'ai', 'as', 'avons', 'avez', 'fut', 'furent', 'serait', 'seraient']);

/** The triggers of a sentence; `at` lists the tokens that can start one, when the caller already knows them, and `infos` what each can start. */
export function findTriggers(ctx: SentenceContext, at?: readonly number[], infos?: readonly TokenTriggers[]): Trigger[] {
  const lex = eventLexicon();
  const { keys } = ctx;
  const { firstToken: first, endToken: end } = ctx.info;
  const out: Trigger[] = [];
  let covered = first - 1;
  const positions = at ?? range(first, end);
  for (let n = 0; n < positions.length; n++) {
    const i = positions[n]!;
    if (i <= covered) continue;
    const key = keys[i]!;
    const info = infos ? infos[n] : lex.byToken.get(key);
    if (!info) continue;
    const phrase = info.startsPhrase ? matchPhrase(keys, i, end, info.phrases) : null;
    if (phrase) {
      const heads = (lex.verbForms.get(key) ?? []).filter((r) => phrase.entry.tokens[0] === `@${r.lemma}`);
      const group = heads.length > 0 ? verbGroup(keys, i, first, heads[0]!.lemma, chooseTense(ctx, i, heads)) : null;
      out.push({ type: phrase.entry.type, lemma: phrase.entry.tokens.join(' '), pos: 'phrase', first: i, last: phrase.last, entry: phrase.entry, group });
      covered = phrase.last;
      continue;
    }
    const noun = info.noun;
    const verbReadings = info.verbReadings;
    const prev = i > first ? keys[i - 1]! : '';
    if (noun && (verbReadings.length === 0 || NOUN_CONTEXT.has(prev))) {
      out.push({ type: noun.type, lemma: noun.lemma, pos: 'noun', first: i, last: i, entry: noun, group: null });
      continue;
    }
    if (verbReadings.length > 0 && !(DETERMINERS.has(prev) && verbReadings.every((r) => r.tense !== 'infinitive'))) {
      const lemma = verbReadings[0]!.lemma;
      const entry = lex.verbs.get(lemma)!;
      const group = verbGroup(keys, i, first, lemma, chooseTense(ctx, i, verbReadings));
      out.push({ type: entry.type, lemma, pos: 'verb', first: i, last: i, entry, group });
    }
  }
  return out;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/**
 * A participle reading when an auxiliary comes just before or the word as written
 * ends as one (`blessés`, folded `blesses` like `tu blesses`), else the first finite reading.
 */
function chooseTense(ctx: SentenceContext, i: number, readings: { tense: Tense }[]): Tense {
  const { keys } = ctx;
  const first = ctx.info.firstToken;
  const hasParticiple = readings.some((r) => r.tense === 'participle');
  if (hasParticiple) {
    if (writtenAsParticiple(ctx, i)) return 'participle';
    for (let j = i - 1; j >= first && j >= i - 4; j--) if (AUXILIARY_CONTEXT.has(keys[j]!)) return 'participle';
  }
  const finite = readings.find((r) => r.tense !== 'participle');
  return (finite ?? readings[0]!).tense;
}

function matchPhrase(keys: readonly string[], i: number, end: number, candidates: readonly PhraseEntry[]) {
  const lex = eventLexicon();
  let best: { entry: PhraseEntry; last: number } | null = null;
  for (const entry of candidates) {
    let j = i + 1;
    let ok = true;
    for (let t = 1; t < entry.tokens.length; t++) {
      while (j < end && SKIPPED.has(keys[j]!)) j++;
      const got = keys[j];
      if (got === undefined || j >= end) {
        ok = false;
        break;
      }
      const lemma = entry.lemmas[t];
      const matches = lemma != null ? (lex.verbForms.get(got) ?? []).some((r) => r.lemma === lemma) : got === entry.tokens[t];
      if (!matches) {
        ok = false;
        break;
      }
      j++;
    }
    if (ok && (!best || j - 1 > best.last)) best = { entry, last: j - 1 };
  }
  return best;
}

/** `-é`, `-ée`, `-és`, `-ées` as written: only a participle ends so (first-group verbs). */
function writtenAsParticiple(ctx: SentenceContext, i: number): boolean {
  const { text, starts, ends } = ctx.spans;
  let end = ends[i]!;
  const last = text.charCodeAt(end - 1) | 32;
  if (last === 0x73) end--; // s
  if ((text.charCodeAt(end - 1) | 32) === 0x65 && end - 1 > starts[i]!) end--; // e
  const c = text.charCodeAt(end - 1);
  return c === 0xe9 || c === 0xc9; // é, É
}
