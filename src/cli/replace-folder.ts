import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  lchownSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmdirSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserInputError } from '../errors.js';
import { killPoint } from './kill-point.js';
import { FILE_LIST, previousFiles } from './output-folder.js';

/*
 * How a report replaces the one before it, so that an interruption at any
 * point leaves the old report or the new one, never a mixture:
 *
 * 1. The new report is written to a staging folder beside the output folder,
 *    `.framelens-new-<name>-<pid>-<random>`.
 * 2. Every entry of the output folder that is not part of the old report
 *    (a README, the marker, the user's own files) is hard-linked into the
 *    staging folder (copied where links are not possible), so the user's
 *    files are in both folders and the output folder is not changed.
 * 3. Two renames swap the folders: the output folder becomes
 *    `.framelens-old-<name>-<pid>-<random>`, the staging folder takes its name.
 * 4. The old folder is retired: its report files and the second names of the
 *    carried files are removed; anything else (a file that appeared or was
 *    replaced during the run) is moved into the new folder, or kept and named.
 *
 * A run that dies (kill -9, power loss) leaves a staging or old folder whose
 * process is gone; the next run for the same output folder finds it and
 * finishes the job: a staging folder is removed, an old folder is put back
 * if the output folder is missing (death between the two renames) and
 * retired otherwise. Such leftovers are never read as a report.
 */

const NEW_PREFIX = '.framelens-new-';
const OLD_PREFIX = '.framelens-old-';

