import { workerData } from 'node:worker_threads';
import { prepare } from './article.js';
import { runTask, type TaskMessage, type TaskName, type TaskOutput } from './tasks.js';
import type { ThreadSetup } from './executor.js';

// Prepared once, when the thread starts: every task then uses the same compiled lexicons.
const setup = workerData as ThreadSetup;
const prepared = prepare(setup.lexicons, setup.settings);

/** A worker thread's entry point: runs one task of tasks.ts. */
export default function run<K extends TaskName>(message: TaskMessage<K>): TaskOutput<K> {
  return runTask(prepared, message);
}
