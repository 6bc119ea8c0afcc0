/**
 * Runs documents on a pool of worker threads and gives the answers back in
 * input order. At most `window` documents are in flight, so memory stays flat
 * however long the input; one worker is the main thread itself, without a pool.
 */
import { Worker } from 'node:worker_threads';
import { renderDocument, reviveError, type Job, type JobAnswer } from './job.js';
import type { InputDocument } from './inputs.js';
import type { AnalyzeOptions } from '../options.js';

/** A document's rendered output pieces (FormatWriter.render), or why it failed. */
export type Outcome = { doc: InputDocument; parts: string[] } | { doc: InputDocument; error: Error };

export interface Runner {
  /** Queue a document; resolves once there is room for another. */
  submit(doc: InputDocument): Promise<void>;
  /** Answers ready in input order, removed from the runner. */
  drain(): Outcome[];
  /** Waits for every submitted document. */
  finish(): Promise<Outcome[]>;
  close(): Promise<void>;
}

export function createRunner(jobs: number, options: AnalyzeOptions, format: string): Runner {
  return jobs <= 1 ? inlineRunner(options, format) : poolRunner(jobs, options, format);
}

function inlineRunner(options: AnalyzeOptions, format: string): Runner {
  let ready: Outcome[] = [];
  return {
    async submit(doc) {
      try {
        ready.push({ doc, parts: renderDocument(doc, options, format) });
      } catch (error) {
        ready.push({ doc, error: error as Error });
      }
    },
    drain() {
      const out = ready;
      ready = [];
      return out;
    },
    async finish() {
      return this.drain();
    },
    async close() {},
  };
}

function poolRunner(jobs: number, options: AnalyzeOptions, format: string): Runner {
  const url = new URL('./cli-worker.js', import.meta.url);
  const workers = Array.from({ length: jobs }, () => new Worker(url));
  const idle: Worker[] = [...workers];
  const window = jobs * 4;
  const docs = new Map<number, InputDocument>();
  const answers = new Map<number, Outcome>();
  let nextId = 0;
  let nextOut = 0;
  let waiting: (() => void) | null = null;
  const queue: Job[] = [];
  let failure: Error | null = null;
  let closing = false;

  const pump = () => {
    while (idle.length > 0 && queue.length > 0) {
      const w = idle.pop()!;
      w.postMessage(queue.shift()!);
    }
  };
  for (const w of workers) {
    w.on('message', (a: JobAnswer) => {
      const doc = docs.get(a.id)!;
      docs.delete(a.id);
      answers.set(a.id, 'error' in a ? { doc, error: reviveError(a.error) } : { doc, parts: a.parts });
      idle.push(w);
      pump();
      waiting?.();
    });
    w.on('error', (e) => {
      failure = e;
      waiting?.();
    });
    // A worker that stops without an error (process.exit in it, killed) would leave its document unanswered.
    w.on('exit', (code) => {
      if (closing) return;
      failure ??= Object.assign(new Error(`a worker thread stopped (exit code ${code}) while documents were being analysed`), { code: 'WORKER_EXIT' });
      waiting?.();
    });
  }
  const wait = () => new Promise<void>((resolve) => (waiting = resolve));

  return {
    async submit(doc) {
      if (failure) throw failure;
      const id = nextId++;
      docs.set(id, doc);
      queue.push({ id, doc, options, format });
      pump();
      while (nextId - nextOut >= window && !failure) {
        await wait();
        if (answers.has(nextOut)) break;
      }
      if (failure) throw failure;
    },
    drain() {
      const out: Outcome[] = [];
      while (answers.has(nextOut)) {
        out.push(answers.get(nextOut)!);
        answers.delete(nextOut);
        nextOut++;
      }
      return out;
    },
    async finish() {
      const out: Outcome[] = [];
      for (;;) {
        out.push(...this.drain());
        if (nextOut === nextId) return out;
        if (failure) throw failure;
        await wait();
      }
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
