/**
 * Find: the number part of a counted phrase, read by the first of a few named
 * rules that applies at a word. Vague plurals take twice their unit
 * (`des centaines` 200 min, `plusieurs` 2 min); collectives are approximate
 * (`une centaine` 100 approx, `deux centaines` 200 approx).
 */
import type { Qualifier } from '../../schema.js';
import { TokenKind } from '../../text/tokens.js';
import type { Words } from '../words.js';
import { readWordCardinal } from './cardinal.js';
import { readDigits } from './digits.js';
import type { QuantityLexicon } from './lexicon.js';

export interface NumberPhrase {
  /** Words `[start, end)`. */
  start: number;
  end: number;
  value: number;
  qualifier: Qualifier;
  rule: string;
  /** A bare `un` / `une`, which is most often an article. */
  article: boolean;
  /** `une centaine de`, `deux millions de`: the head noun comes after `de`. */
  takesDe: boolean;
  /** `plusieurs`, `quelques`, `des`: a vague count, never a troop figure by itself (`des centaines` is one). */
  vague: boolean;
  /** The indefinite article `des`, which counts casualty nouns only (`des blessés`). */
  des: boolean;
}

export interface NumberContext {
  words: Words;
  folded: string;
  lex: QuantityLexicon;
  /** First word of the sentence being read. */
  floor: number;
}

interface NumberRule {
  name: string;
  read(ctx: NumberContext, w: number, limit: number): NumberPhrase | null;
}

function phrase(start: number, end: number, value: number, qualifier: Qualifier, rule: string, flags: { takesDe?: boolean; vague?: boolean; des?: boolean } = NO_FLAGS): NumberPhrase {
  return { start, end, value, qualifier, rule, article: false, takesDe: flags.takesDe === true, vague: flags.vague === true, des: flags.des === true };
}
const NO_FLAGS = {};

export const NUMBER_RULES: readonly NumberRule[] = [
  {
    // `entre 20 et 30 soldats`: a range counts at least its lower bound.
    name: 'range',
    read(ctx, w, limit) {
      if (!ctx.words.is(w, 'entre')) return null;
      const low = readPlain(ctx, w + 1, limit);
      if (!low || !ctx.words.is(low.end, 'et')) return null;
      const high = readPlain(ctx, low.end + 1, limit);
      if (!high) return null;
      // `entre deux et trois mille`: the lower bound shares the upper one's magnitude.
      const last = ctx.words.key(high.end - 1);
      const magnitude = ctx.lex.multipliers.get(last) ?? (ctx.lex.thousands.has(last) ? 1000 : 1);
      const value = low.value * magnitude <= high.value ? low.value * magnitude : low.value;
      if (high.value < value) return null;
      return { ...high, start: w, value, qualifier: 'min', rule: 'range' };
    },
  },
  {
    name: 'vague-collective',
    read({ words, lex }, w, limit) {
      const det = lex.pluralDeterminers.has(words.key(w));
      const at = det ? w + 1 : w;
      const unit = at < limit ? pluralCollective(lex, words.key(at)) : undefined;
      if (unit === undefined) return null;
      const start = words.key(w) === 'de' || words.key(w) === 'd' ? at : w;
      const scaled = scaleByThousands(words, lex, at + 1, limit);
      return phrase(start, scaled.end, 2 * unit * scaled.factor, 'min', 'vague-collective', { takesDe: true });
    },
  },
  {
    name: 'vague-determiner',
    read({ words, lex }, w, limit) {
      const m = lex.vague.at(words, w, limit);
      // `quelques 3.000 soldats`: the number reads on, `quelques` qualifies it.
      if (!m || (m.end < limit && startsCardinal(words, lex, m.end))) return null;
      return phrase(w, m.end, m.value.value, m.value.qualifier, 'vague-determiner', { vague: true });
    },
  },
  {
    name: 'indefinite-des',
    read({ words, lex, floor }, w, limit) {
      if (words.key(w) !== 'des' || w + 1 >= limit) return null;
      const cls = lex.heads.get(words.key(w + 1));
      if (cls !== 'killed' && cls !== 'injured') return null;
      let before = w - 1;
      while (before >= floor && words.key(before) === '"') before--;
      if (before >= floor && !lex.indefiniteDesAfter.has(words.key(before))) return null;
      return phrase(w, w + 1, 2, 'min', 'indefinite-des', { vague: true, des: true });
    },
  },
  {
    name: 'digits',
    read(ctx, w, limit) {
      const d = readDigits(ctx.words, ctx.folded, w, limit);
      if (!d) return null;
      return withMagnitude(ctx, w, d.end, d.value, limit, 'digits');
    },
  },
  {
    name: 'words',
    read(ctx, w, limit) {
      const c = readWordCardinal(ctx.words, ctx.lex, w, limit);
      if (!c) return null;
      const p = withMagnitude(ctx, w, c.end, c.value, limit, 'words');
      if (p && p.end === w + 1 && c.value === 1) p.article = true;
      return p;
    },
  },
];

