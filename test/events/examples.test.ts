/**
 * The event example corpus: each text gives exactly the expected events, in
 * order, with the slots each example checks.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents, type Event } from '../../src/index.js';
import corpus from './examples.json' with { type: 'json' };

interface Expected {
  type: Event['type'];
  attackTypes?: string[];
  actor?: string;
  target?: string;
  places?: string[];
  date?: string | null;
  killed?: number;
  injured?: number;
  troops?: number;
  count?: number;
}

function summary(e: Event): Record<string, unknown> {
  return {
    type: e.type,
    attackTypes: e.attackTypes,
    actor: e.actor?.name ?? null,
    target: e.target?.name ?? null,
    places: e.places.map((p) => p.name),
    date: e.date?.value ?? null,
    killed: e.killed?.value,
    injured: e.injured?.value,
    troops: e.troops?.value,
    count: e.count?.value,
  };
}

describe('event examples', () => {
  for (const ex of corpus.examples as { name: string; text: string; referenceDate: string; events?: Expected[]; none?: boolean }[]) {
    it(ex.name, () => {
      const events = extractEvents(ex.text, { referenceDate: ex.referenceDate, language: 'fr' });
      const got = events.map(summary);
      if (ex.none) {
        expect(got).toEqual([]);
        return;
      }
      const want = ex.events!;
      expect(got.map((g) => g.type), JSON.stringify(got)).toEqual(want.map((w) => w.type));
      want.forEach((w, i) => {
        const g = got[i]!;
        if (w.attackTypes) expect(g.attackTypes, `event ${i} attackTypes`).toEqual(w.attackTypes);
        if (w.actor !== undefined) expect(g.actor, `event ${i} actor`).toBe(w.actor);
        if (w.target !== undefined) expect(g.target, `event ${i} target`).toBe(w.target);
        if (w.places) expect((g.places as string[]).slice(0, w.places.length), `event ${i} places`).toEqual(w.places);
        if (w.date !== undefined) expect(g.date, `event ${i} date`).toBe(w.date);
        for (const k of ['killed', 'injured', 'troops', 'count'] as const) if (w[k] !== undefined) expect(g[k], `event ${i} ${k}`).toBe(w[k]);
      });
    });
  }
});
