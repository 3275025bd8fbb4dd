import type { RuleMeta } from '../rules/rule.js';

/** The findings about suppression comments themselves: not checks of a node, but rules all the same (they can be tuned in `rules`). */
export const UNUSED_SUPPRESSION_RULE: RuleMeta = {
  id: 'suppression-unused',
  tier: 'correctness',
  title: 'Suppression comment that silences nothing',
  defaultSeverity: 'hint',
  summary: 'A `# kubelet-guard-disable-...` comment covers no finding, so it can go (or it names the wrong rule).',
  fixable: true,
};

export const SUPPRESSION_WITHOUT_REASON_RULE: RuleMeta = {
  id: 'suppression-no-reason',
  tier: 'correctness',
  title: 'Suppression comment without a reason',
  defaultSeverity: 'warning',
  summary: 'A `# kubelet-guard-disable-...` comment gives no reason after ` -- ` while `requireSuppressionReason` is on.',
  fixable: false,
};
