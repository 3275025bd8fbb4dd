import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeletFilePermissions } from '../../../server/src/service/rules/kubelet-file-permissions.js';

const RULE = 'kubelet-file-permissions';
const UNIT = '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --kubeconfig=/etc/kubernetes/kubelet.conf\n';
const CONFIG = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const KUBECONFIG = 'apiVersion: v1\nkind: Config\nclusters: []\n';

function node(modes: Record<string, { mode: number; uid: number }>, nodeRoots: string[] = ['/ws']) {
  const h = harness({ 'kubelet.service': UNIT, 'var/lib/kubelet/config.yaml': CONFIG, 'etc/kubernetes/kubelet.conf': KUBECONFIG }, { nodeRoots }, [kubeletFilePermissions]);
  for (const [path, stat] of Object.entries(modes)) h.workspace.setStat(uri(path), stat);
  return h;
}

test('a world-readable unit is reported on its first line with the mode; the fix is a chmod command, not an edit', () => {
  const h = node({ 'kubelet.service': { mode: 0o644, uid: 0 } });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    { rule: RULE, severity: 'warning', text: '[Service]', start: 0, end: 9, message: 'The kubelet service file kubelet.service is mode 644, more open than 600 (CIS 4.1.1): other local users could read or change what the kubelet runs with.' },
  ]);
  const fix = h.raw(uri('kubelet.service'))[0]?.fixes[0];
  assert.deepEqual(fix, { title: 'Run chmod 600 on kubelet.service (asks first)', edits: [], command: { name: 'chmod', uri: uri('kubelet.service'), mode: '600' }, preferred: true });
});

test('the kubeconfig and the config file named by the unit are judged as such; 600 and 400 owned by root are fine', () => {
  const h = node({
    'kubelet.service': { mode: 0o600, uid: 0 },
    'var/lib/kubelet/config.yaml': { mode: 0o640, uid: 0 },
    'etc/kubernetes/kubelet.conf': { mode: 0o400, uid: 1000 },
  });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.equal(only(h.findings(uri('var/lib/kubelet/config.yaml')), RULE)[0]?.message, 'The kubelet config file var/lib/kubelet/config.yaml is mode 640, more open than 600 (CIS 4.1.9): other local users could read or change what the kubelet runs with.');
  assert.equal(only(h.findings(uri('etc/kubernetes/kubelet.conf')), RULE)[0]?.message, 'The kubelet kubeconfig etc/kubernetes/kubelet.conf is owned by uid 1000, not root (CIS 4.1.5): other local users could read or change what the kubelet runs with.');
  // Ownership cannot be fixed by chmod: no fix is offered for it.
  assert.deepEqual(h.raw(uri('etc/kubernetes/kubelet.conf'))[0]?.fixes, []);
});

test('nothing is said when the host cannot tell (no stat, as for untitled or remote files)', () => {
  assert.deepEqual(only(node({}).findings(uri('kubelet.service')), RULE), []);
});

test('a template repository (not a node, no nodeRoot) is not judged by its checkout modes', () => {
  const h = node({ 'kubelet.service': { mode: 0o644, uid: 1000 }, 'var/lib/kubelet/config.yaml': { mode: 0o644, uid: 1000 } }, []);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(h.findings(uri('var/lib/kubelet/config.yaml')), RULE), []);
});
