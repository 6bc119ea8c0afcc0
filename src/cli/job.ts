/**
 * One document's work for the command line, the same in the main thread and
 * in a worker: analyse it with its own reference date when it has one.
 */
import { analyze } from '../index.js';
import type { AnalyzeOptions } from '../options.js';
import type { DocumentResult } from './formats/types.js';
import type { InputDocument } from './inputs.js';

export interface Job {
  id: number;
  doc: InputDocument;
  options: AnalyzeOptions;
}

export type JobAnswer = { id: number; result: DocumentResult } | { id: number; error: { name: string; message: string; code: string | undefined } };

export function analyzeDocument(doc: InputDocument, options: AnalyzeOptions): DocumentResult {
  const perDoc = doc.referenceDate !== undefined && options.referenceDate === undefined ? { ...options, referenceDate: doc.referenceDate } : options;
  const analysis = analyze(doc.text, perDoc);
  return { source: doc.source, referenceDate: analysis.referenceDate, events: analysis.events };
}

/** An error sent back by a worker, with its code, so that the exit code still says what failed. */
export function reviveError(e: { name: string; message: string; code: string | undefined }): Error {
  return Object.assign(new Error(e.message), { name: e.name, code: e.code });
}
