import type { Fix } from '../findings/finding.js';
import type { NodeContext, Rule, RuleReport } from './rule.js';
import { removeFlag } from '../fixes/command-line-edits.js';
import type { ExpandedWord } from '../parse/exec/expand.js';
import type { FlagOccurrence } from '../parse/flags/command-line.js';
import type { Span, TextEdit } from '../text/span.js';
import { checkGoBool } from '../model/value-checks.js';

/** A `#` "comment" that reaches the kubelet as arguments, and the words after it on the same line. */
export interface CommentRun {
  readonly words: readonly ExpandedWord[];
  readonly span: Span;
  /** The flag that took the `#` as its value (`--config # main`), if any. */
  readonly consumedBy: FlagOccurrence | undefined;
}

const sameSource = (a: ExpandedWord, b: ExpandedWord): boolean =>
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

const quoted = (words: readonly ExpandedWord[]): string => `"${words.map((word) => word.value.text).join(' ')}"`;

function location(context: NodeContext, span: Span): string {
  const line = (context.file(span.uri)?.lines.positionAt(span.start).line ?? 0) + 1;
  return `${context.displayName(span.uri)}:${line}`;
}

/** Removes `[start, end)` and the blanks before it. */
function removeWithBlanksBefore(uri: string, text: string, start: number, end: number): TextEdit {
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
function joinableGap(context: NodeContext, before: Span | undefined, after: Span | undefined): Span | undefined {
  if (!before || !after || before.uri !== after.uri || after.start < before.end) return undefined;
  const text = context.file(before.uri)?.text;
  if (text === undefined) return undefined;
  const gap = text.slice(before.end, after.start);
  return /^(?:[ \t]|\\\r?\n)*$/.test(gap) ? { uri: before.uri, start: before.end, end: after.start } : undefined;
}

const YAML_BOOLEANS: Readonly<Record<string, string>> = { yes: 'true', no: 'false', on: 'true', off: 'false', y: 'true', n: 'false' };

/**
 * A stray word on the kubelet's command line: the kubelet accepts no arguments besides flags and
 * exits with "unknown command <word>". Explains the usual causes: a boolean's value written after a
 * space (`--anonymous-auth false` sets it to true and leaves `false` over), a `#` "comment" inside
 * `ExecStart=` or a variable's value, words after `--`, and a value separated from `--flag=`.
 */
export const kubeletPositionalArg: Rule = {
  id: 'kubelet-positional-arg',
  title: 'Stray argument on the kubelet command line',
  defaultSeverity: 'error',
  summary: 'A word that is not a flag reaches the kubelet (a boolean value after a space, a "#" comment in ExecStart=, words after "--"): the kubelet will not start.',
  fixable: true,
  scope: 'node',
  check(context) {
    const reports: RuleReport[] = [];
    const { node } = context;
    const args = node.args;
    const problems = node.commandLine.problems;
    const strays = problems.flatMap((problem) => (problem.kind === 'positional' ? [problem] : []));
    const firstStray = strays[0]?.word;
    const consequence = (word: ExpandedWord): string =>
      word === firstStray ? `the kubelet will not start (it stops with "unknown command ${word.value.text}")` : 'the kubelet will not start';
    const handled = new Set<ExpandedWord>();

    // `#` "comments".
    for (const run of commentRuns(context)) {
      for (const word of run.words) handled.add(word);
      const first = run.words[0];
      if (!first) continue;
      const variable = first.viaVariable;
      let where: string;
      if (!variable) where = 'systemd treats "#" as a comment only at the start of a line, not inside ExecStart=';
      else if (variable.definition.via === 'EnvironmentFile') where = `an env file has no comments after a value, so they are part of $${variable.name} (${location(context, variable.definition.span)})`;
      else where = `"#" does not start a comment inside Environment=, so they are part of $${variable.name} (${location(context, variable.definition.span)})`;
      const stray = run.words.find((word) => strays.some((p) => p.word === word)) ?? run.words.find((word) => problems.some((p) => p.kind === 'unknown-flag' && p.word === word));
      const effect = run.consumedBy
        ? `--${run.consumedBy.name} takes "${first.value.text}" as its value${stray ? `, and ${consequence(stray)}` : ''}`
        : consequence(stray ?? first);
      const fixes: Fix[] = [];
      const text = context.file(run.span.uri)?.text;
      if (!run.consumedBy && text !== undefined) {
        fixes.push({ title: 'Remove the comment', edits: [removeWithBlanksBefore(run.span.uri, text, run.span.start, run.span.end)], preferred: true });
      }
      reports.push({ span: run.span, message: `${quoted(run.words)} reaches the kubelet as arguments: ${where}. ${capitalise(effect)}.`, fixes });
    }

    // Everything after `--`.
    const dashes = args.findIndex((word) => word.value.text === '--');
    const dashWord = dashes >= 0 ? args[dashes] : undefined;
    if (dashWord?.rawSpan) {
      const after = args.slice(dashes + 1).filter((word) => !handled.has(word));
      if (after.length > 0) {
        for (const word of after) handled.add(word);
        const inFile = after.filter((word) => word.rawSpan?.uri === dashWord.rawSpan?.uri);
        const end = Math.max(dashWord.rawSpan.end, ...inFile.map((word) => word.rawSpan?.end ?? 0));
        const fixes: Fix[] = [];
        if (after.every((word) => word.value.text.startsWith('-'))) {
          const edit = removeWords([dashWord], context);
          if (edit) fixes.push({ title: 'Remove "--" so the words after it are read as flags', edits: [edit], preferred: true });
        }
        reports.push({
          span: { uri: dashWord.rawSpan.uri, start: dashWord.rawSpan.start, end },
          message: `"--" ends the kubelet's flags, so ${quoted(after)} ${after.length === 1 ? 'is a stray argument' : 'are stray arguments'} and ${consequence(after[0] ?? dashWord)}.`,
          fixes,
        });
      }
    }

    const unknownWithoutValue = new Set(problems.flatMap((p) => (p.kind === 'unknown-flag' && !p.word.value.text.includes('=') ? [p.word] : [])));
    for (const problem of strays) {
      const word = problem.word;
      if (handled.has(word) || !word.span) continue;
      const index = args.indexOf(word);
      const previous = index > 0 ? args[index - 1] : undefined;
      // Most likely the value of the unknown flag before it: kubelet-unknown-flag reports the pair.
      if (previous && unknownWithoutValue.has(previous)) continue;
      const text = word.value.text;
      const span = word.span;
      const boolean = problem.afterBoolean;
      if (boolean) {
        const decoded = checkGoBool(text);
        const mapped = decoded.ok ? text : YAML_BOOLEANS[text.toLowerCase()];
        if (mapped !== undefined || (boolean.fact?.type === 'version' && /^(raw|v[0-9].*)$/.test(text))) {
          const value = mapped ?? text;
          const gap = joinableGap(context, boolean.nameSpan, word.rawSpan);
          const fixes: Fix[] = gap && word.rawSpan ? [{ title: `Write ${boolean.written}=${value}`, edits: [{ ...gap, end: word.rawSpan.end, newText: `=${value}` }], preferred: true }] : [];
          const valueNote = mapped !== undefined && !decoded.ok ? ` (and as true or false: "${text}" is not a Go boolean)` : '';
          reports.push({
            span,
            message: `"${text}" is a separate argument: ${boolean.written} takes a value only after "="${valueNote}, so the flag means true and ${consequence(word)}. Write ${boolean.written}=${value}.`,
            fixes,
          });
          continue;
        }
      }
      const previousFlag = node.commandLine.flags.find((flag) => previous !== undefined && flag.words[flag.words.length - 1] === previous);
      if (previousFlag && previousFlag.valueForm === 'equals' && previousFlag.value === '') {
        const gap = joinableGap(context, previous?.rawSpan, word.rawSpan);
        reports.push({
          span,
          message: `"${text}" is a separate argument: the blank after "${previousFlag.written}=" leaves that flag empty, and ${consequence(word)}. Remove the blank.`,
          fixes: gap ? [{ title: `Write ${previousFlag.written}=${text}`, edits: [{ ...gap, newText: '' }], preferred: true }] : [],
        });
        continue;
      }
      const edit = removeWords([word], context);
      const after = boolean ? ` (${boolean.written} before it is a flag that takes no separate value)` : '';
      reports.push({
        span,
        message: `"${text}" is not a flag${after}, and the kubelet takes nothing but flags, so ${consequence(word)}.`,
        fixes: edit ? [{ title: `Remove "${text}"`, edits: [edit] }] : [],
      });
    }
    return reports;
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
