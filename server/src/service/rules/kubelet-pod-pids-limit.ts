import type { EffectiveSetting } from '../model/effective-setting.js';
import { isDefaulted, settingRule } from './kinds/setting-rule.js';

function describeLimit(value: unknown, setting: EffectiveSetting): string {
  const why = isDefaulted(setting)
    ? `the default ${String(value)} means none`
    : value === 0 || value === -1
      ? `${String(value)} means none`
      : `${String(value)}: any negative value means none`;
  return `No per-pod PID limit is set (${why}), so a single pod can use up the node's process IDs`;
}

/**
 * CIS 4.2.13: a per-pod PID limit stops one pod from exhausting the node's process table. The kubelet
 * turns a missing or negative value into -1 and applies a limit only when it is above 0. No fix is offered:
 * the right number depends on the workloads and on the node's pid_max.
 */
export const kubeletPodPidsLimit = settingRule({
  id: 'kubelet-pod-pids-limit',
  tier: 'cis-level1',
  title: 'No per-pod PID limit',
  cis: '4.2.13',
  defaultSeverity: 'warning',
  summary: 'podPidsLimit is not above 0, so pods get no PID limit of their own (a hint when only the default -1 applies).',
  fixable: false,
  field: 'podPidsLimit',
  isInsecure: (value) => typeof value === 'number' && value <= 0,
  describe: describeLimit,
  severityOf: (setting) => (isDefaulted(setting) ? 'hint' : undefined),
});
