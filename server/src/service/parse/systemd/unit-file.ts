import { TracedBuilder, type Traced } from '../../text/traced.js';

/** One `Key=Value` assignment, after systemd has joined continuation lines. */
export interface Directive {
  readonly section: string;
  readonly key: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  /** The value with surrounding whitespace stripped; each character traced to the file. */
  readonly value: Traced;
  /** Offset just after `=`, where an empty value would be. */
  readonly valueStart: number;
  /** Start of the first physical line and end of the last one (before its line break). */
  readonly start: number;
  readonly end: number;
  /** Physical line numbers (0-based) the directive spans, comments inside it included. */
  readonly firstLine: number;
  readonly lastLine: number;
  /** True when the line follows a command line that ended without `\`: a broken continuation. */
  readonly afterBrokenContinuation: boolean;
}

/** Why systemd drops a line it reads. */
export type LostLineReason = 'missing-equals' | 'invalid-section-header' | 'outside-section' | 'after-invalid-header';

/** A logical line systemd ignores (it logs a warning and goes on): the setting it held is lost. */
export interface LostLine {
  readonly reason: LostLineReason;
  readonly section: string | undefined;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly firstLine: number;
  /** True when the line follows a command line that ended without `\`: a broken continuation. */
  readonly afterBrokenContinuation: boolean;
}

export interface Section {
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly line: number;
}

export interface UnitFile {
  readonly uri: string;
  readonly sections: readonly Section[];
  readonly directives: readonly Directive[];
  readonly lostLines: readonly LostLine[];
  /** Comment lines: start offset of the `#`/`;` and end of line. */
  readonly comments: readonly { readonly start: number; readonly end: number; readonly line: number }[];
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

interface PhysicalLine {
  readonly start: number;
  readonly end: number;
  readonly number: number;
}

function splitPhysicalLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  let start = 0;
  let number = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i === text.length || c === '\n' || c === '\r') {
      lines.push({ start, end: i, number });
      if (c === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
      number++;
      if (i >= text.length) break;
    }
  }
  // A file ending in a line break has no extra empty line after it.
  const last = lines[lines.length - 1];
  if (lines.length > 1 && last && last.start === text.length) lines.pop();
  return lines;
}

/** True when the line ends in an odd backslash: systemd's test for a continuation. */
function endsInContinuation(text: string, start: number, end: number): boolean {
  let escaped = false;
  for (let i = start; i < end; i++) {
    if (escaped) escaped = false;
    else if (text[i] === '\\') escaped = true;
  }
  return escaped;
}

/**
 * Parses a unit file or drop-in the way systemd's config parser reads it:
 * - a line whose first non-blank character is `#` or `;` is a comment, and is skipped even in the
 *   middle of a continuation, which goes on after it;
 * - a line whose last character is an unescaped `\` continues on the next line; the backslash becomes
 *   a space and the next line is appended as it is; whitespace after the `\` means no continuation;
 * - a blank line ends a continuation (it is appended, and does not itself continue);
 * - each logical line is stripped; `[Name]` opens a section; otherwise it needs `=`: the key and the
 *   value are stripped of whitespace. A line without `=` is ignored with a warning.
 * Never throws; what systemd would drop is returned in `lostLines`.
 */
