import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_LIST, MARKER_TEXT, OURS_MARKER } from '../../src/cli/output-folder.js';
import { writeReport } from '../../src/cli/write-report.js';
import type { ReportFile } from '../../src/report/meta.js';
import { problemsOf, snapshotFolder } from '../helpers.js';
import { tempDir } from '../temp.js';

/** A fresh parent folder; the output folder is `out` inside it. */
function place(): { parent: string; out: string } {
  const parent = tempDir('framelens-write-');
  return { parent, out: join(parent, 'out') };
}

const report = (tag: string, articles = ['a']): ReportFile[] => [
  { path: 'index.html', content: `<p>index ${tag}</p>` },
  { path: 'results.json', content: `{"run":"${tag}"}` },
  ...articles.map((id) => ({ path: `articles/${id}.html`, content: `<p>${id} ${tag}</p>` })),
];

const write = (out: string, files: ReportFile[], force = false) => writeReport(out, files, { force, cwd: tmpdir(), shown: 'out' });

/** A process id that is certainly not running: one that just ended. */
function deadPid(): number {
  const run = spawnSync(process.execPath, ['-e', '0']);
  return run.pid as number;
}

/** What a refused write reports; fails if it was not refused. */
async function refusal(promise: Promise<unknown>) {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  return problemsOf(() => {
    throw outcome ?? new Error('expected a refusal');
  });
}

