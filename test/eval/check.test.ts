import { describe, expect, it } from 'vitest';
import { checkCorpus, checkGold } from '../../src/eval/check/index.js';
import { CHECK_CASES, CHECK_TEXT, VALID_GOLD } from './check-cases.js';

const copy = () => JSON.parse(JSON.stringify(VALID_GOLD)) as typeof VALID_GOLD;

describe('gold check', () => {
  it('passes a valid gold file with no issue', () => {
    expect(checkGold('ok.gold.json', JSON.stringify(VALID_GOLD), CHECK_TEXT)).toEqual([]);
  });

  it.each(CHECK_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const g = copy();
    c.change(g as never, g.events[0] as never);
    const json = c.name === 'not JSON' ? '{"referenceDate": ' : JSON.stringify(g);
    const issues = checkGold('bad.gold.json', json, CHECK_TEXT);
    const hit = issues.find((i) => i.path === c.path && i.severity === c.severity && i.reason.includes(c.reason));
    expect(hit, `issues were:\n${issues.map((i) => `${i.path} ${i.severity} ${i.reason}`).join('\n')}`).toBeDefined();
    expect(hit!.file).toBe('bad.gold.json');
  });

  it('reports a gold file without its text', () => {
    expect(checkGold('lonely.gold.json', JSON.stringify(VALID_GOLD), null)).toContainEqual(expect.objectContaining({ path: '(file)', severity: 'error' }));
  });

  it('finds no error in the seed gold files', () => {
    const { files, issues } = checkCorpus('fixtures', 'seeds');
    expect(files).toBe(5);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
