/**
 * The documents named on the command line, read one at a time so that a
 * folder of 10,000 articles never sits in memory: files, folders (every
 * `.txt`, `.html` and `.jsonl` inside, in sorted order), `-` for standard input,
 * and JSONL files whose lines are `{ "text": ..., "id"?: ..., "referenceDate"?: ... }`.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { InputTooLargeError } from '../errors.js';
import { decodeText, type TextEncoding } from '../text/encoding.js';

export interface InputDocument {
  /** File path, `path:line` for a JSONL line, or `-` for standard input. */
  source: string;
  text: string;
  referenceDate?: string | null;
  /** How the file's bytes were read: UTF-8, or Windows-1252 when they are not valid UTF-8. */
  encoding?: TextEncoding;
}

/** An input that could not be read: reported, and the others still processed. */
export interface InputFailure {
  source: string;
  error: Error & { code?: string };
}

const DOCUMENT_EXTENSIONS = ['.txt', '.html', '.htm', '.jsonl'];

/** Expand arguments into the list of sources (files), without reading them. */
export async function listSources(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push('-');
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch {
      out.push(arg); // reported as unreadable when read
      continue;
    }
    if (info.isDirectory()) out.push(...(await walk(arg)));
    else out.push(arg);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(path)));
    else if (e.isFile() && DOCUMENT_EXTENSIONS.some((ext) => e.name.toLowerCase().endsWith(ext))) out.push(path);
  }
  return out;
}

/**
 * The documents of one source: one for a text file, one per line for JSONL.
 * A file or standard input too large for `maxLength` is refused from its size,
 * before it is read: a UTF-16 unit takes at most 3 UTF-8 bytes, so more than
 * 3 × maxLength bytes is more than maxLength characters.
 */
export async function* readSource(source: string, maxLength: number): AsyncGenerator<InputDocument | InputFailure> {
  const maxBytes = 3 * maxLength;
  if (source === '-') {
    const bytes = await readStdin(maxBytes);
    if (bytes === null) yield { source, error: new InputTooLargeError(Math.floor(maxBytes / 3) + 1, maxLength, true) };
    else yield { source, ...decodeText(bytes) };
    return;
  }
  if (source.toLowerCase().endsWith('.jsonl')) {
    yield* readJsonl(source);
    return;
  }
  // Read synchronously: an article takes well under a millisecond to read, while the five
  // round trips of an asynchronous read left the main thread idle about as long (a fifth of a
  // run over a folder of small articles, measured with --cpu-prof).
  try {
    const { size } = statSync(source);
    if (size > maxBytes) {
      yield { source, error: new InputTooLargeError(Math.ceil(size / 3), maxLength, true) };
      return;
    }
    yield { source, ...decodeText(readFileSync(source)) };
  } catch (error) {
    yield { source, error: error as Error };
  }
}

async function* readJsonl(source: string): AsyncGenerator<InputDocument | InputFailure> {
  let lineNumber = 0;
  let lines;
  try {
    lines = createInterface({ input: createReadStream(source, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      const where = `${source}:${lineNumber}`;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        yield badLine(where, 'is not valid JSON');
        continue;
      }
      const r = record as { text?: unknown; id?: unknown; referenceDate?: unknown };
      if (typeof r !== 'object' || r === null || typeof r.text !== 'string') {
        yield badLine(where, 'has no "text" string field');
        continue;
      }
      const doc: InputDocument = { source: typeof r.id === 'string' || typeof r.id === 'number' ? `${source}#${r.id}` : where, text: r.text };
      if (typeof r.referenceDate === 'string' || r.referenceDate === null) doc.referenceDate = r.referenceDate;
      yield doc;
    }
  } catch (error) {
    yield { source, error: error as Error };
  }
}

function badLine(source: string, reason: string): InputFailure {
  const error = Object.assign(new Error(`JSONL line ${reason}; expected {"text": "...", "referenceDate"?: "YYYY-MM-DD"}`), {
    code: 'BAD_JSONL',
  });
  return { source, error };
}

/** Standard input's bytes, or null past `maxBytes` (the rest is not kept). */
async function readStdin(maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      process.stdin.destroy();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function isFailure(x: InputDocument | InputFailure): x is InputFailure {
  return 'error' in x;
}
