import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clauseTense } from '../../src/extractors/dates/tense.js';
import { RunState } from '../../src/pipeline/state.js';
import { STAGES } from '../../src/pipeline/stages.js';
import { resolveOptions } from '../../src/options.js';
import type { Doc } from '../../src/pipeline/document.js';

const { examples } = JSON.parse(readFileSync(new URL('./tense-examples.json', import.meta.url), 'utf8')) as { examples: [string, string][] };

/** The document of a text, prepared by the stages that run before the extractors. */
function prepare(text: string): Doc {
  const state = new RunState(text, resolveOptions({ referenceDate: null, language: 'fr' }));
  for (const stage of STAGES) {
    if (stage.name === 'dates') break;
    stage.run(state);
  }
  return state.doc();
}

describe('clause tense', () => {
  it.each(examples)('%s → %s', (marked, tense) => {
    const at = marked.indexOf('[');
    const text = marked.replace('[', '').replace(']', '');
    const doc = prepare(text);
    const i = doc.tokens.indexAt(at);
    expect(clauseTense(doc, i, i + 1)).toBe(tense);
  });
});
