import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotFolder } from '../helpers.js';
import { BASICS as FIXTURE, framelens, tempDir } from './cli.js';

interface Interrupted {
  status: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * Runs the CLI and sends it `signal` once `when` says so (checked every 5 ms),
 * or after `timeoutMs` at the latest.
 */
function runAndSignal(args: string[], signal: NodeJS.Signals, when: (pid: number) => boolean, timeoutMs = 20_000): Promise<Interrupted> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/cli/bin.js', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const started = Date.now();
    const poll = setInterval(() => {
      if (when(child.pid as number) || Date.now() - started > timeoutMs) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 5);
    child.on('error', reject);
    child.on('close', (status, got) => {
      clearInterval(poll);
      resolve({ status, signal: got, stderr });
    });
  });
}

/**
 * Has framelens installed its signal handlers yet? Linux shows the signals a
 * process catches in /proc. Node itself catches SIGINT for a moment while it
 * starts, but never SIGHUP, which framelens catches last of the three.
 */
function handlesSignals(pid: number): boolean {
  try {
    const mask = /^SigCgt:\s*([0-9a-f]+)$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? '0';
    return (BigInt(`0x${mask}`) & 1n) !== 0n;
  } catch {
    return false;
  }
}

const staging = (parent: string): string[] => readdirSync(parent).filter((n) => n.startsWith('.framelens-'));

describe('an interrupted run', () => {
  let big: string;
  beforeAll(() => {
    // 2,000 articles: writing their pages takes a good part of a second, long enough to interrupt it.
    big = join(tempDir(), 'big.jsonl');
    const lines = Array.from({ length: 2_000 }, (_, i) => JSON.stringify({ id: `a${i}`, outlet: `Outlet ${i % 7}`, text: `The Israeli regime said ${i} hostages were held.` }));
    writeFileSync(big, `${lines.join('\n')}\n`);
  });

  /** An output folder holding a finished report of one small article, and its parent. */
  function previousReport(): { parent: string; out: string; before: Record<string, string> } {
    const parent = tempDir();
    const small = join(parent, 'small.jsonl');
    writeFileSync(small, '{"id":"one","outlet":"A","text":"The Israeli regime."}\n');
    const out = join(parent, 'out');
    expect(framelens(['report', small, ...FIXTURE, '--out', out]).status).toBe(0);
    writeFileSync(join(out, 'README.md'), 'my notes');
    return { parent, out, before: snapshotFolder(out) };
  }

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('by %s while the report is being written leaves the previous report as it was, and no staging folder', async (signal, code) => {
    const { parent, out, before } = previousReport();
    const run = await runAndSignal(['report', big, ...FIXTURE, '--out', out], signal, () => staging(parent).length > 0);
    expect(run.stderr).toContain(`framelens: interrupted (${signal}); the report being written was discarded and the output folder is as it was.`);
    expect(run.status).toBe(code);
    expect(snapshotFolder(out)).toEqual(before);
    expect(staging(parent)).toEqual([]);
  });

  it('by SIGINT while analysing exits 130 without writing anything', async () => {
    const { parent, out, before } = previousReport();
    const run = await runAndSignal(['report', big, ...FIXTURE, '--out', out], 'SIGINT', handlesSignals);
    expect(run.status).toBe(130);
    expect(run.stderr).toBe('framelens: interrupted (SIGINT); nothing was written.\n');
    expect(snapshotFolder(out)).toEqual(before);
    expect(staging(parent)).toEqual([]);
  });

  it('by SIGTERM in the middle of a long synchronous step stops within a second and leaves the previous report', async () => {
    const { parent, out, before } = previousReport();
    // One article of 1.9 MB: analysed in one thread without a break (several seconds), and its page rendered the same way.
    const long = join(parent, 'long.jsonl');
    writeFileSync(long, `${JSON.stringify({ id: 'long', outlet: 'A', text: 'The Israeli regime said hostages were held. '.repeat(43_000) })}\n`);
    let signalled = 0;
    const run = await runAndSignal(['report', long, ...FIXTURE, '--out', out], 'SIGTERM', (pid) => {
      if (!handlesSignals(pid)) return false;
      // Well into the work: the command's thread is busy, not waiting.
      signalled ||= Date.now() + 2_500;
      return Date.now() >= signalled;
    });
    const stopped = Date.now() - signalled;
    expect(run.status).toBe(143);
    expect(stopped).toBeLessThan(1_000);
    expect(snapshotFolder(out)).toEqual(before);
    expect(staging(parent)).toEqual([]);
  });

  it('by SIGKILL leaves the previous report, and the next run clears what it left', async () => {
    const { parent, out, before } = previousReport();
    const run = await runAndSignal(['report', big, ...FIXTURE, '--out', out], 'SIGKILL', () => staging(parent).length > 0);
    expect(run.signal).toBe('SIGKILL');
    expect(snapshotFolder(out)).toEqual(before);
    expect(staging(parent)).toHaveLength(1);

    const small = join(parent, 'small.jsonl');
    writeFileSync(small, '{"id":"two","outlet":"B","text":"Hostages."}\n');
    expect(framelens(['report', small, ...FIXTURE, '--out', out]).status).toBe(0);
    expect(staging(parent)).toEqual([]);
    expect(readdirSync(join(out, 'articles'))).toEqual(['two.html']);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe('my notes');
  });
});
