/**
 * Runs `analyze()` over an annotated corpus, each document with its gold
 * reference date, and scores the results.
 */
import { analyze } from '../index.js';
import type { Analysis } from '../schema.js';
import { InvalidGoldError, type AnnotatedDocument } from './corpus.js';
import { corpusMetrics, documentMetrics, scoreDocument, sumScores, type CorpusMetrics, type CorpusScore, type DocumentScore } from './score.js';

export interface DocumentEvaluation {
  document: AnnotatedDocument;
  analysis: Analysis;
  score: DocumentScore;
  metrics: CorpusMetrics;
}

export interface Evaluation {
  documents: DocumentEvaluation[];
  score: CorpusScore;
  metrics: CorpusMetrics;
}

/** What the library returns for a document, run as the evaluation runs it. */
export function analyzeForEvaluation(d: Pick<AnnotatedDocument, 'name' | 'text' | 'gold' | 'goldPath'>): Analysis {
  try {
    // The gold's reference date is the truth; null means none (no dateline guess either).
    return analyze(d.text, { referenceDate: d.gold.referenceDate, language: 'fr' });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if ((error as { code?: unknown }).code === 'INVALID_REFERENCE_DATE') throw new InvalidGoldError(`${d.goldPath}: referenceDate: ${message}`);
    throw new Error(`analyze() failed on ${d.name}: ${message}`, { cause: error });
  }
}

export function evaluate(corpus: readonly AnnotatedDocument[]): Evaluation {
  const documents = corpus.map((document) => {
    const analysis = analyzeForEvaluation(document);
    const score = scoreDocument(document.name, document.text, document.gold, analysis);
    return { document, analysis, score, metrics: documentMetrics(score) };
  });
  const score = sumScores(documents.map((d) => d.score));
  return { documents, score, metrics: corpusMetrics(score) };
}
