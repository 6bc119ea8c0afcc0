/**
 * The command line: `conflits-fr <command> [options]`.
 */
import { createRequire } from 'node:module';
import { analysisJsonSchema } from '../schema.js';
import { EXIT, exitCodeOf, UsageError, type ExitCode } from './exit-codes.js';
import { extractCommand, EXTRACT_HELP } from './extract.js';
import { evalCommand } from './eval.js';

const HELP = `Usage: conflits-fr <command> [options]

Commands:
  extract <file|folder|->...   events of French news articles (json, jsonl, csv, geojson)
  eval [DIR]                   score the library against annotated articles
  schema                       JSON Schema of the analyze() result
  help                         this help

Run "conflits-fr <command> --help" for a command's options.
Exit codes: 0 ok, 1 internal error, 2 usage, 3 unreadable input file or
unwritable output, 4 not French, 5 input too large, 6 binary input, 7 invalid
gold file (eval), 130 Ctrl-C, 141 closed pipe, 143 SIGTERM.
`;

async function main(argv: string[]): Promise<ExitCode> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract':
      return extractCommand(rest);
    case 'eval':
      return evalCommand(rest);
    case 'schema':
      process.stdout.write(`${JSON.stringify(analysisJsonSchema(), null, 2)}\n`);
      return EXIT.OK;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(command === undefined ? HELP : `${HELP}\n${EXTRACT_HELP}`);
      return command === undefined ? EXIT.USAGE : EXIT.OK;
    case '--version':
    case '-v': {
      const pkg = createRequire(import.meta.url)('../package.json') as { version: string };
      process.stdout.write(`${pkg.version}\n`);
      return EXIT.OK;
    }
    default:
      throw new UsageError(`Unknown command "${command}". Run "conflits-fr help".`);
  }
}

// A closed pipe (`conflits-fr extract ... | head`) ends the run quietly, as SIGPIPE would.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(EXIT.BROKEN_PIPE);
});

// Ctrl-C or a kill ends the run through process.exit, so that exit handlers remove a half-written output file.
for (const [signal, code] of [
  ['SIGINT', EXIT.INTERRUPTED],
  ['SIGTERM', EXIT.TERMINATED],
] as const) {
  process.once(signal, () => {
    process.stderr.write(`\nconflits-fr: stopped by ${signal}; no output file was written.\n`);
    process.exit(code);
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if ((error as { code?: string } | null)?.code === 'EPIPE') {
      process.exitCode = EXIT.BROKEN_PIPE;
      return;
    }
    const usage = error instanceof UsageError || (error as { code?: string })?.code?.startsWith?.('ERR_PARSE_ARGS');
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`conflits-fr: ${message}\n`);
    process.exitCode = usage ? EXIT.USAGE : exitCodeOf(error);
    if (process.exitCode === EXIT.INTERNAL && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  },
);
