/** Words of a cell broken into lines of at most `width` characters (a longer word keeps its own line). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  lines.push(current);
  return lines;
}

/** A plain-text table for the terminal: aligned columns, long cells wrapped at `maxWidth` characters. */
export function textTable(header: string[], rows: string[][], maxWidth = 44): string {
  const wrapped = rows.map((row) => row.map((cell) => wrap(cell, maxWidth)));
  const widths = header.map((h, c) => Math.max(h.length, ...wrapped.map((r) => Math.max(...(r[c] ?? ['']).map((l) => l.length)))));
  const line = (cells: string[]): string => cells.map((cell, c) => cell.padEnd(widths[c] as number)).join('  ').trimEnd();
  const body = wrapped.flatMap((row) => {
    const height = Math.max(...row.map((lines) => lines.length));
    return Array.from({ length: height }, (_, i) => line(row.map((lines) => lines[i] ?? '')));
  });
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body].join('\n');
}
