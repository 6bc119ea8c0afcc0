/**
 * What the event stage reads about one sentence: its tokens' folded keys,
 * and the mentions that lie in it, located by token. Built on demand: only
 * the sentences that hold a trigger, and those their slots look back to,
 * are ever read.
 */
import type { Doc, MentionSet } from '../pipeline/document.js';
import type { SentenceInfo } from '../text/sentences.js';
import type { TokenSpans } from './slots.js';

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
}

const CATEGORIES: Category[] = ['dates', 'actors', 'places', 'quantities', 'attackTypes'];

export class Contexts {
  readonly count: number;
  readonly keys: readonly string[];
  readonly spans: TokenSpans;
  private readonly built: (SentenceContext | undefined)[];
  private readonly sorted: { [K in Category]: MentionSet[K] };

  constructor(
    private readonly doc: Doc,
    mentions: MentionSet,
  ) {
    this.count = doc.sentences.length;
    this.keys = doc.tokens.keys();
    this.spans = { text: doc.text, starts: doc.tokens.start, ends: doc.tokens.end };
    this.built = new Array(this.count);
    const byStart = <M extends Mention>(list: readonly M[]) => {
      for (let i = 1; i < list.length; i++) if (list[i - 1]!.start > list[i]!.start) return [...list].sort((a, b) => a.start - b.start);
      return list as M[];
    };
    this.sorted = {
      dates: byStart(mentions.dates),
      actors: byStart(mentions.actors),
      places: byStart(mentions.places),
      quantities: byStart(mentions.quantities),
      attackTypes: byStart(mentions.attackTypes),
    };
  }

  get(index: number): SentenceContext {
    let ctx = this.built[index];
    if (ctx) return ctx;
    const info = this.doc.sentences[index]!;
    ctx = { info, keys: this.keys, spans: this.spans, dates: [], actors: [], places: [], quantities: [], attackTypes: [] };
    for (const category of CATEGORIES) (ctx[category] as unknown as Located<Mention>[]) = this.locate(this.sorted[category] as readonly Mention[], info);
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

  private locate<M extends Mention>(list: readonly M[], info: SentenceInfo): Located<M>[] {
    const { tokens } = this.doc;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < info.start) lo = mid + 1;
      else hi = mid;
    }
    const out: Located<M>[] = [];
    for (let i = lo; i < list.length && list[i]!.start < info.end; i++) {
      const m = list[i]!;
      const first = tokens.indexAt(m.start);
      const last = Math.max(first, tokens.indexAt(m.end) - 1);
      out.push({ ...m, first, last });
    }
    return out;
  }
}
