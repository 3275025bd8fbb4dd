import type { SourceFile } from '../model/source-files.js';

/** A `# kubelet-guard-disable-...` comment. */
export interface Suppression {
  readonly kind: 'next-line' | 'file';
  /** Rule ids it names; empty means every rule. */
  readonly rules: readonly string[];
  readonly reason: string | undefined;
  /** The comment line. */
  readonly start: number;
  readonly end: number;
  /** Where the comment's rule list sits (for appending an id), or just after the directive word. */
  readonly listEnd: number;
  /** For next-line: the offsets of what it covers (the next non-comment line, or a whole env assignment). */
  readonly targetStart: number;
  readonly targetEnd: number;
  readonly indent: string;
}

const DIRECTIVE = /^([ \t]*)[#;][ \t]*kubelet-guard-disable-(next-line|file)\b(.*)$/;

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    out.push({ start, end: text[end - 1] === '\r' ? end - 1 : end, text: text.slice(start, text[end - 1] === '\r' ? end - 1 : end) });
    if (newline < 0) break;
    start = newline + 1;
  }
  return out;
}

const isComment = (line: Line): boolean => /^[ \t]*[#;]/.test(line.text);

/**
 * The suppression comments of a file, in any kind: units and env files (`#` or `;` comment lines) and
 * YAML (`#` comment lines). `--` separates the reason; rule ids are separated by commas or blanks.
 * A next-line comment covers the next line that is not a comment (systemd skips comment lines inside
 * a continued `ExecStart=`, so one can sit between flag lines); in an env file it covers the whole
 * assignment that line starts, continuation lines included.
 */
export function parseSuppressions(file: SourceFile): Suppression[] {
  if (file.kind !== 'unit' && file.kind !== 'env' && file.kind !== 'yaml') return [];
  const all = lines(file.text);
  const found: Suppression[] = [];
  all.forEach((line, index) => {
    const match = DIRECTIVE.exec(line.text);
    if (!match) return;
    const kind = match[2] === 'file' ? 'file' : 'next-line';
    const rest = match[3] ?? '';
    const separator = rest.search(/(^|\s)--(\s|$)/);
    const list = separator < 0 ? rest : rest.slice(0, separator);
    const reason = separator < 0 ? undefined : rest.slice(separator).replace(/^\s*--\s*/, '').trim() || undefined;
    const rules = list.split(/[\s,]+/).filter(Boolean);
    const listEnd = line.start + line.text.length - rest.length + list.trimEnd().length;
    let targetStart = line.end;
    let targetEnd = line.end;
    if (kind === 'next-line') {
      const next = all.slice(index + 1).find((candidate) => !isComment(candidate));
      if (next) {
        targetStart = next.start;
        targetEnd = next.end;
        if (file.kind === 'env') {
          const assignment = file.env.assignments.find((a) => a.start <= next.end && a.end >= next.start);
          if (assignment) targetEnd = Math.max(targetEnd, assignment.end);
        }
      }
    }
    found.push({ kind, rules, reason, start: line.start, end: line.end, listEnd, targetStart, targetEnd, indent: match[1] ?? '' });
  });
  return found;
}

/** Whether a suppression covers a finding of `ruleId` that starts at `offset`. */
export function covers(suppression: Suppression, ruleId: string, offset: number): boolean {
  if (suppression.rules.length > 0 && !suppression.rules.includes(ruleId)) return false;
  return suppression.kind === 'file' || (offset >= suppression.targetStart && offset <= suppression.targetEnd);
}
