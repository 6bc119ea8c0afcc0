import type { Extractor } from '../types.js';

/** French temporal expressions resolved to the calendar (issue 4 fills this in). */
export const datesExtractor: Extractor<'dates'> = {
  category: 'dates',
  extract: () => [],
};
