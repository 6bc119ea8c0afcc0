/**
 * The document every stage reads: the text in its three forms (the input as
 * given, the plain text, the folded text), its tokens and sentences, and the
 * reference date. Offsets inside the pipeline are plain-text offsets; the
 * output stage maps them back to the input.
 */
import type { CalendarDate } from '../calendar/calendar.js';
import type { Mentions, Warning } from '../schema.js';
import type { Dateline } from '../text/dateline.js';
import type { Derived } from '../text/html.js';
import type { SentenceInfo } from '../text/sentences.js';
import type { Tokens } from '../text/tokens.js';

export interface Doc {
  /** The text exactly as the caller gave it. */
  readonly input: string;
  /** Plain text: the input, or the text of an HTML input. */
  readonly text: string;
  /** `fold(text)`: same length, lower case, no accents, plain punctuation. */
  readonly folded: string;
  /** The map from plain text to input, when they differ (HTML input). */
  readonly derived: Derived | null;
  readonly tokens: Tokens;
  readonly dateline: Dateline | null;
  /** Where the body starts: after the dateline, if any. */
  readonly bodyStart: number;
  readonly sentences: readonly SentenceInfo[];
  /** Index of the sentence holding each token, -1 outside any sentence (the dateline). */
  readonly sentenceOfToken: Int32Array;
  readonly referenceDate: CalendarDate | null;
  readonly warnings: Warning[];
}

/** Mentions found so far, as later extractors and the event stage see them. */
export type MentionSet = { [K in keyof Mentions]: Mentions[K] };

export function emptyMentions(): MentionSet {
  return { dates: [], actors: [], places: [], quantities: [], attackTypes: [] };
}
