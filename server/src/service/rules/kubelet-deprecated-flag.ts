import type { Rule, RuleReport } from './rule.js';
import { isFlagRemoved } from '../data/facts.js';
import { commentRuns } from './kinds/exec-comments.js';
import { configReplacementOf, moveToConfigFix, sentence } from './kinds/move-to-config.js';

/**
 * A flag that still works but is deprecated: most are bound to a KubeletConfiguration field, and the
 * kubelet wants them set in the `--config` file instead. A hint, with a fix that moves the value into
 * the config file when it is in the workspace; flags with a removal date (the cAdvisor ones) name it.
 */
export const kubeletDeprecatedFlag: Rule = {
  id: 'kubelet-deprecated-flag',
  tier: 'correctness',
  title: 'Deprecated kubelet flag',
  defaultSeverity: 'hint',
  summary: 'A deprecated flag (most are meant to be set in the KubeletConfiguration file instead); the fix moves it into the --config file.',
  fixable: true,
  scope: 'node',
  check(context) {
    const reports: RuleReport[] = [];
    const version = context.settings.kubernetesVersion;
    const config = context.node.configSource;
    const commented = new Set(commentRuns(context).flatMap((run) => run.words));
    for (const flag of context.node.commandLine.flags) {
      const fact = flag.fact;
      const span = flag.nameSpan;
      if (flag.words.some((word) => commented.has(word))) continue;
      if (!fact || !span || fact.status !== 'deprecated' || isFlagRemoved(fact, version)) continue;
      const field = configReplacementOf(fact);
      const removal = fact.removedIn ? ` and goes away in Kubernetes ${fact.removedIn}` : '';
      let message: string;
      if (field) {
        const where = config?.document ? context.displayName(config.uri) : 'the KubeletConfiguration file';
        message = `${flag.written} is deprecated${removal}: set \`${field}\` in ${where} instead.`;
      } else if (fact.replacement) message = `${flag.written} is deprecated${removal}.${sentence(fact)}`;
      else message = `${flag.written} is deprecated${removal}${fact.removedIn ? ', with no replacement' : ' and has no replacement'}.`;
      const move = field ? moveToConfigFix(context, flag, field) : undefined;
      reports.push({ span, message, fixes: move ? [move] : [] });
    }
    return reports;
  },
};
