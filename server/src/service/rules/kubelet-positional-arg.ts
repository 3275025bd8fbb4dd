import type { Fix } from '../findings/finding.js';
import type { Rule, RuleReport } from './rule.js';
import type { ExpandedWord } from '../parse/exec/expand.js';
import { checkGoBool } from '../model/value-checks.js';
import { commentRuns, quoted, location, removeWithBlanksBefore, removeWords, joinableGap, YAML_BOOLEANS } from './kinds/exec-comments.js';

/**
 * A stray word on the kubelet's command line: the kubelet accepts no arguments besides flags and
 * exits with "unknown command <word>". Explains the usual causes: a boolean's value written after a
 * space (`--anonymous-auth false` sets it to true and leaves `false` over), a `#` "comment" inside
 * `ExecStart=` or a variable's value, words after `--`, and a value separated from `--flag=`.
 */
export const kubeletPositionalArg: Rule = {
  id: 'kubelet-positional-arg',
  tier: 'correctness',
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
