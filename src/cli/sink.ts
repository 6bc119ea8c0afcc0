/**
 * Where the command line writes: standard output, or a file that appears
 * only when the run completes (written beside it, then renamed), so a failed
 * run never leaves a partial output file behind: not on an error, not on an
 * exception nobody caught, not on Ctrl-C (main.ts turns signals into an exit).
 */
import { createWriteStream, unlinkSync } from 'node:fs';
import { once } from 'node:events';
import { rename, unlink } from 'node:fs/promises';
import { finished } from 'node:stream/promises';

export interface Sink {
  write(chunk: string): Promise<void>;
  /** Finish: the output file takes its final name. */
  commit(): Promise<void>;
  /** Give up: the temporary file is removed. */
  abort(): Promise<void>;
}

export function openSink(path: string | undefined): Sink {
  if (path === undefined || path === '-') return streamSink(process.stdout, async () => {}, async () => {}, (e) => e);
  const temporary = `${path}.partial-${process.pid}`;
  const stream = createWriteStream(temporary, 'utf8');
  // However the process ends (an uncaught exception, process.exit on a signal), the temporary file goes.
  const removeOnExit = () => {
    try {
      unlinkSync(temporary);
    } catch {
      // never created, or already gone
    }
  };
  process.on('exit', removeOnExit);
  const settle = () => process.off('exit', removeOnExit);
  const sink = streamSink(
    stream,
    async () => {
      stream.end();
      await finished(stream);
      await rename(temporary, path);
      settle();
    },
    async () => {
      stream.destroy();
      await finished(stream).catch(() => {});
      await unlink(temporary).catch(() => {});
      settle();
    },
    (e) => Object.assign(new Error(`cannot write the output file ${path}: ${e.message}`), { code: (e as NodeJS.ErrnoException).code }),
  );
  return sink;
}

function streamSink(stream: NodeJS.WritableStream, commit: () => Promise<void>, abort: () => Promise<void>, explain: (e: Error) => Error): Sink {
  // An error (no such folder, disk full, a closed pipe) is kept and thrown by the next write or the commit,
  // rather than left to crash the process as an unhandled 'error' event.
  let failure: Error | null = null;
  stream.on('error', (e: Error) => (failure ??= explain(e)));
  return {
    async write(chunk) {
      if (failure) throw failure;
      if (chunk.length > 0 && !stream.write(chunk)) {
        try {
          await once(stream, 'drain');
        } catch (e) {
          throw failure ?? explain(e as Error);
        }
      }
      if (failure) throw failure;
    },
    async commit() {
      if (failure) throw failure;
      try {
        await commit();
      } catch (e) {
        throw failure ?? explain(e as Error);
      }
    },
    abort,
  };
}
