import type { FormatWriter } from './types.js';

/** One JSON array of documents, each `{ source, referenceDate, events }`, written as it goes. */
export const jsonWriter = (): FormatWriter => ({
  begin: () => '[',
  document: (r, i) => `${i === 0 ? '\n' : ',\n'}${JSON.stringify(r, null, 2).replace(/\n/g, '\n  ').replace(/^/, '  ')}`,
  end: () => '\n]\n',
});

/** One JSON object per line and per document: `{ source, referenceDate, events }`. */
export const jsonlWriter = (): FormatWriter => ({
  begin: () => '',
  document: (r) => `${JSON.stringify(r)}\n`,
  end: () => '',
});
