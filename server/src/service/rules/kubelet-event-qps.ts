import { compareVersions } from '../data/facts.js';
import { settingRule } from './kinds/setting-rule.js';
import type { NodeContext, Rule, RuleMeta, RuleReport } from './rule.js';

const META: RuleMeta = {
  id: 'kubelet-event-qps',
  tier: 'cis-level2',
  title: 'Event rate limit of 0',
  cis: '4.2.8',
  defaultSeverity: 'hint',
  summary: 'eventRecordQPS is 0, which throttles events to client-go\'s fallback rate before Kubernetes 1.37 and removes every limit from 1.37: the hover explains the trade-off rather than judging it.',
  fixable: true,
};

/** The release whose kubelet treats 0 as "no limit" (kubernetes/kubernetes#117119, CHANGELOG-1.37). */
const UNLIMITED_SINCE = '1.37';

const detector = settingRule({
  ...META,
  field: 'eventRecordQPS',
  // A negative value is kubelet-invalid-value's: validation rejects it.
  isInsecure: (value) => value === 0,
  describe: () => 'The event rate limit is 0',
  secureFlagValue: '50',
  secureConfigValue: '50',
});

/** What a 0 does on the target release, and the trade-off both ways. */
function tradeOff(version: string): string {
  const cis = 'CIS asks for a rate that keeps every event; a positive value sized for the node (the default is 50) says what you mean on every release.';
  if (compareVersions(version, UNLIMITED_SINCE) >= 0) {
    return `On Kubernetes ${version} a 0 means no limit at all: every event is kept, but a node stuck in crash loops or failing probes can flood the API server with them. ${cis}`;
  }
  return `On Kubernetes ${version} a 0 is not "unlimited" as the field's documentation says: client-go replaces it with its own limit of 5 requests per second, a tenth of the default, so bursts of events are throttled and can be lost; from 1.37 the same 0 removes the limit and lets a busy node flood the API server. ${cis}`;
}

/**
 * CIS 4.2.8: peers disagree on whether 0 is the safe value (older benchmark texts suggest it, to lose no
 * event) or the risky one (no rate limit). The kubelet's own behaviour changed in 1.37, so the message
 * says what 0 does on the target release and leaves the choice to the reader: a hint, not a warning.
 */
export const kubeletEventQps: Rule = {
  ...META,
  scope: 'node',
  check(context: NodeContext): RuleReport[] {
    if (detector.scope !== 'node') return [];
    return detector.check(context).map((report) => ({ ...report, message: `${report.message} ${tradeOff(context.settings.kubernetesVersion)}` }));
  },
};
