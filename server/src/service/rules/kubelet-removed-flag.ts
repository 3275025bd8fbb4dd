import type { Rule, RuleReport } from './rule.js';
import { isFlagRemoved } from '../data/facts.js';
import { removeFlag } from '../fixes/command-line-edits.js';
import type { KubeletFlagFact } from '../data/types.js';
import type { Fix } from '../findings/finding.js';
import { configReplacementOf, moveToConfigFix } from './kinds/move-to-config.js';

/** Says what to use instead of a removed flag, in words built from the data's replacement fact. */
export function replacementAdvice(flag: KubeletFlagFact): string {
  const replacement = flag.replacement;
  if (!replacement) return 'It has no replacement: remove it';
  if (replacement.startsWith('config:')) return `Set \`${replacement.slice('config:'.length)}\` in the KubeletConfiguration file instead`;
  const renamed = /^([a-z0-9-]+) \(config: ([A-Za-z0-9.]+)\)$/.exec(replacement);
  if (renamed) return `Use --${renamed[1] ?? ''} instead, or better \`${renamed[2] ?? ''}\` in the KubeletConfiguration file`;
  if (/^[a-z0-9-]+$/.test(replacement)) return `Use --${replacement} instead`;
  return `Instead, ${replacement}`;
}

/**
 * A flag the target kubelet no longer knows: it exits at start-up with "unknown flag". When a config
 * field holds the same setting and the node's --config file is in the workspace, the preferred fix
 * moves the value there; the other fix removes the flag.
 */
export const kubeletRemovedFlag: Rule = {
  id: 'kubelet-removed-flag',
  tier: 'correctness',
  title: 'Flag removed from the kubelet',
  defaultSeverity: 'error',
  summary: 'A flag removed in or before the target Kubernetes release: the kubelet will not start.',
  fixable: true,
  scope: 'node',
  check(context) {
    const reports: RuleReport[] = [];
    for (const flag of context.node.commandLine.flags) {
      const fact = flag.fact;
      if (!fact || !isFlagRemoved(fact, context.settings.kubernetesVersion)) continue;
      const span = flag.nameSpan;
      if (!span) continue;
      const release = fact.removedIn ? `in Kubernetes ${fact.removedIn}` : 'from the kubelet';
      const file = context.file(span.uri);
      const edit = file ? removeFlag(flag, file.text) : undefined;
      const value = flag.valueSpan;
      const whole = value && value.uri === span.uri && value.end > span.end ? { ...span, end: value.end } : span;
      const field = configReplacementOf(fact);
      const move = field ? moveToConfigFix(context, flag, field) : undefined;
      const fixes: Fix[] = move ? [move] : [];
      if (edit) fixes.push({ title: `Remove --${fact.name}`, edits: [edit], ...(move ? {} : { preferred: true }) });
      reports.push({
        span: whole,
        message: `--${fact.name} was removed ${release}, so kubelet ${context.settings.kubernetesVersion} will not start with it. ${replacementAdvice(fact)}.`,
        fixes,
      });
    }
    return reports;
  },
};