describe('writeReport', () => {
  it('makes a new folder with the report, the file list and the marker, and leaves nothing beside it', async () => {
    const { parent, out } = place();
    expect(await write(out, report('1'))).toEqual([]);
    expect(snapshotFolder(out)).toEqual({
      [OURS_MARKER]: MARKER_TEXT,
      [FILE_LIST]: `${JSON.stringify({ generator: 'framelens', files: ['articles/a.html', 'index.html', 'results.json'] }, null, 2)}\n`,
      'articles/a.html': '<p>a 1</p>',
      'index.html': '<p>index 1</p>',
      'results.json': '{"run":"1"}',
    });
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('replaces its own files, removes those the new report lacks, and keeps every other file as the same file', async () => {
    const { parent, out } = place();
    await write(out, report('1', ['a', 'b']));
    writeFileSync(join(out, 'README.md'), 'mine');
    mkdirSync(join(out, 'notes'));
    writeFileSync(join(out, 'notes', 'n.txt'), 'my notes');
    writeFileSync(join(out, 'articles', 'mine.txt'), 'kept among the pages');
    symlinkSync('README.md', join(out, 'link'));
    const inode = (path: string) => statSync(join(out, path)).ino;
    const before = { readme: inode('README.md'), marker: inode(OURS_MARKER), notes: inode('notes/n.txt') };

    await write(out, report('2', ['a']));

    expect(snapshotFolder(out)).toMatchObject({ 'index.html': '<p>index 2</p>', 'articles/a.html': '<p>a 2</p>', 'README.md': 'mine', 'notes/n.txt': 'my notes', 'articles/mine.txt': 'kept among the pages' });
    expect(existsSync(join(out, 'articles', 'b.html'))).toBe(false);
    expect({ readme: inode('README.md'), marker: inode(OURS_MARKER), notes: inode('notes/n.txt') }).toEqual(before);
    expect(readFileSync(join(out, 'link'), 'utf8')).toBe('mine');
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('treats a folder with the marker (a fresh clone’s reports/) as its own', async () => {
    const { out } = place();
    mkdirSync(out);
    writeFileSync(join(out, 'README.md'), '# reports/');
    writeFileSync(join(out, OURS_MARKER), MARKER_TEXT);
    await write(out, report('1'));
    expect(snapshotFolder(out)).toMatchObject({ 'README.md': '# reports/', [OURS_MARKER]: MARKER_TEXT, 'index.html': '<p>index 1</p>' });
  });

  it('uses an empty folder', async () => {
    const { out } = place();
    mkdirSync(out);
    await write(out, report('1'));
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>index 1</p>');
  });

  it('refuses a non-empty folder it did not write, unless forced, and then keeps the files', async () => {
    const { out } = place();
    mkdirSync(out);
    writeFileSync(join(out, 'thesis.docx'), 'years of work');
    const [problem] = await refusal(write(out, report('1')));
    expect(problem).toMatchObject({ file: 'out', message: 'folder is not empty and holds no framelens report', value: 'thesis.docx' });
    expect(problem?.expected).toContain('--force');
    expect(snapshotFolder(out)).toEqual({ 'thesis.docx': 'years of work' });

    await write(out, report('1'), true);
    expect(snapshotFolder(out)).toMatchObject({ 'thesis.docx': 'years of work', 'index.html': '<p>index 1</p>', [OURS_MARKER]: MARKER_TEXT });
    // Now it holds a report of ours: the next run needs no --force.
    await write(out, report('2'));
    expect(snapshotFolder(out)).toMatchObject({ 'thesis.docx': 'years of work', 'index.html': '<p>index 2</p>' });
  });

  it('never replaces a file it did not write, even when forced', async () => {
    const { out } = place();
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'my own page');
    writeFileSync(join(out, 'articles'), 'a file where a folder of pages would go');
    const [problem] = await refusal(write(out, report('1'), true));
    expect(problem).toMatchObject({ message: 'holds files framelens did not write where the report would go', value: ['articles/a.html', 'index.html'] });
    expect(snapshotFolder(out)).toEqual({ 'index.html': 'my own page', articles: 'a file where a folder of pages would go' });
  });

  it('refuses a file, and a folder the user is working in', async () => {
    const { parent, out } = place();
    writeFileSync(out, 'not a folder');
    expect((await refusal(write(out, report('1'))))[0]).toMatchObject({ message: 'exists and is not a folder' });
    const inside = join(parent, 'work');
    mkdirSync(join(inside, 'sub'), { recursive: true });
    const [problem] = await refusal(writeReport(inside, report('1'), { force: true, cwd: join(inside, 'sub'), shown: 'work' }));
    expect(problem).toMatchObject({ message: 'is the folder you are working in, or holds it' });
  });

  it('leaves the previous report untouched and no staging folder when writing fails', async () => {
    const { parent, out } = place();
    await write(out, report('1'));
    const before = snapshotFolder(out);
    // A file and a folder of the same name: the second write fails half-way through staging.
    const broken = [...report('2'), { path: 'articles', content: 'clash' }];
    await expect(write(out, broken)).rejects.toThrow();
    expect(snapshotFolder(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('removes the staging folder of a run that died, and ignores one whose process still runs', async () => {
    const { parent, out } = place();
    await write(out, report('1'));
    const dead = join(parent, `.framelens-new-out-${deadPid()}-0badc0de`);
    const alive = join(parent, `.framelens-new-out-${process.ppid}-0badc0de`);
    for (const stage of [dead, alive]) {
      mkdirSync(join(stage, 'articles'), { recursive: true });
      writeFileSync(join(stage, 'index.html'), 'half a report');
      linkSync(join(out, OURS_MARKER), join(stage, OURS_MARKER));
    }
    await write(out, report('2'));
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(alive)).toBe(true);
    expect(readFileSync(join(out, OURS_MARKER), 'utf8')).toBe(MARKER_TEXT);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>index 2</p>');
  });

  /** A report with the user's README, moved aside as by the first rename of a swap whose process then died. */
  async function movedAside(): Promise<{ parent: string; out: string; old: string }> {
    const { parent, out } = place();
    await write(out, report('1'));
    writeFileSync(join(out, 'README.md'), 'mine');
    const old = join(parent, `.framelens-old-out-${deadPid()}-0badc0de`);
    renameSync(out, old);
    return { parent, out, old };
  }

  it('puts the old report back when a run died between the two renames of the swap', async () => {
    const { parent, out, old } = await movedAside();
    const before = snapshotFolder(old);
    await write(out, report('2'));
    expect(snapshotFolder(out)).toEqual({ ...before, 'index.html': '<p>index 2</p>', 'results.json': '{"run":"2"}', 'articles/a.html': '<p>a 2</p>' });
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('finishes retiring the old folder of a run that died after the swap, keeping files that changed', async () => {
    const { parent, out, old } = await movedAside();
    // The state after the swap: the new folder has the new report and second names of the user's files.
    mkdirSync(join(out, 'articles'), { recursive: true });
    for (const file of report('2')) writeFileSync(join(out, file.path), file.content);
    writeFileSync(join(out, FILE_LIST), readFileSync(join(old, FILE_LIST)));
    linkSync(join(old, 'README.md'), join(out, 'README.md'));
    linkSync(join(old, OURS_MARKER), join(out, OURS_MARKER));
    writeFileSync(join(old, 'late.txt'), 'written during the run');

    await write(out, report('3'));
    expect(existsSync(old)).toBe(false);
    expect(snapshotFolder(out)).toMatchObject({ 'README.md': 'mine', 'late.txt': 'written during the run', 'index.html': '<p>index 3</p>' });
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('keeps, and names, a file of the old folder that changed and cannot be placed in the new one', async () => {
    const { parent, out, old } = await movedAside();
    mkdirSync(out);
    writeFileSync(join(out, 'README.md'), 'mine, as carried');
    // A copy rather than a link (a file system without hard links): recognised by its bytes.
    writeFileSync(join(out, OURS_MARKER), MARKER_TEXT);
    // Edited during the run by an editor that writes a new file: a different file from the one carried.
    writeFileSync(join(old, 'README.md'), 'mine, edited later');
    const warnings = await write(out, report('2'));
    expect(warnings).toEqual([`${old} holds files from an interrupted run that are not in ${out}: README.md`]);
    expect(readFileSync(join(old, 'README.md'), 'utf8')).toBe('mine, edited later');
    expect(readdirSync(old)).toEqual(['README.md']);
    expect(readdirSync(parent).sort()).toEqual(['out', old.slice(parent.length + 1)].sort());
  });
});
