/**
 * `conflits-fr eval`: scores the library against annotated articles (issue 3).
 */
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';

export async function evalCommand(_argv: string[]): Promise<ExitCode> {
  throw new UsageError('eval is not implemented yet.');
  return EXIT.OK;
}
