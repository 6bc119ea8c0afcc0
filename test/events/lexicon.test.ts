/**
 * modality.json names verbs by lemma; the event stage knows a verb only by the
 * forms scripts/build-verb-forms.mjs generated for it. A lemma without forms is
 * a rule that never fires (it happened: `mener`'s siblings `multiplier`,
 * `commettre`, `perpétrer` were listed and never read).
 */
import { describe, expect, it } from 'vitest';
import modality from '../../src/lexicons/fr/modality.json' with { type: 'json' };
import verbForms from '../../src/lexicons/fr/verb-forms.json' with { type: 'json' };

const lemmas = new Set(Object.values(verbForms.forms as Record<string, string[][]>).flatMap((rs) => rs.map((r) => r[0]!)));

describe('verbs that modality.json lists by lemma', () => {
  for (const list of ['agentiveVerbs', 'modalVerbs'] as const) {
    it(`${list}: every lemma has generated forms`, () => {
      expect((modality[list] as string[]).filter((l) => !lemmas.has(l))).toEqual([]);
    });
  }
});
