/**
 * What the event stage reads about one sentence: its tokens' folded keys,
 * and the mentions that lie in it, located by token.
 */
import type { Doc, MentionSet } from '../pipeline/document.js';
import type { SentenceInfo } from '../text/sentences.js';

type Mention = { start: number; end: number };
export type Located<M> = M & { first: number; last: number };

export interface SentenceContext {
  info: SentenceInfo;
  /** Folded key of each token of the document (shared). */
  keys: readonly string[];
  dates: Located<MentionSet['dates'][number]>[];
  actors: Located<MentionSet['actors'][number]>[];
  places: Located<MentionSet['places'][number]>[];
  quantities: Located<MentionSet['quantities'][number]>[];
  attackTypes: Located<MentionSet['attackTypes'][number]>[];
}

/** Sentence contexts for every sentence that could hold an event or a slot. */
export function sentenceContexts(doc: Doc, mentions: MentionSet): SentenceContext[] {
  const { tokens } = doc;
  const keys = tokens.keys();
  const out: SentenceContext[] = doc.sentences.map((info) => ({ info, keys, dates: [], actors: [], places: [], quantities: [], attackTypes: [] }));
  const place = <M extends Mention>(list: readonly M[], field: 'dates' | 'actors' | 'places' | 'quantities' | 'attackTypes') => {
    for (const m of list) {
      const first = tokens.indexAt(m.start);
      const last = Math.max(first, tokens.indexAt(m.end) - 1);
      const s = first < tokens.count ? doc.sentenceOfToken[first]! : -1;
      if (s < 0) continue;
      (out[s]![field] as unknown as Located<M>[]).push({ ...m, first, last });
    }
  };
  place(mentions.dates, 'dates');
  place(mentions.actors, 'actors');
  place(mentions.places, 'places');
  place(mentions.quantities, 'quantities');
  place(mentions.attackTypes, 'attackTypes');
  for (const s of out) {
    for (const list of [s.dates, s.actors, s.places, s.quantities, s.attackTypes] as Located<Mention>[][]) list.sort((a, b) => a.first - b.first);
  }
  return out;
}
