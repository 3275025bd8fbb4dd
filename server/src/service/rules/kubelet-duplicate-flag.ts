import type { Rule, RuleReport } from './rule.js';
import { removeFlag } from '../fixes/command-line-edits.js';
import { pair, split, trim } from '../model/value-checks.js';
import { flagValueTraced, type FlagOccurrence } from '../parse/flags/command-line.js';
import { tracedSpan } from '../text/traced.js';
import type { Span } from '../text/span.js';
import { describeOrigin, flagAsWritten } from './describe-origin.js';
import { spanOfFlag } from './kinds/setting-rule.js';
import { commentRuns } from './kinds/exec-comments.js';

/** Flag types whose repeats add up (lists append, maps merge) instead of replacing each other. */
const ADDING_TYPES = new Set(['stringSlice', 'int32Slice', 'taintSlice', 'memoryReservationSlice', 'vmoduleList', 'colonSeparatedMultimapStringString', 'mapStringStringSlice']);
/** Map flags: repeats merge, and for a key given twice the later value wins. */
const MAP_TYPES = new Set(['mapStringBool', 'mapStringString', 'mapStringQuantity']);
const ONE_PAIR_PER_OCCURRENCE = new Set(['cpu-manager-policy-options', 'topology-manager-policy-options']);

interface KeyedPair {
  readonly key: string;
  readonly text: string;
  readonly span: Span | undefined;
  readonly flag: FlagOccurrence;
}

/** The `key=value` pairs of a map flag occurrence, each with its range. */
function pairsOf(flag: FlagOccurrence): KeyedPair[] {
  const separator = flag.name === 'eviction-hard' || flag.name === 'eviction-soft' ? '<' : '=';
  const pieces = ONE_PAIR_PER_OCCURRENCE.has(flag.name) ? [trim({ text: flag.value, from: 0, to: flag.value.length })] : split(flag.value, ',').map(trim);
  const traced = flagValueTraced(flag);
  return pieces.flatMap((piece) => {
    const kv = piece.text === '' ? undefined : pair(piece, separator);
    return kv ? [{ key: kv.key.text, text: piece.text, span: traced ? tracedSpan(traced, piece.from, piece.to) : undefined, flag }] : [];
  });
}

/**
 * A flag given more than once. For a flag holding one value the kubelet keeps the last occurrence,
 * so every earlier one is dead weight, reported (as information) with the one that wins and a fix
 * that removes it. List flags (`--tls-cipher-suites`, `--register-with-taints`...) append and map
 * flags (`--feature-gates`, `--node-labels`, `--eviction-hard`...) merge, so repeating them is
 * normal and not reported; only a map key set twice is, since the later value replaces the earlier.
 */
export const kubeletDuplicateFlag: Rule = {
  id: 'kubelet-duplicate-flag',
  tier: 'correctness',
  title: 'Flag given more than once',
  defaultSeverity: 'information',
  summary: 'A flag (or a map key of a flag) given more than once: the last one wins and the earlier ones have no effect.',
  fixable: true,
  scope: 'node',
  check(context) {
    const reports: RuleReport[] = [];
    // Flags after a `#` in ExecStart= are part of a stray comment (kubelet-positional-arg), not settings to weigh.
    const commented = new Set(commentRuns(context).flatMap((run) => run.words));
    const flags = context.node.commandLine.flags.filter((flag) => !flag.words.some((word) => commented.has(word)));
    const byName = new Map<string, FlagOccurrence[]>();
    for (const flag of flags) {
      const list = byName.get(flag.name);
      if (list) list.push(flag);
      else byName.set(flag.name, [flag]);
    }
    for (const [name, occurrences] of byName) {
      const type = occurrences[0]?.fact?.type ?? 'string';
      if (occurrences.length < 2 && !MAP_TYPES.has(type)) continue;
      if (ADDING_TYPES.has(type)) continue;
      if (MAP_TYPES.has(type)) {
        const pairs = occurrences.flatMap(pairsOf);
        // The pair that wins for each key is its last one: index them once rather than search per pair.
        const lastOfKey = new Map<string, number>();
        pairs.forEach((pair, index) => lastOfKey.set(pair.key, index));
        pairs.forEach((earlier, index) => {
          const last = lastOfKey.get(earlier.key) ?? index;
          const winner = last > index ? pairs[last] : undefined;
          if (!winner || !earlier.span) return;
          const where = describeOrigin({ kind: 'flag', flag: winner.flag }, context).replace(/^set by `[^`]*`/, `\`${winner.text}\``);
          const same = winner.text === earlier.text ? ' repeats it and' : '';
          reports.push({
            span: earlier.span,
            message: `--${name} sets ${earlier.key} again later, and the later value wins: ${where}. This \`${earlier.text}\`${same} has no effect.`,
          });
        });
        continue;
      }
      const winner = occurrences[occurrences.length - 1];
      if (!winner) continue;
      for (const loser of occurrences.slice(0, -1)) {
        const span = spanOfFlag(loser);
        if (!span) continue;
        const file = context.file(span.uri);
        const edit = file ? removeFlag(loser, file.text) : undefined;
        const same = loser.value === winner.value ? ' repeats it and' : '';
        reports.push({
          span,
          message: `--${name} is given again later, and the last one wins: it is ${describeOrigin({ kind: 'flag', flag: winner }, context)}. This \`${flagAsWritten(loser)}\`${same} has no effect.`,
          fixes: edit ? [{ title: `Remove this ${flagAsWritten(loser)}`, edits: [edit], preferred: true }] : [],
        });
      }
    }
    return reports;
  },
};
