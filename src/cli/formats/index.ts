import { csvWriter } from './csv.js';
import { geojsonWriter } from './geojson.js';
import { jsonlWriter, jsonWriter } from './json.js';
import type { FormatWriter } from './types.js';

export const FORMATS: Record<string, () => FormatWriter> = {
  json: jsonWriter,
  jsonl: jsonlWriter,
  csv: csvWriter,
  geojson: geojsonWriter,
};

export { writeDocument, type DocumentResult, type FormatWriter } from './types.js';
