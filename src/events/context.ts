/**
 * What the event stage reads about one sentence: its tokens' folded keys,
 * and the mentions that lie in it, located by token. Built on demand: only
 * the sentences that hold a trigger, and those their slots look back to,
 * are ever read.
 */
import type { Doc, MentionSet } from '../pipeline/document.js';
import { sortedByStart } from '../pipeline/overlaps.js';
import type { DateValue } from '../schema.js';
import type { SentenceInfo } from '../text/sentences.js';
import type { PlaceRole, TokenSpans } from './slots.js';

type Mention = { start: number; end: number };
export type Located<M> = M & { first: number; last: number };
type Category = keyof MentionSet;

export interface SentenceContext {
  info: SentenceInfo;
  /** Folded key of each token of the document (shared). */
  keys: readonly string[];
  /** The document's text and its tokens' offsets (shared): what the keys lost, such as accents. */
  spans: TokenSpans;
  dates: Located<MentionSet['dates'][number]>[];
  actors: Located<MentionSet['actors'][number]>[];
  places: Located<MentionSet['places'][number]>[];
  quantities: Located<MentionSet['quantities'][number]>[];
  attackTypes: Located<MentionSet['attackTypes'][number]>[];
  /** What the event stage reads about the sentence once for all its triggers, filled on first use. */
  memo: SentenceMemo;
}

export interface SentenceMemo {
  /** Word features of each token, from the first (see `features.ts`). */
  features?: number[];
  /** The role of each place mention, by its index in `places`. */
  placeRoles?: PlaceRole[];
  /** Names of the places given as landmarks, in order. */
  landmarks?: string[];
  /** Tokens of territory nouns (`territoire`, `sol`). */
  territoryNouns?: number[];
}

export class Contexts {
  readonly count: number;
  readonly keys: readonly string[];
  readonly spans: TokenSpans;
  /** Each sentence's paragraph date, per date filter (see `fill.ts`), filled on first use. */
  paragraphDates: [Map<number, DateValue | null>, Map<number, DateValue | null>] | null = null;
  private readonly built: (SentenceContext | undefined)[];
  private readonly sorted: { readonly [K in Category]: readonly MentionSet[K][number][] };

  constructor(
    private readonly doc: Doc,
    mentions: MentionSet,
  ) {
    this.count = doc.sentences.length;
    this.keys = doc.tokens.keys();
    this.spans = { text: doc.text, starts: doc.tokens.start, ends: doc.tokens.end };
    this.built = new Array(this.count);
    this.sorted = {
      dates: sortedByStart(mentions.dates),
      actors: sortedByStart(mentions.actors),
      places: sortedByStart(mentions.places),
      quantities: sortedByStart(mentions.quantities),
      attackTypes: sortedByStart(mentions.attackTypes),
    };
  }

  get(index: number): SentenceContext {
    let ctx = this.built[index];
    if (ctx) return ctx;
    const info = this.doc.sentences[index]!;
    // Every mention of the sentence starts at or after its first token: one search, then forward walks.
    const from = this.doc.tokens.indexAt(info.start);
    ctx = {
      info,
      keys: this.keys,
      spans: this.spans,
      dates: this.locate(this.sorted.dates, info, from, locatedDate),
      actors: this.locate(this.sorted.actors, info, from, locatedActor),
      places: this.locate(this.sorted.places, info, from, locatedPlace),
      quantities: this.locate(this.sorted.quantities, info, from, locatedQuantity),
      attackTypes: this.locate(this.sorted.attackTypes, info, from, locatedAttackType),
      memo: {},
    };
    this.built[index] = ctx;
    return ctx;
  }

  /** Indices of the sentences holding at least one mention of `category`. */
  sentencesWith(category: Category): Set<number> {
    const out = new Set<number>();
    const { tokens, sentenceOfToken } = this.doc;
    for (const m of this.sorted[category]) {
      const t = tokens.indexAt(m.start);
      if (t < tokens.count && sentenceOfToken[t]! >= 0) out.add(sentenceOfToken[t]!);
    }
    return out;
  }

  /** The mentions of `list` (sorted by start) that start in the sentence, with their tokens; `from` is the first token at or after its start. */
  private locate<M extends Mention>(list: readonly M[], info: SentenceInfo, from: number, copy: (m: M, first: number, last: number) => Located<M>): Located<M>[] {
    const { start: starts, count } = this.doc.tokens;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < info.start) lo = mid + 1;
      else hi = mid;
    }
    const out: Located<M>[] = [];
    let first = from;
    for (let i = lo; i < list.length && list[i]!.start < info.end; i++) {
      const m = list[i]!;
      while (first < count && starts[first]! < m.start) first++;
      let after = first;
      while (after < count && starts[after]! < m.end) after++;
      out.push(copy(m, first, Math.max(first, after - 1)));
    }
    return out;
  }
}

/*
 * Located copies, field by field: one object shape per category, several
 * times faster to build than a spread or Object.assign of the mention. A
 * field added to a mention schema must be added here for the events to see it.
 */
type M<K extends Category> = MentionSet[K][number];

function locatedDate(m: M<'dates'>, first: number, last: number): Located<M<'dates'>> {
  return { start: m.start, end: m.end, text: m.text, value: m.value, precision: m.precision, mod: m.mod, rule: m.rule, first, last };
}

function locatedActor(m: M<'actors'>, first: number, last: number): Located<M<'actors'>> {
  return { start: m.start, end: m.end, text: m.text, id: m.id, name: m.name, kind: m.kind, rule: m.rule, first, last };
}

function locatedPlace(m: M<'places'>, first: number, last: number): Located<M<'places'>> {
  return { start: m.start, end: m.end, text: m.text, name: m.name, country: m.country, kind: m.kind, lat: m.lat, lon: m.lon, rule: m.rule, first, last };
}

function locatedQuantity(m: M<'quantities'>, first: number, last: number): Located<M<'quantities'>> {
  return { start: m.start, end: m.end, text: m.text, value: m.value, qualifier: m.qualifier, kind: m.kind, rule: m.rule, first, last };
}

function locatedAttackType(m: M<'attackTypes'>, first: number, last: number): Located<M<'attackTypes'>> {
  return { start: m.start, end: m.end, text: m.text, value: m.value, rule: m.rule, first, last };
}
