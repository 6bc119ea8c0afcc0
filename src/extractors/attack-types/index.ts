import type { Extractor } from '../types.js';

/** The means of attacks: drones, rockets, strikes, ... (issue 8 fills this in). */
export const attackTypesExtractor: Extractor<'attackTypes'> = {
  category: 'attackTypes',
  extract: () => [],
};
