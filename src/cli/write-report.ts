import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserInputError } from '../errors.js';
import type { ReportFile } from '../report/meta.js';
import { announceWriting, undoOnInterrupt } from './interrupt.js';
import { killPoint } from './kill-point.js';
import { FILE_LIST, MARKER_TEXT, OURS_MARKER, checkOutputFolder, fileListText, previousFiles } from './output-folder.js';
import { carryForeign, createStage, recoverInterrupted, removeStage, retire, swapIn } from './replace-folder.js';

export interface WriteOptions {
  /** Write into a non-empty folder that holds no framelens report (its files are kept). */
  force: boolean;
  /** The user's working folder: an output folder holding it is refused. */
  cwd: string;
  /** How to name the output folder in messages. */
  shown: string;
}

const CANNOT_WRITE: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  EBUSY: 'the folder is in use (is a program holding it open?)',
  EXDEV: 'the output folder is on another file system than the folder it is in (a mount point?)',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'something is in the way: a file where a folder is needed, or a file that appeared while the report was written',
  ENAMETOOLONG: 'the path is too long',
  ENOENT: 'a folder on the way is missing, or cannot hold new folders (a system folder such as /proc or /sys?)',
  EMLINK: 'the folder holds too many links',
  ELOOP: 'too many symbolic links on the way (a loop?)',
  EIO: 'the disk reported an input/output error',
  EINVAL: 'the file system refused a name or an operation (a special file system such as /proc?)',
};

/** A refusal of the file system while writing: the user's to fix, not a bug; the old report is untouched. */
function cannotWrite(shown: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return error;
  // Any refusal of the file system is about the place the user chose; one without a plain reason is named by its code.
  const reason = Object.hasOwn(CANNOT_WRITE, code) ? CANNOT_WRITE[code] : `the file system refused (${code}: ${(error as Error).message})`;
  return new UserInputError([
    { file: shown, message: `cannot write the report: ${reason}`, expected: 'a folder you can write to, with room for the report, whose parent folder you can write to as well (the report is prepared beside it); the previous report is untouched' },
  ]);
}

/** Files written between two looks at the event loop: a few milliseconds of work, so Ctrl-C is handled at once. */
const FILES_PER_TURN = 100;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Every file of the report into the staging folder. Writing synchronously is
 * several times faster than awaiting each file, and leaves no write in flight
 * when an interrupt removes the folder; the loop yields to the event loop
 * every few files so that a signal is handled between two of them.
 */
async function stageFiles(stage: string, files: ReportFile[], out: string): Promise<void> {
  for (const folder of new Set(files.map((f) => dirname(f.path)))) mkdirSync(join(stage, folder), { recursive: true });
  for (const [i, file] of files.entries()) {
    writeFileSync(join(stage, file.path), file.content);
    if (i % FILES_PER_TURN === FILES_PER_TURN - 1) await nextTurn();
  }
  writeFileSync(join(stage, FILE_LIST), fileListText(files));
  // An existing marker is carried over like any file that is not the report's, so it is never rewritten.
  if (!existsSync(join(out, OURS_MARKER))) writeFileSync(join(stage, OURS_MARKER), MARKER_TEXT);
}

/** Retires the old folder once the new report is in place: what goes wrong now is a warning, the report stands. */
function tidy(old: string, out: string, shown: string): string[] {
  try {
    const kept = retire(old, out);
    return kept.length > 0 ? [`files that changed in ${shown} while the report was written are kept in ${old}: ${kept.join(', ')}`] : [];
  } catch (error) {
    return [`the report is written, but the previous one could not be removed from ${old} (${(error as Error).message}); the next run tries again`];
  }
}

/**
 * Writes a rendered report into `out` so that the folder holds either the
 * previous report or the new one, whatever happens (see replace-folder.ts);
 * files framelens did not write are kept. Returns warnings for stderr.
 */
export async function writeReport(out: string, files: ReportFile[], options: WriteOptions): Promise<string[]> {
  announceWriting(out);
  const warnings = recoverInterrupted(out);
  checkOutputFolder(out, options.shown, files, options);
  let stage: string | undefined;
  let done = (): void => undefined;
  try {
    mkdirSync(dirname(out), { recursive: true });
    stage = createStage(out);
    const staging = stage;
    done = undoOnInterrupt(() => removeStage(staging));
    await stageFiles(stage, files, out);
    killPoint('staged');
    // From here on everything is synchronous: no interrupt can fall between carrying, swapping and retiring.
    if (existsSync(out)) carryForeign(out, stage, new Set([...previousFiles(out), FILE_LIST]));
    killPoint('carried');
    const old = swapIn(stage, out);
    stage = undefined;
    done();
    killPoint('swapped');
    if (old !== undefined) warnings.push(...tidy(old, out, options.shown));
    return warnings;
  } catch (error) {
    if (stage !== undefined) removeStage(stage);
    done();
    throw cannotWrite(options.shown, error);
  }
}
