#!/usr/bin/env node
import { Worker } from 'node:worker_threads';
import { SIGNAL_EXIT_CODES, isThreadMessage } from './interrupt.js';
import { recoverInterrupted } from './replace-folder.js';

/*
 * The command runs in a worker thread; this thread only waits, so it always
 * hears Ctrl-C (SIGINT), kill (SIGTERM) and a closed terminal (SIGHUP), even
 * while the command is deep in a long synchronous step (a signal handler
 * runs only between two turns of a thread's event loop). On a signal the
 * worker is stopped at once, wherever it is, and this thread finishes what
 * it left, as the next run would after a crash (see replace-folder.ts): the
 * output folder holds the previous report, and nothing is left beside it.
 */

const INTERNAL_ERROR = 3;

function run(): Promise<number> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./main.js', import.meta.url), { argv: process.argv.slice(2) });
    const writing = new Set<string>();
    let code: number | undefined;
    let interrupted: keyof typeof SIGNAL_EXIT_CODES | undefined;
    let failure: Error | undefined;

    worker.on('message', (message: unknown) => {
      if (!isThreadMessage(message)) return;
      if (message.kind === 'writing') writing.add(message.out);
      else code = message.code;
    });
    worker.on('error', (error) => (failure = error));
    for (const signal of Object.keys(SIGNAL_EXIT_CODES) as (keyof typeof SIGNAL_EXIT_CODES)[]) {
      process.on(signal, () => {
        interrupted ??= signal;
        void worker.terminate();
      });
    }
    worker.on('exit', () => {
      if (interrupted !== undefined || code === undefined) {
        for (const out of writing) tidy(out);
      }
      if (interrupted !== undefined) {
        const what = writing.size > 0 ? 'the report being written was discarded and the output folder is as it was' : 'nothing was written';
        process.stderr.write(`framelens: interrupted (${interrupted}); ${what}.\n`);
        resolve(SIGNAL_EXIT_CODES[interrupted]);
      } else if (code === undefined) {
        // The worker died without an answer: out of memory, or an error outside the command.
        process.stderr.write(`framelens: internal error: ${failure?.message ?? 'the run stopped unexpectedly'}\n`);
        process.stderr.write('This is a bug in framelens, not in your input. Please report it.\n');
        resolve(INTERNAL_ERROR);
      } else resolve(code);
    });
  });
}

function tidy(out: string): void {
  try {
    for (const message of recoverInterrupted(out)) process.stderr.write(`framelens: ${message}\n`);
  } catch (error) {
    process.stderr.write(`framelens: could not tidy up beside ${out} (${(error as Error).message}); the next run tries again\n`);
  }
}

// A reader that closes the pipe early (`framelens … | head -0`) wants no more output; that is not an error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  // Standard output sent where it cannot go (`> /dev/full`, a full disk): the user's to fix, and what was written is written.
  process.stderr.write(`framelens: cannot write to standard output: ${error.code === 'ENOSPC' ? 'no space left on the device' : error.message}\n`);
  process.exit(2);
});
// With standard error gone too there is no one to tell; the exit code still says how the run ended.
process.stderr.on('error', () => undefined);
process.exitCode = await run();
