import { closeSync, existsSync, mkdirSync, openSync, readSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserInputError } from '../errors.js';
import type { ReportFile } from '../report/meta.js';
import type { ReportSink } from '../report/render.js';
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
 * A report being written into a folder beside `out`, file by file and piece
 * by piece as the analysis goes (synchronous writes: several times faster
 * than awaiting each, and no write is in flight when an interrupt removes
 * the folder). `commit` swaps it in whole, so `out` holds either the
 * previous report or the new one, whatever happens (see replace-folder.ts);
 * files framelens did not write are kept. `abort`, or an interrupt, removes
 * it.
 */
export class ReportStage implements ReportSink {
  private readonly paths = new Set<string>();
  private readonly folders = new Set<string>();
  private readonly open = new Map<string, number>();
  private stage: string | undefined;
  private readonly done: () => void;
  readonly warnings: string[];

  private constructor(
    private readonly out: string,
    private readonly options: WriteOptions,
  ) {
    announceWriting(out);
    this.warnings = recoverInterrupted(out);
    // Checked before any work, and again with every file's path before the swap.
    checkOutputFolder(out, options.shown, [], options);
    try {
      mkdirSync(dirname(out), { recursive: true });
      const stage = createStage(out);
      this.stage = stage;
      this.done = undoOnInterrupt(() => {
        this.closeAll();
        removeStage(stage);
      });
    } catch (error) {
      throw cannotWrite(options.shown, error);
    }
  }

  static open(out: string, options: WriteOptions): ReportStage {
    return new ReportStage(out, options);
  }

  private where(path: string): string {
    if (this.stage === undefined) throw new Error('the report stage is closed');
    const folder = dirname(path);
    if (!this.folders.has(folder)) {
      mkdirSync(join(this.stage, folder), { recursive: true });
      this.folders.add(folder);
    }
    return join(this.stage, path);
  }

  private guard<T>(act: () => T): T {
    try {
      return act();
    } catch (error) {
      throw cannotWrite(this.options.shown, error);
    }
  }

  write(path: string, content: string): void {
    this.guard(() => writeFileSync(this.where(path), content));
    if (!path.startsWith('.')) this.paths.add(path);
  }

  append(path: string, content: string): void {
    this.guard(() => {
      let fd = this.open.get(path);
      if (fd === undefined) {
        fd = openSync(this.where(path), 'w');
        this.open.set(path, fd);
      }
      writeSync(fd, content);
    });
    if (!path.startsWith('.')) this.paths.add(path);
  }

  appendPart(path: string, part: string): void {
    const from = this.open.get(part);
    if (from !== undefined) {
      closeSync(from);
      this.open.delete(part);
    }
    const source = this.where(part);
    this.guard(() => {
      const fd = openSync(source, 'r');
      const buffer = Buffer.alloc(1 << 20);
      let position = 0;
      try {
        for (let n = readSync(fd, buffer, 0, buffer.length, position); n > 0; n = readSync(fd, buffer, 0, buffer.length, position)) {
          this.appendBytes(path, buffer.subarray(0, n));
          position += n;
        }
      } finally {
        closeSync(fd);
      }
      rmSync(source);
    });
  }

  private appendBytes(path: string, bytes: Uint8Array): void {
    let fd = this.open.get(path);
    if (fd === undefined) {
      fd = openSync(this.where(path), 'w');
      this.open.set(path, fd);
    }
    writeSync(fd, bytes);
  }

  private closeAll(): void {
    for (const fd of this.open.values()) closeSync(fd);
    this.open.clear();
  }

  /** Swaps the finished report in; returns warnings for stderr. */
  commit(): string[] {
    const stage = this.stage;
    if (stage === undefined) throw new Error('the report stage is closed');
    const { out, options } = this;
    try {
      this.closeAll();
      const files = [...this.paths].sort().map((path) => ({ path, content: '' }));
      checkOutputFolder(out, options.shown, files, options);
      writeFileSync(join(stage, FILE_LIST), fileListText(files));
      // An existing marker is carried over like any file that is not the report's, so it is never rewritten.
      if (!existsSync(join(out, OURS_MARKER))) writeFileSync(join(stage, OURS_MARKER), MARKER_TEXT);
      killPoint('staged');
      // From here on everything is synchronous: no interrupt can fall between carrying, swapping and retiring.
      if (existsSync(out)) carryForeign(out, stage, new Set([...previousFiles(out), FILE_LIST]));
      killPoint('carried');
      const old = swapIn(stage, out);
      this.stage = undefined;
      this.done();
      killPoint('swapped');
      const warnings = [...this.warnings];
      if (old !== undefined) warnings.push(...tidy(old, out, options.shown));
      return warnings;
    } catch (error) {
      this.abort();
      throw cannotWrite(options.shown, error);
    }
  }

  /** Removes the half-written report; the output folder is as it was. */
  abort(): void {
    this.closeAll();
    if (this.stage !== undefined) removeStage(this.stage);
    this.stage = undefined;
    this.done();
  }
}

/** Writes a report rendered in memory (the library's renderReport) into `out`, swapped in whole. Returns warnings for stderr. */
export async function writeReport(out: string, files: ReportFile[], options: WriteOptions): Promise<string[]> {
  const stage = ReportStage.open(out, options);
  try {
    for (const file of files) stage.write(file.path, file.content);
  } catch (error) {
    stage.abort();
    throw error;
  }
  return stage.commit();
}
