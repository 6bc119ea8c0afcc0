/**
 * The state of one run of the pipeline: what the stages have built so far.
 * A fresh state per call; nothing is shared between calls.
 */
import type { CalendarDate } from '../calendar/calendar.js';
import type { ResolvedOptions } from '../options.js';
import type { Event, StageTiming, Warning } from '../schema.js';
import type { Dateline } from '../text/dateline.js';
import type { Derived } from '../text/html.js';
import type { SentenceInfo } from '../text/sentences.js';
import type { Tokens } from '../text/tokens.js';
import { emptyMentions, type Doc, type MentionSet } from './document.js';

export class RunState {
  readonly input: string;
  readonly options: ResolvedOptions;
  /** Set by a stage when nothing is left to do (empty text): later stages are skipped. */
  done = false;
  text = '';
  folded = '';
  /** The folded text's codes, from the text stage to the tokens stage (a buffer the next fold reuses). */
  foldedCodes: Uint16Array | null = null;
  derived: Derived | null = null;
  tokens: Tokens | null = null;
  dateline: Dateline | null = null;
  bodyStart = 0;
  sentences: SentenceInfo[] = [];
  sentenceOfToken: Int32Array = new Int32Array(0);
  referenceDate: CalendarDate | null = null;
  referenceDateSource: 'option' | 'dateline' | null = null;
  warnings: Warning[] = [];
  mentions: MentionSet = emptyMentions();
  events: Event[] = [];
  timings: StageTiming[] = [];
  private built: Doc | null = null;

  constructor(input: string, options: ResolvedOptions) {
    this.input = input;
    this.options = options;
  }

  /** The document as extractors see it; available once the sentences are split. */
  doc(): Doc {
    if (this.built) return this.built;
    if (!this.tokens) throw new Error('internal: the document is read before it is tokenized');
    this.built = {
      input: this.input,
      text: this.text,
      folded: this.folded,
      derived: this.derived,
      tokens: this.tokens,
      dateline: this.dateline,
      bodyStart: this.bodyStart,
      sentences: this.sentences,
      sentenceOfToken: this.sentenceOfToken,
      referenceDate: this.referenceDate,
      warnings: this.warnings,
    };
    return this.built;
  }
}
