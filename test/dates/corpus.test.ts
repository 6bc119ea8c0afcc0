/**
 * The example corpus (corpus.json), run by one generic test: every sentence
 * must yield exactly the date mentions listed, with their text, value,
 * precision and mod; every negative must yield none; every backlog entry
 * must still differ from what it expects (a fix moves it into the corpus).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

type Expected = [text: string, value: string | null, precision: string, mod?: string];
interface Corpus {
  groups: { ref: string | null; note: string; examples: { text: string; dates: Expected[] }[] }[];
  negatives: { ref: string | null; note: string; texts: string[] }[];
  backlog: { text: string; ref: string | null; dates: Expected[]; why: string }[];
}

const corpus = JSON.parse(readFileSync(new URL('./corpus.json', import.meta.url), 'utf8')) as Corpus;

function datesOf(text: string, ref: string | null): Expected[] {
  const { mentions } = analyze(text, { referenceDate: ref, language: 'fr' });
  for (const d of mentions.dates) {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(d.rule).not.toBe('');
  }
  return mentions.dates.map((d) => {
    const row: Expected = [d.text, d.value, d.precision];
    if (d.mod) row.push(d.mod);
    return row;
  });
}

describe('dates corpus', () => {
  for (const group of corpus.groups) {
    describe(`ref ${group.ref}: ${group.note}`, () => {
      it.each(group.examples.map((e) => [e.text, e.dates] as const))('%s', (text, dates) => {
        expect(datesOf(text, group.ref)).toEqual(dates);
      });
    });
  }
  for (const negatives of corpus.negatives) {
    describe(`negatives, ref ${negatives.ref}: ${negatives.note}`, () => {
      it.each(negatives.texts)('%s', (text) => {
        expect(datesOf(text, negatives.ref)).toEqual([]);
      });
    });
  }
  describe('backlog: known gaps, listed until fixed', () => {
    it.each(corpus.backlog.map((b) => [b.text, b] as const))('%s', (_text, b) => {
      expect(datesOf(b.text, b.ref)).not.toEqual(b.dates);
    });
  });
  it('holds at least 200 examples and 40 negatives', () => {
    expect(corpus.groups.reduce((n, g) => n + g.examples.length, 0)).toBeGreaterThanOrEqual(200);
    expect(corpus.negatives.reduce((n, g) => n + g.texts.length, 0)).toBeGreaterThanOrEqual(40);
  });
});
