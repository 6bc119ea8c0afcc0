/**
 * The attack types of the lexicon and the ACLED sub-event types of the CSV
 * (src/cli/formats/acled.json) must agree: every value the extractor can
 * produce has a sub-event type and a place in the precedence order.
 */
import { describe, expect, it } from 'vitest';
import acled from '../../src/cli/formats/acled.json' with { type: 'json' };
import means from '../../src/lexicons/fr/attack-means.json' with { type: 'json' };
import { ATTACK_TYPES } from '../../src/schema.js';

const values = [...new Set(means.groups.map((g) => g.value).filter((v): v is string => v !== null))];

describe('attack-means lexicon and ACLED mapping', () => {
  it.each(values)('%s is an attack type with an ACLED sub-event type', (value) => {
    expect(ATTACK_TYPES).toContain(value);
    expect(acled.attack).toHaveProperty(value);
    expect(acled.attackTypePrecedence).toContain(value);
  });

  it('names every attack type but unknown, which is never a mention', () => {
    expect([...values].sort()).toEqual(ATTACK_TYPES.filter((t) => t !== 'unknown').sort());
  });
});