export function parseUnitFile(uri: string, text: string): UnitFile {
  const sections: Section[] = [];
  const directives: Directive[] = [];
  const lostLines: LostLine[] = [];
  const comments: { start: number; end: number; line: number }[] = [];
  let section: string | undefined;
  let pending: TracedBuilder | undefined;
  let pendingFirst: PhysicalLine | undefined;
  let previousLooksContinued = false;
  let aborted = false;

  const finish = (logical: TracedBuilder, first: PhysicalLine, last: PhysicalLine): void => {
    const traced = logical.build();
    const result = interpretLogicalLine(uri, traced, section, first, last, previousLooksContinued);
    if (aborted) {
      // systemd stops reading a file at a malformed section header: nothing after it takes effect.
      if (result.kind !== 'empty') {
        const text = traced.text.trim();
        lostLines.push({ reason: 'after-invalid-header', section, text, start: traced.offsets[traced.text.indexOf(text)] ?? first.start, end: (traced.offsets[traced.text.indexOf(text) + text.length - 1] ?? first.end) + 1, firstLine: first.number, afterBrokenContinuation: false });
      }
      return;
    }
    if (result.kind === 'section') {
      section = result.section.name;
      sections.push(result.section);
    } else if (result.kind === 'directive') {
      directives.push(result.directive);
    } else if (result.kind === 'lost') {
      lostLines.push(result.lost);
      if (result.lost.reason === 'invalid-section-header') aborted = true;
    }
    const stripped = traced.text.trimEnd();
    // A flag line that ends without `\` while the next line still holds flags is the classic broken
    // continuation: remember it, so a lost line after it can say why it was lost.
    previousLooksContinued = result.kind === 'directive' && /\s--?[A-Za-z]/.test(` ${stripped}`) && !stripped.endsWith('\\');
  };

  for (const line of splitPhysicalLines(text)) {
    let first = line.start;
    while (first < line.end && (text[first] === ' ' || text[first] === '\t')) first++;
    const lead = text[first];
    if (first < line.end && (lead === '#' || lead === ';')) {
      comments.push({ start: first, end: line.end, line: line.number });
      continue;
    }
    const builder = pending ?? new TracedBuilder();
    for (let i = line.start; i < line.end; i++) builder.push(text[i] ?? '', uri, i);
    const firstLine = pendingFirst ?? line;
    if (endsInContinuation(text, line.start, line.end)) {
      // Replace the backslash by a space, as systemd does, keeping it traced to the backslash.
      builder.replaceLast(' ', uri, line.end - 1);
      pending = builder;
      pendingFirst = firstLine;
      continue;
    }
    pending = undefined;
    pendingFirst = undefined;
    finish(builder, firstLine, line);
    if (first >= line.end) previousLooksContinued = false;
  }
  if (pending && pendingFirst) {
    // A continuation at end of file: systemd parses what it has.
    const lines = splitPhysicalLines(text);
    finish(pending, pendingFirst, lines[lines.length - 1] ?? pendingFirst);
  }
  return { uri, sections, directives, lostLines, comments };
}

type Interpretation =
  | { kind: 'empty' }
  | { kind: 'section'; section: Section }
  | { kind: 'directive'; directive: Directive }
  | { kind: 'lost'; lost: LostLine };

function interpretLogicalLine(
  uri: string,
  line: Traced,
  section: string | undefined,
  first: PhysicalLine,
  last: PhysicalLine,
  afterBrokenContinuation: boolean,
): Interpretation {
  const text = line.text;
  let from = 0;
  let to = text.length;
  while (from < to && WHITESPACE.has(text[from] ?? '')) from++;
  while (to > from && WHITESPACE.has(text[to - 1] ?? '')) to--;
  if (from === to) return { kind: 'empty' };
  const at = (i: number): number => line.offsets[i] ?? first.start;
  const lost = (reason: LostLineReason): Interpretation => ({
    kind: 'lost',
    lost: {
      reason,
      section,
      text: text.slice(from, to),
      start: at(from),
      end: at(to - 1) + 1,
      firstLine: first.number,
      afterBrokenContinuation,
    },
  });

  if (text[from] === '[') {
    if (text[to - 1] !== ']' || to - from < 3) return lost('invalid-section-header');
    return {
      kind: 'section',
      section: { name: text.slice(from + 1, to - 1), nameStart: at(from + 1), nameEnd: at(to - 2) + 1, line: first.number },
    };
  }
  const equals = text.indexOf('=', from);
  if (equals < 0 || equals >= to) return lost('missing-equals');
  if (section === undefined) return lost('outside-section');
  let keyEnd = equals;
  while (keyEnd > from && WHITESPACE.has(text[keyEnd - 1] ?? '')) keyEnd--;
  const key = text.slice(from, keyEnd);
  let valueFrom = equals + 1;
  while (valueFrom < to && WHITESPACE.has(text[valueFrom] ?? '')) valueFrom++;
  const value: Traced = {
    text: text.slice(valueFrom, to),
    uris: line.uris.slice(valueFrom, to),
    offsets: line.offsets.slice(valueFrom, to),
  };
  void uri;
  return {
    kind: 'directive',
    directive: {
      section,
      key,
      keyStart: at(from),
      keyEnd: at(keyEnd - 1) + 1,
      value,
      valueStart: at(equals) + 1,
      start: first.start,
      end: last.end,
      firstLine: first.number,
      lastLine: last.number,
      afterBrokenContinuation,
    },
  };
}
