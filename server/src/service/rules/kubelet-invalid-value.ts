import type { Rule, RuleReport } from './rule.js';
import { commentRuns } from './kinds/exec-comments.js';
import { featureGateReports } from './kinds/feature-gate-values.js';
import { configIssues, flagValueReports } from './kinds/value-issues.js';

/**
 * A value the kubelet refuses: the wrong kind of value for a flag (`--max-pods=many`, a YAML-style
 * `yes` for a boolean), a duration Go cannot read (`4d`), a quantity with a bad suffix, a value outside
 * a fixed list (`Alwaysallow`), a number out of range (a port above 65535, a negative QPS), or a flag
 * left without its value. Checks the command line and the config files; the JSON type of a config
 * value is `config-type-error`'s concern, its content is this rule's.
 */
export const kubeletInvalidValue: Rule = {
  id: 'kubelet-invalid-value',
  tier: 'correctness',
  title: 'Value the kubelet rejects',
  defaultSeverity: 'error',
  summary: 'A flag or config value the kubelet refuses (bad boolean, number, duration or quantity, a value outside its list or range, a missing value): the kubelet will not start.',
  fixable: true,
  scope: 'node',
  check(context) {
    const reports: RuleReport[] = [];
    // Flags after a `#` in ExecStart= are part of a stray comment (kubelet-positional-arg): not judged one by one.
    const commented = new Set(commentRuns(context).flatMap((run) => run.words));
    for (const flag of context.node.commandLine.flags) if (!flag.words.some((word) => commented.has(word))) reports.push(...flagValueReports(context, flag));
    configIssues(context, reports);
    reports.push(...featureGateReports(context));
    return reports;
  },
};
