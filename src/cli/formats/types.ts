import type { Event } from '../../schema.js';

/** What the command line writes for one document. */
export interface DocumentResult {
  source: string;
  referenceDate: string | null;
  events: Event[];
}

/**
 * A streaming writer: `begin`, then each input's pieces in order, then `end`.
 * `render` is pure (a worker thread renders its documents, and sends text back
 * rather than event objects); `place` adds what separates the pieces in the stream.
 */
export interface FormatWriter {
  begin(): string;
  render(result: DocumentResult): string[];
  place(parts: readonly string[], index: number): string;
  end(): string;
}

/** A document's output: its pieces, placed. */
export function writeDocument(writer: FormatWriter, result: DocumentResult, index: number): string {
  return writer.place(writer.render(result), index);
}
