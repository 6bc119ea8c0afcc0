/**
 * Where the command line writes: standard output, or a file that appears
 * only when the run completes (written beside it, then renamed), so a failed
 * run never leaves a partial output file behind.
 */
import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';

export interface Sink {
  write(chunk: string): Promise<void>;
  /** Finish: the output file takes its final name. */
  commit(): Promise<void>;
  /** Give up: the temporary file is removed. */
  abort(): Promise<void>;
}

export function openSink(path: string | undefined): Sink {
  if (path === undefined || path === '-') return streamSink(process.stdout, async () => {}, async () => {});
  const temporary = `${path}.partial-${process.pid}`;
  const stream = createWriteStream(temporary, 'utf8');
  const closed = () => new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return streamSink(
    stream,
    async () => {
      await closed();
      await rename(temporary, path);
    },
    async () => {
      await closed().catch(() => {});
      await unlink(temporary).catch(() => {});
    },
  );
}

function streamSink(stream: NodeJS.WritableStream, commit: () => Promise<void>, abort: () => Promise<void>): Sink {
  return {
    write(chunk) {
      if (chunk.length === 0) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const ok = stream.write(chunk, (err) => (err ? reject(err) : undefined));
        if (ok) resolve();
        else stream.once('drain', resolve);
      });
    },
    commit,
    abort,
  };
}
