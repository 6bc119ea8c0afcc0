/**
 * Runs `analyze()` over an annotated corpus, each document with its gold
 * reference date, and scores the results.
 */
import { analyze } from '../index.js';
import type { AnnotatedDocument } from './corpus.js';
import { corpusMetrics, scoreDocument, sumScores, type CorpusMetrics, type CorpusScore, type DocumentScore } from './score.js';

export interface Evaluation {
  documents: DocumentScore[];
  score: CorpusScore;
  metrics: CorpusMetrics;
}

export function evaluate(corpus: readonly AnnotatedDocument[]): Evaluation {
  const documents = corpus.map((d) => {
    // The gold's reference date is the truth; null means none (no dateline guess either).
    const analysis = analyze(d.text, { referenceDate: d.gold.referenceDate, language: 'fr' });
    return scoreDocument(d.name, d.text, d.gold, analysis);
  });
  const score = sumScores(documents);
  return { documents, score, metrics: corpusMetrics(score) };
}
