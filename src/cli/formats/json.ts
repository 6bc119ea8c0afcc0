import type { FormatWriter } from './types.js';

/** One JSON array of documents, each `{ source, referenceDate, events }`, written as it goes. */
export const jsonWriter = (): FormatWriter => ({
  begin: () => '[',
  render: (r) => [JSON.stringify(r, null, 2).replace(/\n/g, '\n  ').replace(/^/, '  ')],
  place: (parts, i) => `${i === 0 ? '\n' : ',\n'}${parts.join('')}`,
  end: () => '\n]\n',
});

/** One JSON object per line and per document: `{ source, referenceDate, events }`. */
export const jsonlWriter = (): FormatWriter => ({
  begin: () => '',
  render: (r) => [`${JSON.stringify(r)}\n`],
  place: (parts) => parts.join(''),
  end: () => '',
});
