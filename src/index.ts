/**
 * conflits-fr: armed-conflict events from French news.
 *
 *   import { extractEvents } from 'conflits-fr';
 *   const events = extractEvents(text, { referenceDate: '2024-11-16' });
 */
import type { AnalyzeOptions } from './options.js';
import { runPipeline } from './pipeline/run.js';
import type { Analysis, Event } from './schema.js';

/** Everything the pipeline found: sentences, mentions per category, events. */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  return runPipeline(text, options);
}

/** The events of a French news text, each with its slots and evidence. */
export function extractEvents(text: string, options?: AnalyzeOptions): Event[] {
  return runPipeline(text, options).events;
}

export type { AnalyzeOptions } from './options.js';
export { DEFAULT_MAX_LENGTH } from './text/input.js';
export {
  ConflitsFrError,
  InputTooLargeError,
  InvalidReferenceDateError,
  UnreadableInputError,
  UnsupportedLanguageError,
} from './errors.js';
export * from './schema.js';
