/**
 * lexicon/alias-words.json holds the gazetteer's aliases and demonyms cut
 * into word keys ahead of time. The file must say what the code computes:
 * `UPDATE_ALIAS_WORDS=1 npx vitest run test/actors/alias-words.test.ts`
 * writes it anew after a change of the data or of the cutting.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aliasWordsOfData } from '../../src/extractors/actors/alias-store.js';
import { gazetteer } from '../../src/extractors/actors/gazetteer.js';

const FILE = new URL('../../src/extractors/actors/lexicon/alias-words.json', import.meta.url);

describe('aliases cut ahead of time', () => {
  it('are the cuts the code computes for the data', () => {
    gazetteer();
    const expected = aliasWordsOfData();
    if (process.env.UPDATE_ALIAS_WORDS) writeFileSync(FILE, `${JSON.stringify(expected)}\n`);
    expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(expected);
    expect(Object.keys(expected.words).length).toBeGreaterThan(1000);
  });
});
