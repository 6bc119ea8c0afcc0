import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import corpus from './corpus.json' with { type: 'json' };

interface Example {
  text: string;
  actors: [string, string][];
}

function actorsOf(text: string): [string, string][] {
  const r = analyze(text, { referenceDate: corpus.referenceDate, language: 'fr' });
  for (const a of r.mentions.actors) expect(text.slice(a.start, a.end)).toBe(a.text);
  return r.mentions.actors.map((a) => [a.text, a.id]);
}

describe('actor corpus', () => {
  it.each((corpus.examples as Example[]).map((e) => [e.text, e] as const))('%s', (_text, e) => {
    expect(actorsOf(e.text)).toEqual(e.actors);
  });
});

describe('actor backlog (known gaps, listed so that they are not forgotten)', () => {
  it.each((corpus.backlog as (Example & { why: string })[]).map((e) => [e.text, e] as const))('%s', (_text, e) => {
    // A gap that closes should move to the examples: this fails when the output becomes right.
    expect(actorsOf(e.text)).not.toEqual(e.actors);
  });
});
