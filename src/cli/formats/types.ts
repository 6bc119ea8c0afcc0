import type { Event } from '../../schema.js';

/** What the command line writes for one document. */
export interface DocumentResult {
  source: string;
  referenceDate: string | null;
  events: Event[];
}

/** A streaming writer: `begin`, then `document` for each input in order, then `end`. */
export interface FormatWriter {
  begin(): string;
  document(result: DocumentResult, index: number): string;
  end(): string;
}
