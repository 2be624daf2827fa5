/**
 * Ctrl-C (SIGINT), kill (SIGTERM) and a closed terminal (SIGHUP) end the run
 * at once, after undoing whatever is half done: each piece of work that
 * leaves something behind registers how to undo it while it runs. Work done
 * synchronously cannot be interrupted half-way (a signal is handled between
 * two steps of the event loop), which is what makes the final swap of the
 * output folder safe.
 */
import { isMainThread, parentPort } from 'node:worker_threads';

type Undo = () => void;

/** What the command's thread tells the thread that started it (bin.ts). */
export type ThreadMessage = { kind: 'writing'; out: string } | { kind: 'exit'; code: number };

export function isThreadMessage(value: unknown): value is ThreadMessage {
  const m = value as { kind?: unknown; out?: unknown; code?: unknown } | null;
  return typeof m === 'object' && m !== null && ((m.kind === 'writing' && typeof m.out === 'string') || (m.kind === 'exit' && typeof m.code === 'number'));
}

/** Tells the starting thread, if any, that a report is being written to `out`, so that it can tidy up there if it stops this thread. */
export function announceWriting(out: string): void {
  parentPort?.postMessage({ kind: 'writing', out } satisfies ThreadMessage);
}

/** Tells the starting thread, if any, how the command ended. */
export function announceExit(code: number): void {
  parentPort?.postMessage({ kind: 'exit', code } satisfies ThreadMessage);
}

/** Run as the bin does, in a worker thread: signals reach the starting thread, which stops this one (bin.ts). */
export const inWorker = !isMainThread;

const pending = new Set<Undo>();

export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/** Registers `undo` to run if the process is interrupted; call the returned function when the work is done. */
export function undoOnInterrupt(undo: Undo): () => void {
  pending.add(undo);
  return () => {
    pending.delete(undo);
  };
}

export function exitCleanlyOnSignals(): void {
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    // `on`, not `once`: with no listener left, a second Ctrl-C during the clean-up would kill the process half-way.
    process.on(signal, () => {
      const undone = pending.size > 0;
      for (const undo of pending) {
        try {
          undo();
        } catch {
          // The next run cleans up whatever is left (see replace-folder.ts).
        }
      }
      process.stderr.write(`framelens: interrupted (${signal})${undone ? '; the report being written was discarded and the output folder is as it was' : '; nothing was written'}.\n`);
      process.exit(code);
    });
  }
}
