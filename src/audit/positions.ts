import { lastAtOrBefore } from '../corpus/offset-map.js';

const UTF8 = new TextEncoder();

/** A place in a file: 1-based line, 1-based column in UTF-16 code units (as JavaScript, editors and SARIF's `utf16CodeUnits` count), and the offset. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** Finds lines and columns in one file's text: line breaks are \n, \r\n or a lone \r. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly source: string) {
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /** The line (0-based) an offset is on. */
  private lineOf(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }

  position(offset: number): Position {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - (this.starts[line] as number) + 1, offset };
  }

  /** The column of an offset counted in UTF-8 bytes, 1-based (as reviewdog counts). */
  byteColumn(offset: number): number {
    const start = this.starts[this.lineOf(offset)] as number;
    return UTF8.encode(this.source.slice(start, offset)).length + 1;
  }

  /** Where a 1-based line starts; past the last line, the end of the text. */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.source.length;
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return '';
    const end = this.starts[line] ?? this.source.length;
    return this.source.slice(start, end).replace(/\r?\n$|\r$/, '');
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
