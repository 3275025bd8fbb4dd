import type { ReportedFinding } from './report-model.js';

/** The two halves of the line under a source line: the padding up to the range, and the carets. */
export interface CaretLine {
  readonly padding: string;
  readonly carets: string;
}

/**
 * Places carets under a finding's range in its first source line. Padding copies the source's tabs so
 * the carets line up whatever the terminal's tab width, and counts code points rather than UTF-16
 * units, so a character outside the BMP takes one column as it does on screen. A range that runs onto
 * later lines is marked to the end of its first line; an empty range (or one past the line's end)
 * still gets one caret, so every finding points somewhere.
 */
export function caretLine(finding: Pick<ReportedFinding, 'source' | 'line' | 'column' | 'endLine' | 'endColumn'>): CaretLine {
  const { source } = finding;
  const start = finding.column - 1;
  const before = [...source.slice(0, start)].map((char) => (char === '\t' ? '\t' : ' ')).join('');
  const padding = before + ' '.repeat(Math.max(0, start - source.length));
  const end = finding.endLine === finding.line ? finding.endColumn - 1 : source.length;
  const width = [...source.slice(start, Math.max(start, end))].length;
  return { padding, carets: '^'.repeat(Math.max(1, width)) };
}
