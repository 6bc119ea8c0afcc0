/**
 * Runs the stages in order on one text, timing each when asked.
 */
import { resolveOptions } from '../options.js';
import type { Analysis } from '../schema.js';
import { assertString } from '../text/input.js';
import { buildAnalysis } from './output.js';
import { STAGES } from './stages.js';
import { RunState } from './state.js';

export function runPipeline(text: unknown, options: unknown): Analysis {
  assertString(text, 'text');
  const state = new RunState(text, resolveOptions(options));
  const timed = state.options.timings;
  for (const stage of STAGES) {
    if (state.done) break;
    if (!timed) {
      stage.run(state);
      continue;
    }
    const t0 = performance.now();
    stage.run(state);
    state.timings.push({ stage: stage.name, ms: performance.now() - t0 });
  }
  return buildAnalysis(state);
}
