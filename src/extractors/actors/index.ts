import type { Extractor } from '../types.js';

/** Armed groups, forces and governments with canonical ids (issue 6 fills this in). */
export const actorsExtractor: Extractor<'actors'> = {
  category: 'actors',
  extract: () => [],
};
