/**
 * A worker of the command line's pool: analyses the documents it is sent and
 * answers with their events, or with the error, in a form that crosses threads.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeDocument, type Job, type JobAnswer } from './job.js';

parentPort!.on('message', (job: Job) => {
  let answer: JobAnswer;
  try {
    answer = { id: job.id, result: analyzeDocument(job.doc, job.options) };
  } catch (error) {
    const e = error as Error & { code?: string };
    answer = { id: job.id, error: { name: e.name, message: e.message, code: e.code } };
  }
  parentPort!.postMessage(answer);
});
