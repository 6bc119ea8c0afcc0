/**
 * Exit codes of the command line, one per kind of failure, so that scripts
 * can tell a usage mistake from a file that is not French.
 */
export const EXIT = {
  OK: 0,
  /** A bug: please report it. */
  INTERNAL: 1,
  /** Bad arguments or options. */
  USAGE: 2,
  /** An input could not be read (missing file, permission, malformed JSONL line), or the output not written. */
  IO: 3,
  /** An input is not French. */
  UNSUPPORTED_LANGUAGE: 4,
  /** An input is longer than --max-length. */
  INPUT_TOO_LARGE: 5,
  /** An input is binary data, not text. */
  UNREADABLE_INPUT: 6,
  /** `eval`: a gold file breaks the annotation guide (see `eval --check`). */
  INVALID_GOLD: 7,
  /** Stopped by Ctrl-C (SIGINT): 128 + 2, as shells report it. No output file is left. */
  INTERRUPTED: 130,
  /** The reader of standard output went away (`| head`): 128 + 13, as for SIGPIPE. */
  BROKEN_PIPE: 141,
  /** Stopped by SIGTERM: 128 + 15. No output file is left. */
  TERMINATED: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit code for an error raised while processing one input. */
export function exitCodeOf(error: unknown): ExitCode {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'UNSUPPORTED_LANGUAGE':
      return EXIT.UNSUPPORTED_LANGUAGE;
    case 'INPUT_TOO_LARGE':
      return EXIT.INPUT_TOO_LARGE;
    case 'UNREADABLE_INPUT':
      return EXIT.UNREADABLE_INPUT;
    case 'INVALID_GOLD':
      return EXIT.INVALID_GOLD;
    case 'INVALID_REFERENCE_DATE':
      return EXIT.USAGE;
    case 'EPIPE':
      return EXIT.BROKEN_PIPE;
    case 'ENOENT':
    case 'EACCES':
    case 'EPERM':
    case 'EISDIR':
    case 'ENOTDIR':
    case 'EMFILE':
    case 'ENFILE':
    case 'ENOSPC':
    case 'EROFS':
    case 'EIO':
    case 'ERR_ENCODING_INVALID_ENCODED_DATA':
    case 'BAD_JSONL':
      return EXIT.IO;
    default:
      return EXIT.INTERNAL;
  }
}

export class UsageError extends Error {
  readonly code = 'USAGE';
}
