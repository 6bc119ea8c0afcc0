/**
 * The quantities example corpus (examples.json), run by one generic test:
 * each sentence yields exactly the quantity mentions it lists, negatives none.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type QuantityMention } from '../../src/index.js';

interface Expected {
  text?: string;
  value: number;
  qualifier: string;
  kind: string;
}

interface Corpus {
  referenceDate: string;
  examples: ({ expect: Expected; sentences: string[] } | { sentence: string; mentions: Expected[] })[];
  negatives: string[];
}

const corpus = JSON.parse(readFileSync(new URL('./examples.json', import.meta.url), 'utf8')) as Corpus;

const cases: { sentence: string; mentions: Expected[] }[] = corpus.examples.flatMap((e) =>
  'sentences' in e ? e.sentences.map((sentence) => ({ sentence, mentions: [e.expect] })) : [e],
);

function quantities(sentence: string): QuantityMention[] {
  return analyze(sentence, { referenceDate: corpus.referenceDate, language: 'fr' }).mentions.quantities;
}

const shape = (m: Expected | QuantityMention, withText: boolean) => ({
  ...(withText ? { text: m.text } : {}),
  value: m.value,
  qualifier: m.qualifier,
  kind: m.kind,
});

describe('quantities corpus', () => {
  it('holds the examples and negatives the issue asks for', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(corpus.negatives.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('$sentence', ({ sentence, mentions }) => {
    const found = quantities(sentence);
    const withText = mentions.every((m) => m.text !== undefined);
    expect(found.map((m) => shape(m, withText))).toEqual(mentions.map((m) => shape(m, withText)));
    for (const m of found) expect(sentence.slice(m.start, m.end)).toBe(m.text);
  });

  it.each(corpus.negatives)('no quantity in: %s', (sentence) => {
    expect(quantities(sentence)).toEqual([]);
  });
});
