import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { LoadedLexicon } from '../lexicon/types.js';
import type { Prepared } from './article.js';
import { runTask, type TaskInput, type TaskMessage, type TaskName, type TaskOutput } from './tasks.js';
import type { StructureSettings } from './types.js';

/** What every worker thread is started with: it prepares its own lexicons and patterns from them once. */
export interface ThreadSetup {
  lexicons: LoadedLexicon[];
  settings: StructureSettings;
}

/**
 * Runs the tasks of tasks.ts, in this thread or in worker threads: the
 * pipeline asks for a task by name and gets its typed result, and never
 * knows which. `threads` is how many run at once (0: this thread).
 */
export interface Executor {
  readonly threads: number;
  run<K extends TaskName>(name: K, input: TaskInput<K>): Promise<TaskOutput<K>>;
  close(): Promise<void>;
}

/** Runs each task at once in this thread. */
export function inThisThread(prepared: Prepared): Executor {
  return {
    threads: 0,
    run: async (name, input) => runTask(prepared, { name, input }),
    close: async () => undefined,
  };
}

/** Worker threads running worker.js (the build's, beside this file); each loads wink's model and prepares the lexicons once. */
export function workerThreads(setup: ThreadSetup, threads: number): Executor {
  const pool = new Piscina<TaskMessage, unknown>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 100,
    workerData: setup,
  });
  return {
    threads,
    // The one place where a worker's answer is given its type: worker.js runs the same runTask, whose result for this name has this type.
    run: async <K extends TaskName>(name: K, input: TaskInput<K>) => (await pool.run({ name, input })) as TaskOutput<K>,
    close: () => pool.destroy(),
  };
}

/** Below this much text, starting threads (each loads wink's model, ~0.2 s) costs more than it saves. */
export const PARALLEL_THRESHOLD_CHARS = 2_000_000;

/** Threads for a corpus of `chars` characters: up to the machine's cores (at most 4) when it is large enough to repay them. */
export function threadCount(chars: number, option: number | 'auto' | undefined): number {
  if (typeof option === 'number') return Math.max(0, Math.floor(option));
  return chars >= PARALLEL_THRESHOLD_CHARS ? Math.min(availableParallelism(), 4) : 0;
}
