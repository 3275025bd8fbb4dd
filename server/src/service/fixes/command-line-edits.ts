import type { TextEdit } from '../text/span.js';
import type { FlagOccurrence } from '../parse/flags/command-line.js';
import type { KubeletNode } from '../model/kubelet-node.js';

/**
 * Sets a flag's value where it is written: `--name=old` becomes `--name=new`; a bare boolean
 * `--name` becomes `--name=new`; `--name old` keeps its form. Undefined when the value cannot be
 * edited in place (it came through a variable that also carries other text, for instance).
 */
export function setFlagValue(flag: FlagOccurrence, newValue: string): TextEdit | undefined {
  if (flag.valueForm === 'implicit') {
    const span = flag.nameSpan;
    return span ? { ...span, start: span.end, end: span.end, newText: `=${newValue}` } : undefined;
  }
  const span = flag.valueSpan;
  if (!span || span === flag.nameSpan) return undefined;
  if (flag.value === '') return { ...span, start: span.end, end: span.end, newText: newValue };
  return { ...span, newText: newValue };
}

/**
 * Inserts a flag into the `ExecStart=` in force, right after the kubelet's path, so it lands on the
 * first line even when the command continues over several lines.
 */
export function insertFlag(node: KubeletNode, flagText: string): TextEdit | undefined {
  const path = node.execStart?.command.path;
  if (!node.execStart || !path) return undefined;
  const value = node.execStart.directive.value;
  const lastIndex = path.rawTo - 1;
  const end = value.offsets[lastIndex];
  const uri = value.uris[lastIndex];
  if (end === undefined || end < 0 || uri === undefined) return undefined;
  return { uri, start: end + 1, end: end + 1, newText: ` ${flagText}` };
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/**
 * Removes a flag (and its separate value word) together with the blank that separated it from its
 * neighbour. When the flag sits alone on a continuation line, the whole line goes; when that line was
 * the last of the command, the previous line's trailing `\` goes with it so nothing joins by accident.
 */
export function removeFlag(flag: FlagOccurrence, text: string): TextEdit | undefined {
  const spans = flag.rawSpans;
  const first = spans[0];
  if (!first || spans.some((span) => span.uri !== first.uri)) return undefined;
  let start = Math.min(...spans.map((span) => span.start));
  let end = Math.max(...spans.map((span) => span.end));
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd).replace(/\r$/, '');
  if (before.trim() === '' && /^[ \t]*\\$/.test(after)) {
    // Alone on a continued line: drop the line.
    return { uri: first.uri, start: lineStart, end: Math.min(lineEnd + 1, text.length), newText: '' };
  }
  if (before.trim() === '' && after.trim() === '' && lineStart > 0) {
    // Alone on the last line of a continuation: join the previous line's end instead.
    const previousEnd = lineStart - 1 - (text[lineStart - 2] === '\r' ? 1 : 0);
    let cut = previousEnd;
    if (text[cut - 1] === '\\') {
      cut--;
      while (isBlank(text[cut - 1])) cut--;
      return { uri: first.uri, start: cut, end: lineEnd, newText: '' };
    }
  }
  if (isBlank(text[end])) {
    while (isBlank(text[end])) end++;
  } else {
    while (isBlank(text[start - 1])) start--;
  }
  return { uri: first.uri, start, end, newText: '' };
}
