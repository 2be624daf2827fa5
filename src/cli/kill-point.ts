/*
 * For tests only: `FRAMELENS_KILL_AT=<step>` kills the process with SIGKILL
 * when writing a report reaches that step, as a power cut would, so a test
 * can check that every step leaves the old report or the new one and that
 * the next run tidies up. Steps: staged, carried, between-renames, swapped,
 * retiring (after the first file of the old report is removed).
 */
export type KillStep = 'staged' | 'carried' | 'between-renames' | 'swapped' | 'retiring';

export function killPoint(step: KillStep): void {
  if (process.env.FRAMELENS_KILL_AT === step) process.kill(process.pid, 'SIGKILL');
}
