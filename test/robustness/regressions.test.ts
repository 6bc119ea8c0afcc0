/**
 * Inputs that once broke the contract (regressions.json), run through the same
 * check as the property tests, with the expected dateline or actor ids.
 */
import { describe, expect, it } from 'vitest';
import type { AnalyzeOptions } from '../../src/index.js';
import { checkContract } from './contract-check.js';
import data from './regressions.json' with { type: 'json' };

interface Case {
  input: string;
  options: AnalyzeOptions;
  note: string;
  expect?: { dateline?: string; referenceDate?: string; actorIds?: string[] };
}

describe('inputs that once broke the contract', () => {
  it.each((data.cases as Case[]).map((c) => [c.note, c] as const))('%s', (_note, c) => {
    const result = checkContract(c.input, c.options);
    expect(result).not.toBeNull();
    if (c.expect?.dateline !== undefined) expect(result!.dateline?.text).toBe(c.expect.dateline);
    if (c.expect?.referenceDate !== undefined) expect(result!.referenceDate).toBe(c.expect.referenceDate);
    if (c.expect?.actorIds !== undefined) expect(result!.mentions.actors.map((a) => a.id)).toEqual(c.expect.actorIds);
  });
});
