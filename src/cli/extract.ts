/**
 * `conflits-fr extract`: events of every input, in input order, in one format.
 * A bad input is reported on standard error and the others still processed;
 * the exit code then says what kind of failure came first.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { analyze, DEFAULT_MAX_LENGTH } from '../index.js';
import type { AnalyzeOptions } from '../options.js';
import { EXIT, exitCodeOf, UsageError, type ExitCode } from './exit-codes.js';
import { FORMATS } from './formats/index.js';
import { isFailure, listSources, readSource } from './inputs.js';
import { createRunner, type Outcome } from './pool.js';
import { progressBar } from './progress.js';
import { openSink } from './sink.js';

export const EXTRACT_HELP = `Usage: conflits-fr extract [options] <file|folder|->...

Extract events from French news articles. A folder is read for every .txt,
.html and .jsonl file inside it (recursively, in name order); "-" reads
standard input. A .jsonl file holds one article per line:
{"text": "...", "id": "...", "referenceDate": "YYYY-MM-DD"}. Files are read
as UTF-8, or as Windows-1252 when they are not valid UTF-8 (with a note).

Options:
  -f, --format <json|jsonl|csv|geojson>
                                  output format (default: json); geojson: one
                                  Point feature per event place with coordinates
  -r, --reference-date <date>     publication date YYYY, YYYY-MM or YYYY-MM-DD
                                  (default: read from each article's dateline)
  -o, --output <file>             write to a file, created only on success
      --language <auto|fr>        'fr' skips language detection (default: auto)
      --max-length <n>            longest article accepted, in characters
                                  (default 20000000; a file of more than 3
                                  bytes per character allowed is refused unread)
  -j, --jobs <n>                  worker threads (default: the number of cores);
                                  output stays in input order
  -q, --quiet                     no progress bar
  -h, --help                      this help
`;

export async function extractCommand(argv: string[]): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'json' },
      'reference-date': { type: 'string', short: 'r' },
      output: { type: 'string', short: 'o' },
      language: { type: 'string' },
      'max-length': { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(EXTRACT_HELP);
    return EXIT.OK;
  }
  if (positionals.length === 0) throw new UsageError('extract needs at least one file, folder or "-".');
  const makeWriter = FORMATS[values.format!];
  if (!makeWriter) throw new UsageError(`Unknown format "${values.format}": use one of ${Object.keys(FORMATS).join(', ')}.`);
  const options = baseOptions(values);
  // Fail on a bad option before any output is written.
  analyze('', options);

  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a positive integer, got "${values.jobs}".`);

  const sources = await listSources(positionals);
  const writer = makeWriter();
  const sink = openSink(values.output);
  const progress = progressBar(sources.length, !values.quiet);
  // One document needs no pool; a pool pays off from two.
  const runner = createRunner(sources.length > 1 || sources[0]?.endsWith('.jsonl') ? jobs : 1, options, values.format!);
  let firstFailure: ExitCode = EXIT.OK;
  let index = 0;
  const write = async (outcomes: Outcome[]) => {
    for (const o of outcomes) {
      // report() first: `firstFailure ||= report(...)` would not report the failures after the first.
      if ('error' in o) firstFailure = report(o.doc.source, o.error, firstFailure);
      else await sink.write(writer.place(o.parts, index++));
    }
  };
  try {
    await sink.write(writer.begin());
    for (let s = 0; s < sources.length; s++) {
      for await (const doc of readSource(sources[s]!, options.maxLength ?? DEFAULT_MAX_LENGTH)) {
        if (!isFailure(doc) && doc.encoding === 'windows-1252') {
          process.stderr.write(`conflits-fr: ${doc.source}: not valid UTF-8, read as Windows-1252 (Latin-1).\n`);
        }
        if (isFailure(doc)) {
          await write(await runner.finish());
          firstFailure = report(doc.source, doc.error, firstFailure);
          continue;
        }
        await runner.submit(doc);
        await write(runner.drain());
      }
      progress.tick(s + 1);
    }
    await write(await runner.finish());
    await sink.write(writer.end());
    progress.finish();
    await sink.commit();
  } catch (error) {
    await sink.abort();
    throw error;
  } finally {
    await runner.close();
  }
  return firstFailure;
}

function baseOptions(values: { 'reference-date'?: string; language?: string; 'max-length'?: string }): AnalyzeOptions {
  const options: AnalyzeOptions = {};
  if (values['reference-date'] !== undefined) options.referenceDate = values['reference-date'];
  if (values.language !== undefined) {
    if (values.language !== 'auto' && values.language !== 'fr') throw new UsageError(`--language must be auto or fr, got "${values.language}".`);
    options.language = values.language;
  }
  if (values['max-length'] !== undefined) {
    const n = Number(values['max-length']);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`--max-length must be a positive integer, got "${values['max-length']}".`);
    options.maxLength = n;
  }
  return options;
}

/** Reports a failed input; the exit code stays that of the first failure. */
function report(source: string, error: unknown, firstFailure: ExitCode): ExitCode {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`conflits-fr: ${source}: ${message}\n`);
  return firstFailure || exitCodeOf(error);
}
