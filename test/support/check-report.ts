import type { CheckReport, ReportedFinding } from '../../server/src/cli/report/report-model.js';

/** A finding with plain defaults, for report tests that care about one or two fields. */
export function reportedFinding(fields: Partial<ReportedFinding>): ReportedFinding {
  return {
    path: 'kubelet.service',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    severity: 'warning',
    rule: 'kubelet-read-only-port',
    message: 'message',
    source: 'source',
    node: undefined,
    ...fields,
  };
}

export const UNIT_PATH = 'etc/systemd/system/kubelet.service';
export const CONFIG_PATH = 'var/lib/kubelet/config.yaml';
export const KUBECONFIG_PATH = 'home/admin/.kube/config';
/** Checked, but clean: reports must still show it was looked at. */
export const CLEAN_PATH = 'etc/kubernetes/kubelet.conf';
const UNIT_EXEC_START = 'ExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --anonymous-auth=true';

/**
 * One node (unit, config file, kubelet kubeconfig) and an admin kubeconfig outside any node, checked
 * config-first so that reports sorting by path have something to sort. Six findings: one per
 * severity except information, two suppressed (one with a reason, one without).
 */
export const SAMPLE_REPORT: CheckReport = {
  toolVersion: '0.1.0',
  files: [CONFIG_PATH, KUBECONFIG_PATH, UNIT_PATH, CLEAN_PATH],
  findings: [
    {
      path: CONFIG_PATH,
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 20,
      severity: 'warning',
      rule: 'kubelet-read-only-port',
      message: 'The read-only port 10255 is open: set by `readOnlyPort: 10255` in var/lib/kubelet/config.yaml:3.',
      source: 'readOnlyPort: 10255',
      node: UNIT_PATH,
    },
    {
      path: CONFIG_PATH,
      line: 4,
      column: 1,
      endLine: 4,
      endColumn: 35,
      severity: 'warning',
      rule: 'kubelet-streaming-idle-timeout',
      message: 'Streaming connections never time out: set by `streamingConnectionIdleTimeout: 0s`.',
      source: 'streamingConnectionIdleTimeout: 0s',
      node: UNIT_PATH,
      suppression: { reason: 'long "kubectl exec" sessions in CI & <debug> jobs' },
    },
    {
      path: KUBECONFIG_PATH,
      line: 5,
      column: 5,
      endLine: 5,
      endColumn: 35,
      severity: 'error',
      rule: 'kubeconfig-insecure-skip-tls-verify',
      message: 'Cluster "lab" skips verification of the API server\'s certificate (insecure-skip-tls-verify: true).',
      source: '    insecure-skip-tls-verify: true',
      node: undefined,
    },
    {
      path: KUBECONFIG_PATH,
      line: 12,
      column: 5,
      endLine: 12,
      endColumn: 17,
      severity: 'warning',
      rule: 'kubeconfig-static-token',
      message: 'User "admin" carries an inline bearer token.',
      source: '    token: abc123',
      node: undefined,
      suppression: { reason: undefined },
    },
    {
      path: UNIT_PATH,
      line: 2,
      column: 66,
      endLine: 2,
      endColumn: 82,
      severity: 'hint',
      rule: 'kubelet-deprecated-flag',
      message: '--anonymous-auth is deprecated: set `authentication.anonymous.enabled` in var/lib/kubelet/config.yaml instead.',
      source: UNIT_EXEC_START,
      node: UNIT_PATH,
    },
    {
      path: UNIT_PATH,
      line: 2,
      column: 66,
      endLine: 2,
      endColumn: 87,
      severity: 'error',
      rule: 'kubelet-anonymous-auth',
      message: 'Anonymous authentication is on: set by `--anonymous-auth=true` in kubelet.service:2.',
      source: UNIT_EXEC_START,
      node: UNIT_PATH,
    },
  ],
};
