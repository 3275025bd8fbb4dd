import type { NodeContext } from '../rule.js';
import { removeFlag } from '../../fixes/command-line-edits.js';
import type { ExpandedWord } from '../../parse/exec/expand.js';
import type { FlagOccurrence } from '../../parse/flags/command-line.js';
import type { Span, TextEdit } from '../../text/span.js';

/* Words on an ExecStart= line that systemd passes to the kubelet although they look like a comment, and edits that remove words. */

/** A `#` "comment" that reaches the kubelet as arguments, and the words after it on the same line. */
export interface CommentRun {
  readonly words: readonly ExpandedWord[];
  readonly span: Span;
  /** The flag that took the `#` as its value (`--config # main`), if any. */
  readonly consumedBy: FlagOccurrence | undefined;
}

export const sameSource = (a: ExpandedWord, b: ExpandedWord): boolean =>
  a.rawSpan?.uri === b.rawSpan?.uri && a.viaVariable?.definition === b.viaVariable?.definition;

/**
 * Words from one starting with `#` to the last word on the same physical line (and from the same
 * place: the `ExecStart=` itself, or one variable's value). systemd only knows comments at the start
 * of a line, and env files only before a name, so such a `#` and what follows are arguments.
 */
export function commentRuns(context: NodeContext): CommentRun[] {
  const args = context.node.args;
  const runs: CommentRun[] = [];
  for (let i = 0; i < args.length; i++) {
    const first = args[i];
    if (!first?.value.text.startsWith('#') || !first.rawSpan) continue;
    const text = context.file(first.rawSpan.uri)?.text;
    if (text === undefined) continue;
    const words = [first];
    let last = first.rawSpan;
    for (let j = i + 1; j < args.length; j++) {
      const next = args[j];
      const span = next?.rawSpan;
      if (!next || !span || !sameSource(first, next) || span.start < last.end || /[\n\r]/.test(text.slice(last.end, span.start))) break;
      words.push(next);
      last = span;
      i = j;
    }
    const consumedBy = context.node.commandLine.flags.find((flag) => flag.words.includes(first));
    runs.push({ words, span: { uri: first.rawSpan.uri, start: first.rawSpan.start, end: last.end }, consumedBy });
  }
  return runs;
}

export const quoted = (words: readonly ExpandedWord[]): string => `"${words.map((word) => word.value.text).join(' ')}"`;

export function location(context: NodeContext, span: Span): string {
  const line = (context.file(span.uri)?.lines.positionAt(span.start).line ?? 0) + 1;
  return `${context.displayName(span.uri)}:${line}`;
}

/** Removes `[start, end)` and the blanks before it. */
export function removeWithBlanksBefore(uri: string, text: string, start: number, end: number): TextEdit {
  let from = start;
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return { uri, start: from, end, newText: '' };
}

/** Removes whole words from the command line the way `removeFlag` removes a flag (blanks, continued lines). */
export function removeWords(words: readonly ExpandedWord[], context: NodeContext): TextEdit | undefined {
  const spans = words.map((word) => word.rawSpan).filter((span): span is Span => span !== undefined);
  const uri = spans[0]?.uri;
  const file = uri === undefined ? undefined : context.file(uri);
  if (!file) return undefined;
  const stand: FlagOccurrence = { name: '', written: '', fact: undefined, value: '', valueForm: 'implicit', nameSpan: undefined, valueSpan: undefined, rawSpans: spans, words, index: -1 };
  return removeFlag(stand, file.text);
}

/** The gap between two words when it holds only blanks and line continuations (no comment lines). */
export function joinableGap(context: NodeContext, before: Span | undefined, after: Span | undefined): Span | undefined {
  if (!before || !after || before.uri !== after.uri || after.start < before.end) return undefined;
  const text = context.file(before.uri)?.text;
  if (text === undefined) return undefined;
  const gap = text.slice(before.end, after.start);
  return /^(?:[ \t]|\\\r?\n)*$/.test(gap) ? { uri: before.uri, start: before.end, end: after.start } : undefined;
}

export const YAML_BOOLEANS: Readonly<Record<string, string>> = { yes: 'true', no: 'false', on: 'true', off: 'false', y: 'true', n: 'false' };