/** `1,8 million de`, `deux centaines de`, `20 mille`; a count must come out whole. */
/** No count of people or attacks is larger: a longer digit string is an identifier. */
const MAX_COUNT = 1e10;

function withMagnitude({ words, lex }: NumberContext, start: number, end: number, value: number, limit: number, rule: string): NumberPhrase | null {
  const next = end < limit ? words.key(end) : '';
  const multiplier = lex.multipliers.get(next) ?? (lex.thousands.has(next) ? 1000 : undefined);
  if (multiplier !== undefined) {
    const v = Math.round(value * multiplier);
    return phrase(start, end + 1, v, 'exact', `${rule}-magnitude`, { takesDe: multiplier >= 1_000_000 });
  }
  // `une petite dizaine`, `une bonne centaine`.
  const adjective = lex.collectiveAdjectives.has(next) && end + 1 < limit ? 1 : 0;
  const unit = lex.collectives.get(adjective ? words.key(end + 1) : next);
  if (unit !== undefined && Number.isInteger(value)) {
    const scaled = scaleByThousands(words, lex, end + 1 + adjective, limit);
    return phrase(start, scaled.end, value * unit * scaled.factor, 'approx', `${rule}-collective`, { takesDe: true });
  }
  if (!Number.isInteger(value)) return null;
  return phrase(start, end, value, 'exact', rule);
}

function startsCardinal(words: Words, lex: QuantityLexicon, w: number): boolean {
  const k = words.key(w);
  return words.kind[w] === TokenKind.Number || lex.units.has(k) || lex.teens.has(k) || lex.tens.has(k) || lex.hundreds.has(k) || lex.thousands.has(k);
}

function pluralCollective(lex: QuantityLexicon, key: string): number | undefined {
  if (!key.endsWith('s')) return undefined;
  return lex.collectives.get(key) ?? lex.multipliers.get(key);
}

/** `des dizaines de milliers`: the collective scaled by a following `de milliers` / `de millions`. */
function scaleByThousands(words: Words, lex: QuantityLexicon, w: number, limit: number): { factor: number; end: number } {
  if (w + 1 < limit && (words.key(w) === 'de' || words.key(w) === 'd')) {
    const k = words.key(w + 1);
    const factor = k === 'milliers' ? 1000 : lex.multipliers.get(k);
    if (factor !== undefined) return { factor, end: w + 2 };
  }
  return { factor: 1, end: w };
}

/** A number in digits or words, without determiners. */
function readPlain(ctx: NumberContext, w: number, limit: number): NumberPhrase | null {
  if (w >= limit) return null;
  for (const rule of NUMBER_RULES) {
    if (rule.name !== 'digits' && rule.name !== 'words') continue;
    const p = rule.read(ctx, w, limit);
    if (p) return p;
  }
  return null;
}

export function readNumber(ctx: NumberContext, w: number, limit: number): NumberPhrase | null {
  for (const rule of NUMBER_RULES) {
    const p = rule.read(ctx, w, limit);
    if (p) return p.value <= MAX_COUNT ? p : null;
  }
  return null;
}
