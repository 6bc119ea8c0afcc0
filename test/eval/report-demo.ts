/**
 * A demonstration evaluation for the report: the seeds' gold turned into a
 * prediction, then spoiled in known ways (a wrong date value, a wrong place
 * country, dropped mentions, a spurious mention, a dropped event, a spurious
 * event, a wrong slot), so that every status the page can show is on it.
 */
import { loadCorpus } from '../../src/eval/corpus.js';
import { goldAsAnalysis } from '../../src/eval/gold-analysis.js';
import type { Evaluation } from '../../src/eval/run.js';
import { corpusMetrics, documentMetrics, scoreDocument, sumScores } from '../../src/eval/score.js';
import { analyze } from '../../src/index.js';

function spoil(text: string, p: ReturnType<typeof goldAsAnalysis>, seed: number): ReturnType<typeof goldAsAnalysis> {
  const m = p.mentions;
  const dates = m.dates.map((d, i) => (i === 0 ? { ...d, value: '1999-01-01' } : d));
  const places = m.places.filter((_, i) => i % 3 !== 1).map((x, i) => (i === 0 ? { ...x, country: 'FR' } : x));
  const actors = m.actors.filter((_, i) => i % 4 !== 2);
  const word = /\b[a-zà-ÿ]{9,}\b/.exec(text.slice(200));
  const spurious = word ? [{ start: 200 + word.index, end: 200 + word.index + word[0].length, text: word[0], value: 'drone' as const, rule: 'demo' }] : [];
  const events = p.events.filter((_, i) => i !== seed % Math.max(1, p.events.length)).map((e, i) => (i === 0 ? { ...e, target: null, date: e.date ? { ...e.date, value: '2000' } : e.date } : e));
  const first = p.events[0];
  if (first) events.push({ ...first, type: first.type === 'attack' ? 'threat' : 'attack', attackTypes: first.type === 'attack' ? [] : ['unknown'] });
  return { mentions: { ...m, dates, places, actors, attackTypes: [...m.attackTypes, ...spurious].sort((a, b) => a.start - b.start) }, events };
}

export function demoEvaluation(goldDir = 'fixtures', textDir = 'seeds'): Evaluation {
  const documents = loadCorpus(goldDir, textDir).map((document, i) => {
    const prediction = spoil(document.text, goldAsAnalysis(document.text, document.gold), i);
    const analysis = { ...analyze(document.text, { referenceDate: document.gold.referenceDate, language: 'fr' }), ...prediction };
    const score = scoreDocument(document.name, document.text, document.gold, analysis);
    return { document, analysis, score, metrics: documentMetrics(score) };
  });
  const score = sumScores(documents.map((d) => d.score));
  return { documents, score, metrics: corpusMetrics(score) };
}
