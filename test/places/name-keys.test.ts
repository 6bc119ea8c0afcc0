/**
 * data/name-keys.json holds the matching keys of the names the small index
 * is built from (countries, capitals, curated places, exonyms), computed
 * ahead so that the first document does not compute them. The file must
 * say what the code computes: `UPDATE_NAME_KEYS=1 npx vitest run
 * test/places/name-keys.test.ts` writes it anew after a change of the data
 * or of the keys.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameKeysOfData } from '../../src/extractors/places/name-keys.js';

const FILE = new URL('../../src/extractors/places/data/name-keys.json', import.meta.url);

describe('precomputed name keys', () => {
  it('are the keys the code computes for the data', () => {
    const expected = nameKeysOfData();
    if (process.env.UPDATE_NAME_KEYS) writeFileSync(FILE, `${JSON.stringify(expected, null, 0)}\n`);
    const stored = JSON.parse(readFileSync(FILE, 'utf8'));
    expect(stored).toEqual(expected);
    expect(Object.keys(expected.keys).length).toBeGreaterThan(1000);
  });
});
