/**
 * A worker of the command line's pool: analyses the documents it is sent and
 * answers with their rendered output, or with the error, in a form that crosses threads.
 */
import { parentPort } from 'node:worker_threads';
import { renderDocument, type Job, type JobAnswer } from './job.js';

parentPort!.on('message', (job: Job) => {
  let answer: JobAnswer;
  try {
    answer = { id: job.id, parts: renderDocument(job.doc, job.options, job.format) };
  } catch (error) {
    const e = error as Error & { code?: string };
    answer = { id: job.id, error: { name: e.name, message: e.message, code: e.code } };
  }
  parentPort!.postMessage(answer);
});
