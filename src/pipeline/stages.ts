/**
 * The pipeline, stage by stage, in the order it runs. Each stage reads what
 * the ones before it left in the run state and adds its own part.
 */
import { assembleEvents } from '../events/assemble.js';
import { actorsExtractor } from '../extractors/actors/index.js';
import { attackTypesExtractor } from '../extractors/attack-types/index.js';
import { datesExtractor } from '../extractors/dates/index.js';
import { placesExtractor } from '../extractors/places/index.js';
import { quantitiesExtractor } from '../extractors/quantities/index.js';
import type { Extractor } from '../extractors/types.js';
import { resolveMentionOverlaps } from './overlaps.js';
import type { RunState } from './state.js';
import { checkInputStage, detectLanguageStage, prepareTextStage, readDatelineStage, splitSentencesStage, tokenizeStage } from './text-stages.js';

export interface Stage {
  readonly name: string;
  run(state: RunState): void;
}

function extractorStage<K extends keyof RunState['mentions']>(extractor: Extractor<K>): Stage {
  return {
    name: extractor.category,
    run(state) {
      state.mentions[extractor.category] = extractor.extract(state.doc(), state.mentions);
    },
  };
}

export const STAGES: readonly Stage[] = [
  { name: 'input', run: checkInputStage },
  { name: 'text', run: prepareTextStage },
  { name: 'tokens', run: tokenizeStage },
  { name: 'dateline', run: readDatelineStage },
  { name: 'language', run: detectLanguageStage },
  { name: 'sentences', run: splitSentencesStage },
  extractorStage(datesExtractor),
  extractorStage(quantitiesExtractor),
  extractorStage(attackTypesExtractor),
  extractorStage(actorsExtractor),
  extractorStage(placesExtractor),
  { name: 'overlaps', run: (state) => resolveMentionOverlaps(state.doc(), state.mentions) },
  { name: 'events', run: (state) => (state.events = assembleEvents(state.doc(), state.mentions)) },
];
