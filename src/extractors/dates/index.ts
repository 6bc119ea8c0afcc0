import type { Extractor } from '../types.js';
import { extractDates } from './extract.js';

/** French temporal expressions resolved to the calendar (issue 4). */
export const datesExtractor: Extractor<'dates'> = {
  category: 'dates',
  extract: (doc) => extractDates(doc),
};
