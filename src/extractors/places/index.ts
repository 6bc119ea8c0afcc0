import type { Extractor } from '../types.js';

/** Named places, geocoded offline (issue 7 fills this in). */
export const placesExtractor: Extractor<'places'> = {
  category: 'places',
  extract: () => [],
};
