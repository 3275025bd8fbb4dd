import type { RuleMeta } from '../rules/rule.js';

/** Mistakes in `.kubelet-guard.yaml`: reported in that file, where they can be fixed. */
export const PROJECT_FILE_RULE: RuleMeta = {
  id: 'project-file-invalid',
  tier: 'correctness',
  title: 'Mistake in .kubelet-guard.yaml',
  defaultSeverity: 'error',
  summary: 'A key, value or rule id in `.kubelet-guard.yaml` that Kubelet Guard cannot use, so the setting it meant does not apply.',
  fixable: true,
};
