/**
 * The attack-types example corpus (examples.json), run by one generic test:
 * each sentence yields exactly the attack-type mentions it lists, negatives none.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type AttackTypeMention } from '../../src/index.js';

interface Expected {
  text?: string;
  value: string;
}

interface Corpus {
  referenceDate: string;
  examples: ({ expect: string; sentences: string[] } | { sentence: string; mentions: Expected[] })[];
  negatives: string[];
}

const corpus = JSON.parse(readFileSync(new URL('./examples.json', import.meta.url), 'utf8')) as Corpus;

const cases: { sentence: string; mentions: Expected[] }[] = corpus.examples.flatMap((e) =>
  'sentences' in e ? e.sentences.map((sentence) => ({ sentence, mentions: [{ value: e.expect }] })) : [e],
);

function attackTypes(sentence: string): AttackTypeMention[] {
  return analyze(sentence, { referenceDate: corpus.referenceDate, language: 'fr' }).mentions.attackTypes;
}

describe('attack-types corpus', () => {
  it('holds at least 80 examples, and negatives', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(corpus.negatives.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('$sentence', ({ sentence, mentions }) => {
    const found = attackTypes(sentence);
    const withText = mentions.every((m) => m.text !== undefined);
    expect(found.map((m) => (withText ? { text: m.text, value: m.value } : { value: m.value }))).toEqual(mentions);
    for (const m of found) expect(sentence.slice(m.start, m.end)).toBe(m.text);
  });

  it.each(corpus.negatives)('no attack type in: %s', (sentence) => {
    expect(attackTypes(sentence)).toEqual([]);
  });
});
