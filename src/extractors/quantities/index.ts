import type { Extractor } from '../types.js';

/** Numbers, troop counts and casualties (issue 5 fills this in). */
export const quantitiesExtractor: Extractor<'quantities'> = {
  category: 'quantities',
  extract: () => [],
};
