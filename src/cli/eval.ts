/**
 * `conflits-fr eval [DIR]` (also `npm run eval -- --gold DIR`): scores the
 * library against annotated articles, as ANNOTATION.md §7 says; `--check`
 * validates the gold files instead.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkCorpus, formatIssue } from '../eval/check/index.js';
import { loadCorpus } from '../eval/corpus.js';
import { evaluationJson } from '../eval/json.js';
import { reportHtml } from '../eval/report/page.js';
import { evaluate } from '../eval/run.js';
import { formatEvaluation } from '../eval/table.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';

export const EVAL_HELP = `Usage: conflits-fr eval [DIR] [options]

Scores the library on every NAME.gold.json in DIR with its NAME.txt, running
analyze() with the gold's referenceDate (default DIR: fixtures/, with the
texts in seeds/). Prints mention P/R/F1 and normalization accuracy per
category, event P/R/F1, per-slot P/R/F1 and the micro-averaged slot F1, then
one line per document. Measures are percentages ("—": nothing to measure).

Options:
      --gold <DIR>        the gold folder (same as DIR)
      --texts <DIR>       where the NAME.txt files are (default: beside the gold)
      --json              machine-readable scores on stdout (version 1)
      --per-document      also every document's full tables
      --report <FILE>     also write a self-contained HTML report
      --check             validate the gold files instead of scoring
                          (exit 7 when one breaks the annotation guide)
  -h, --help              this help
`;

export async function evalCommand(argv: string[]): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      gold: { type: 'string' },
      texts: { type: 'string' },
      json: { type: 'boolean', default: false },
      'per-document': { type: 'boolean', default: false },
      report: { type: 'string' },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(EVAL_HELP);
    return EXIT.OK;
  }
  if (positionals.length > 1 || (positionals.length === 1 && values.gold)) throw new UsageError('eval takes one gold folder.');
  const goldDir = values.gold ?? positionals[0] ?? 'fixtures';
  const textDir = values.texts ?? (goldDir === 'fixtures' ? 'seeds' : goldDir);
  if (values.check) return checkCommand(goldDir, textDir, values.json);

  const corpus = loadCorpus(goldDir, textDir);
  if (corpus.length === 0) throw new UsageError(`No *.gold.json file in ${goldDir}.`);
  const errors = checkCorpus(goldDir, textDir).issues.filter((i) => i.severity === 'error').length;
  if (errors > 0) process.stderr.write(`conflits-fr: warning: ${errors} gold problem(s) in ${goldDir}; run "conflits-fr eval ${goldDir} --check".\n`);
  const result = evaluate(corpus);
  if (values.report) writeFileSync(values.report, reportHtml(`Evaluation of ${goldDir}`, result));
  if (values.json) process.stdout.write(`${JSON.stringify(evaluationJson(result, goldDir, textDir), null, 2)}\n`);
  else process.stdout.write(formatEvaluation(goldDir, result, values['per-document']));
  if (values.report) process.stderr.write(`Report written to ${values.report}\n`);
  return EXIT.OK;
}

function checkCommand(goldDir: string, textDir: string, json: boolean): ExitCode {
  const { files, issues } = checkCorpus(goldDir, textDir);
  const errors = issues.filter((i) => i.severity === 'error').length;
  if (json) process.stdout.write(`${JSON.stringify({ files, errors, warnings: issues.length - errors, issues }, null, 2)}\n`);
  else {
    for (const i of issues) process.stdout.write(`${formatIssue(i)}\n`);
    process.stdout.write(`${files} gold file(s) checked in ${goldDir}: ${errors} error(s), ${issues.length - errors} warning(s).\n`);
  }
  if (files === 0) throw new UsageError(`No *.gold.json file in ${goldDir}.`);
  return errors > 0 ? EXIT.INVALID_GOLD : EXIT.OK;
}
