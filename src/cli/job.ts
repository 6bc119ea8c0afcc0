/**
 * One document's work for the command line, the same in the main thread and
 * in a worker: analyse it with its own reference date when it has one, and
 * render its output (text crosses threads far cheaper than event objects).
 */
import { analyze } from '../index.js';
import type { AnalyzeOptions } from '../options.js';
import { FORMATS } from './formats/index.js';
import type { DocumentResult, FormatWriter } from './formats/types.js';
import type { InputDocument } from './inputs.js';

export interface Job {
  id: number;
  doc: InputDocument;
  options: AnalyzeOptions;
  format: string;
}

export type JobAnswer = { id: number; parts: string[] } | { id: number; error: { name: string; message: string; code: string | undefined } };

export function analyzeDocument(doc: InputDocument, options: AnalyzeOptions): DocumentResult {
  const perDoc = doc.referenceDate !== undefined && options.referenceDate === undefined ? { ...options, referenceDate: doc.referenceDate } : options;
  const analysis = analyze(doc.text, perDoc);
  return { source: doc.source, referenceDate: analysis.referenceDate, events: analysis.events };
}

const renderers = new Map<string, FormatWriter>();

/** The document's output pieces in `format` (see FormatWriter.render). */
export function renderDocument(doc: InputDocument, options: AnalyzeOptions, format: string): string[] {
  let writer = renderers.get(format);
  if (!writer) renderers.set(format, (writer = FORMATS[format]!()));
  return writer.render(analyzeDocument(doc, options));
}

/** An error sent back by a worker, with its code, so that the exit code still says what failed. */
export function reviveError(e: { name: string; message: string; code: string | undefined }): Error {
  return Object.assign(new Error(e.message), { name: e.name, code: e.code });
}
