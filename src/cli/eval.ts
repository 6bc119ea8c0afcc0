/**
 * `conflits-fr eval [DIR]` (also `npm run eval -- --gold DIR`): scores the
 * library against annotated articles, as ANNOTATION.md §7 says.
 */
import { parseArgs } from 'node:util';
import { loadCorpus } from '../eval/corpus.js';
import { evaluate } from '../eval/run.js';
import { formatTable } from '../eval/table.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';

export const EVAL_HELP = `Usage: conflits-fr eval [DIR] [--gold DIR] [--texts DIR] [--json]

Scores the library on every NAME.gold.json in DIR with its NAME.txt
(default: fixtures/ with the texts in seeds/).
`;

export async function evalCommand(argv: string[]): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      gold: { type: 'string' },
      texts: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(EVAL_HELP);
    return EXIT.OK;
  }
  if (positionals.length > 1) throw new UsageError('eval takes one folder.');
  const goldDir = values.gold ?? positionals[0] ?? 'fixtures';
  const textDir = values.texts ?? (goldDir === 'fixtures' ? 'seeds' : goldDir);
  const corpus = loadCorpus(goldDir, textDir);
  if (corpus.length === 0) throw new UsageError(`No *.gold.json file in ${goldDir}.`);
  const result = evaluate(corpus);
  if (values.json) process.stdout.write(`${JSON.stringify({ score: result.score, metrics: result.metrics }, null, 2)}\n`);
  else process.stdout.write(formatTable(goldDir, result.score, result.metrics));
  return EXIT.OK;
}
