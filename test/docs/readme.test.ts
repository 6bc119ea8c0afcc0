/**
 * The README shows real output: its example section must be what the built
 * library gives today (regenerate with `node scripts/readme-example.mjs`).
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/seeds.js';

it('README example section is the current output', async () => {
  // @ts-expect-error plain ES module without types
  const { exampleSection, withSection } = await import('../../scripts/readme-example.mjs');
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  expect(readme, 'run: node scripts/readme-example.mjs').toBe(withSection(readme, await exampleSection()));
});

it('README starts with the two set-up commands', () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const block = /```sh\n([^`]*)```/.exec(readme)?.[1] ?? '';
  const commands = block.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
  expect(commands).toHaveLength(2);
  expect(commands[0]).toMatch(/^npm ci && /);
  expect(commands[1]).toMatch(/^npm test/);
});
