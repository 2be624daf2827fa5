/** Articles done of the total, the rate and the time left, on one line of stderr, redrawn at most a few times a second. */
export interface Progress {
  tick(n?: number): void;
  done(): void;
}

const SILENT: Progress = { tick: () => undefined, done: () => undefined };

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '…';
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min` : s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

/** Progress on stderr when stderr is a terminal and not `--quiet`; nothing otherwise (a log or a pipe gets no redrawn lines). */
export function startProgress(total: number, what: string, options: { quiet: boolean; stream?: NodeJS.WriteStream }): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || !stream.isTTY || total === 0) return SILENT;
  const started = Date.now();
  let done = 0;
  let drawn = 0;
  const draw = (): void => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
    stream.write(`\r\x1b[2Kframelens: ${what} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} (${Math.round((100 * done) / total)}%), ${rate.toFixed(rate < 10 ? 1 : 0)}/s, ${duration(left)} left`);
  };
  return {
    tick: (n = 1) => {
      done += n;
      const now = Date.now();
      if (now - drawn >= 250 || done === total) {
        drawn = now;
        draw();
      }
    },
    done: () => stream.write('\r\x1b[2K'),
  };
}
