/** A file's text and the one mapping from offsets to 1-based lines and columns. */

export interface Position {
  line: number;
  column: number;
}

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export class SourceText {
  readonly text: string;
  private readonly lineStarts: number[];

  constructor(raw: string) {
    // A byte-order mark is not a column: drop it so offsets and columns match what editors show.
    this.text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    const starts = [0];
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.lineStarts[lo] + 1 };
  }

  range(start: number, end: number): Range {
    const a = this.position(start);
    // Never run past the end of the start's line's content into a CR of a CRLF pair.
    let e = Math.max(start, end);
    while (e > start && (this.text[e - 1] === '\n' || this.text[e - 1] === '\r')) e--;
    const b = this.position(e);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** The text of one line (1-based), without its line break. */
  lineText(line: number): string {
    const s = this.lineStarts[line - 1];
    if (s === undefined) return '';
    const next = this.lineStarts[line] ?? this.text.length + 1;
    return this.text.slice(s, next - 1).replace(/\r$/, '');
  }

  /** The offset of a 1-based line and 0-based column. */
  offsetOf(line: number, column0: number): number {
    return (this.lineStarts[line - 1] ?? this.text.length) + column0;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}
