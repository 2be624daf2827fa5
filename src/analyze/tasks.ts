import type { Article } from '../corpus/types.js';
import type { Prepared } from './article.js';
import { readBatch, type BatchResult } from './batch.js';

/** Each task's input and output: plain data, so either can cross to a worker thread. */
interface TaskTypes {
  readBatch: { input: Article[]; output: BatchResult };
}

export type TaskName = keyof TaskTypes;
export type TaskInput<K extends TaskName> = TaskTypes[K]['input'];
export type TaskOutput<K extends TaskName> = TaskTypes[K]['output'];

type TaskTable = { [K in TaskName]: (prepared: Prepared, input: TaskInput<K>) => TaskOutput<K> };

/**
 * The work a thread can be given, by name: each task takes the thread's
 * prepared lexicons and one input, and returns its output. The executor is
 * typed by this table, so a caller names a task and gets its own result
 * type back.
 */
export const TASKS: TaskTable = {
  readBatch: (prepared, articles) => readBatch(prepared, articles),
};

/** A task as it crosses to a worker thread. */
export interface TaskMessage<K extends TaskName = TaskName> {
  name: K;
  input: TaskInput<K>;
}

export function runTask<K extends TaskName>(prepared: Prepared, message: TaskMessage<K>): TaskOutput<K> {
  const task: TaskTable[K] = TASKS[message.name];
  return task(prepared, message.input);
}
