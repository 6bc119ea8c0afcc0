import { describe, expect, it } from 'vitest';
import actorsData from '../../src/lexicons/fr/actors.json' with { type: 'json' };
import countriesData from '../../src/lexicons/fr/countries.json' with { type: 'json' };
import { gazetteer } from '../../src/extractors/actors/gazetteer.js';
import { slugify } from '../../src/extractors/actors/slug.js';
import { ACTOR_KINDS } from '../../src/schema.js';

const codes = new Set(countriesData.countries.map((c) => c.code));

describe('actor gazetteer', () => {
  it('maps no alias to two actors', () => {
    const g = gazetteer();
    const clashes: string[] = [];
    for (const trie of [g.strict, g.loose]) {
      for (const [keys, aliases] of trie.entries()) {
        const ids = new Set(aliases.filter((a) => a.role !== 'block').map((a) => a.entry.id));
        if (ids.size > 1) clashes.push(`${keys.join(' ')} → ${[...ids].join(', ')}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('maps no demonym to two states', () => {
    for (const [keys, codes_] of gazetteer().demonyms.entries()) expect(new Set(codes_).size, keys.join(' ')).toBe(1);
  });

  it('gives every group the slug of its name as id, a known kind and country, and no duplicate id', () => {
    const ids = new Set<string>();
    for (const grp of actorsData.groups) {
      expect(grp.id, grp.name).toBe(slugify(grp.name));
      expect(ACTOR_KINDS).toContain(grp.kind);
      if (grp.country !== null) expect(codes.has(grp.country), `${grp.id}: ${grp.country}`).toBe(true);
      expect(ids.has(grp.id), grp.id).toBe(false);
      ids.add(grp.id);
    }
    for (const code of Object.keys(actorsData.states)) expect(codes.has(code), code).toBe(true);
  });

  it('covers at least 150 actors, and every sovereign state under the slug of its French name', () => {
    const g = gazetteer();
    expect(g.byId.size).toBeGreaterThanOrEqual(150);
    expect(g.states.get('US')?.id).toBe('etats-unis');
    expect(g.states.get('IQ')?.id).toBe('irak');
    expect(g.states.get('IL')?.id).toBe('israel');
    expect(g.states.has('GU')).toBe(false);
  });

  it('does not let a state and a group share an id', () => {
    const states = new Set([...gazetteer().states.values()].map((s) => s.id));
    for (const grp of actorsData.groups) expect(states.has(grp.id), grp.id).toBe(false);
  });
});

describe('word hashes of the lexicons', () => {
  it('give no two words of the gazetteer one hash (hash-keyed walks rely on it)', async () => {
    const { hashKey } = await import('../../src/extractors/token-lookup/hash.js');
    const g = gazetteer();
    const seen = new Map<number, string>();
    const clashes: string[] = [];
    for (const trie of [g.strict, g.loose, g.demonyms]) {
      for (const [keys] of trie.entries()) {
        for (const k of keys) {
          const h = hashKey(k);
          const other = seen.get(h);
          if (other !== undefined && other !== k) clashes.push(`${other} / ${k}`);
          seen.set(h, k);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});