function sideName(prefix: string, out: string): string {
  return join(dirname(out), `${prefix}${basename(out)}-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/**
 * Gives `path` the owner, group and mode of `like` (the folder or file it
 * stands in for), so a report does not loosen a 0700 folder or take a
 * group-shared one (2770, owned by someone else) away from its group. A
 * process that may not change the owner (not root) keeps what it can: the
 * group where it belongs to it, and the mode.
 */
function keepOwnership(path: string, like: Stats, link = false): void {
  const chown = link ? lchownSync : chownSync;
  for (const [uid, gid] of [[like.uid, like.gid], [-1, like.gid]] as const) {
    try {
      chown(path, uid, gid);
      break;
    } catch {
      // not allowed: try the group alone, then leave it
    }
  }
  // After chown, which may clear the set-group-id bit.
  if (!link) chmodSync(path, like.mode & 0o7777);
}

/**
 * Creates the staging folder beside `out` (whose parent must exist), with
 * the output folder's owner, group and mode (set before anything is written
 * in it, so a set-group-id folder's group passes to every file in it).
 */
export function createStage(out: string): string {
  const stage = sideName(NEW_PREFIX, out);
  let like: Stats | undefined;
  try {
    like = lstatSync(out);
  } catch {
    like = undefined;
  }
  // Private while it is written; it takes the output folder's mode at once.
  mkdirSync(stage, like ? 0o700 : 0o777);
  if (like?.isDirectory()) keepOwnership(stage, like);
  return stage;
}

export function removeStage(stage: string): void {
  rmSync(stage, { recursive: true, force: true, maxRetries: 3 });
}

/** Hard-links (or copies) every entry of `from` that is not in `ours` into `to`, keeping relative paths. */
export function carryForeign(from: string, to: string, ours: Set<string>, prefix = ''): void {
  for (const name of readdirSync(from).sort()) {
    const rel = prefix + name;
    if (ours.has(rel)) continue;
    const source = join(from, name);
    const target = join(to, name);
    const stats = lstatSync(source);
    if (stats.isDirectory()) {
      mkdirSync(target, { recursive: true });
      keepOwnership(target, stats);
      carryForeign(source, target, ours, `${rel}/`);
    } else if (stats.isSymbolicLink()) {
      symlinkSync(readlinkSync(source), target);
      keepOwnership(target, stats, true);
    } else if (stats.isFile()) {
      if (!linkOrCopy(source, target)) keepOwnership(target, stats);
    } else {
      throw new UserInputError([
        { file: source, message: 'cannot be kept through the swap: not a file, folder or link', expected: 'only files, folders and links in the output folder (move it elsewhere)' },
      ]);
    }
  }
}

/** A hard link (true: the same file, mode and owner), or a copy where the file system has no hard links (false). */
function linkOrCopy(source: string, target: string): boolean {
  try {
    linkSync(source, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw error;
    // A file system without hard links: a copy, recognised by its bytes when the old folder is retired.
    copyFileSync(source, target);
    return false;
  }
}

/** Swaps the staging folder into place; returns the old folder's new name, if there was one. */
export function swapIn(stage: string, out: string): string | undefined {
  if (!existsSync(out)) {
    renameSync(stage, out);
    return undefined;
  }
  const old = sideName(OLD_PREFIX, out);
  renameSync(out, old);
  killPoint('between-renames');
  try {
    renameSync(stage, out);
  } catch (error) {
    renameSync(old, out);
    throw error;
  }
  return old;
}

/** Is the entry at `old` the one carried to `current`: the same file (a hard link), a file with the same bytes (a copy), or the same link? */
function carried(old: Stats, oldPath: string, current: string): boolean {
  let now: Stats;
  try {
    now = lstatSync(current);
  } catch {
    return false;
  }
  if (old.isSymbolicLink()) return now.isSymbolicLink() && readlinkSync(oldPath) === readlinkSync(current);
  if (!old.isFile() || !now.isFile()) return false;
  return (old.dev === now.dev && old.ino === now.ino) || (old.size === now.size && readFileSync(oldPath).equals(readFileSync(current)));
}

/** Moves the user's newer version of a file into the new folder, if nothing is in its way there. */
function moveOver(path: string, target: string): boolean {
  if (existsSync(target)) return false;
  try {
    mkdirSync(dirname(target), { recursive: true });
    renameSync(path, target);
    return true;
  } catch {
    return false;
  }
}

/**
 * Empties the old folder, adding to `kept` the paths that could not be placed
 * in the new one (they stay in the old folder). The file list goes last, so
 * a run killed half-way leaves the next one the list of what to remove; a
 * file system mounted inside (`dev`) is never entered.
 */
function retireEntries(old: string, current: string, report: Set<string>, prefix: string, kept: string[], dev: number): void {
  for (const name of readdirSync(old)) {
    const rel = prefix + name;
    if (rel === FILE_LIST) continue;
    const path = join(old, name);
    const target = join(current, name);
    const stats = lstatSync(path);
    if (stats.dev !== dev) {
      kept.push(rel);
    } else if (stats.isDirectory()) {
      retireEntries(path, target, report, `${rel}/`, kept, dev);
      try {
        rmdirSync(path);
      } catch {
        // not empty: something in it is kept
      }
    } else if (report.has(rel) || carried(stats, path, target)) {
      unlinkSync(path);
      killPoint('retiring');
    } else if (!moveOver(path, target)) {
      // Appeared or was replaced during the run, and the new folder has something else there: it stays, and is named.
      kept.push(rel);
    }
  }
}

/** Retires the old folder after a swap; returns what had to be left in it (empty when it is gone). */
export function retire(old: string, current: string): string[] {
  const report = new Set([...previousFiles(old), FILE_LIST]);
  const kept: string[] = [];
  retireEntries(old, current, report, '', kept, lstatSync(old).dev);
  rmSync(join(old, FILE_LIST), { force: true });
  if (kept.length > 0) return kept;
  try {
    rmdirSync(old);
  } catch {
    // Something appeared in it meanwhile: it stays, and is named.
    for (const name of readdirSync(old)) kept.push(name);
  }
  return kept;
}

function processIsGone(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Leftovers of runs for `out` whose process is gone, by kind. */
function leftovers(out: string, prefix: string): string[] {
  const parent = dirname(out);
  const pattern = new RegExp(`^${(prefix + basename(out)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)-[0-9a-f]{8}$`);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, pid: Number(pattern.exec(name)?.[1]) }))
    .filter(({ pid }) => Number.isInteger(pid) && pid > 0 && processIsGone(pid))
    .map(({ name }) => join(parent, name))
    .sort();
}

/**
 * Finishes what a run for `out` that died left behind (see the top of this
 * file). Returns messages about anything that could not be tidied.
 */
export function recoverInterrupted(out: string): string[] {
  const messages: string[] = [];
  for (const old of leftovers(out, OLD_PREFIX)) {
    if (!existsSync(out)) {
      renameSync(old, out);
      continue;
    }
    const kept = retire(old, out);
    if (kept.length > 0) messages.push(`${old} holds files from an interrupted run that are not in ${out}: ${kept.join(', ')}`);
  }
  // A staging folder holds only new report files and second names of files that are still in the output folder.
  for (const stage of leftovers(out, NEW_PREFIX)) removeStage(stage);
  return messages;
}
