import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatJson } from '../../../server/src/cli/report/json.js';
import { SAMPLE_REPORT } from '../../support/check-report.js';

test('findings keep their shape; suppressed ones go to `suppressed` with their reason (null when none)', () => {
  const output = formatJson(SAMPLE_REPORT);
  assert.ok(output.endsWith('}\n'));
  assert.deepEqual(JSON.parse(output), {
    findings: [
      { path: 'var/lib/kubelet/config.yaml', line: 3, column: 1, endLine: 3, endColumn: 20, severity: 'warning', rule: 'kubelet-read-only-port', cis: '4.2.4', message: 'The read-only port 10255 is open: set by `readOnlyPort: 10255` in var/lib/kubelet/config.yaml:3.' },
      { path: 'home/admin/.kube/config', line: 5, column: 5, endLine: 5, endColumn: 35, severity: 'error', rule: 'kubeconfig-insecure-skip-tls-verify', cis: null, message: 'Cluster "lab" skips verification of the API server\'s certificate (insecure-skip-tls-verify: true).' },
      { path: 'etc/systemd/system/kubelet.service', line: 2, column: 66, endLine: 2, endColumn: 82, severity: 'hint', rule: 'kubelet-deprecated-flag', cis: null, message: '--anonymous-auth is deprecated: set `authentication.anonymous.enabled` in var/lib/kubelet/config.yaml instead.' },
      { path: 'etc/systemd/system/kubelet.service', line: 2, column: 66, endLine: 2, endColumn: 87, severity: 'error', rule: 'kubelet-anonymous-auth', cis: '4.2.1', message: 'Anonymous authentication is on: set by `--anonymous-auth=true` in kubelet.service:2.' },
    ],
    suppressed: [
      { path: 'var/lib/kubelet/config.yaml', line: 4, column: 1, endLine: 4, endColumn: 35, severity: 'warning', rule: 'kubelet-streaming-idle-timeout', cis: '4.2.5', message: 'Streaming connections never time out: set by `streamingConnectionIdleTimeout: 0s`.', reason: 'long "kubectl exec" sessions in CI & <debug> jobs' },
      { path: 'home/admin/.kube/config', line: 12, column: 5, endLine: 12, endColumn: 17, severity: 'warning', rule: 'kubeconfig-static-token', cis: null, message: 'User "admin" carries an inline bearer token.', reason: null },
    ],
  });
});

test('an empty report still has both lists', () => {
  assert.equal(formatJson({ findings: [], files: ['a.yaml'], toolVersion: '0.1.0' }), '{\n  "findings": [],\n  "suppressed": []\n}\n');
});
