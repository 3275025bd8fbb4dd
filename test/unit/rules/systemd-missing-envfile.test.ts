import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';

test('systemd-missing-envfile: an EnvironmentFile= not in the workspace, said once as information on its path', () => {
  const h = harness({ 'kubelet.service': '[Service]\nEnvironmentFile=-/etc/default/kubelet\nExecStart=/usr/bin/kubelet --config=/c.yaml $KUBELET_EXTRA_ARGS\n', 'c.yaml': 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n' });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), 'systemd-missing-envfile').map((f) => [f.severity, f.text, f.message]), [
    ['information', '/etc/default/kubelet', '/etc/default/kubelet is not in the workspace: it is optional ("-"), so the unit starts without it; if it exists on the node, flags it adds are not checked here.'],
  ]);
  // Nothing is judged from defaults while the env file is unknown.
  assert.deepEqual(only(h.findings(uri('kubelet.service')), 'kubelet-anonymous-auth', 'kubelet-read-only-port', 'kubelet-authorization-mode'), []);
});

test('systemd-missing-envfile: a required file says the unit fails to start without it; a present file is not reported', () => {
  const h = harness({ 'kubelet.service': '[Service]\nEnvironmentFile=/etc/sysconfig/kubelet\nExecStart=/usr/bin/kubelet $ARGS\n' });
  assert.equal(only(h.findings(uri('kubelet.service')), 'systemd-missing-envfile')[0]?.message, '/etc/sysconfig/kubelet is not in the workspace: the unit fails to start if it is missing on the node too; flags it adds are not checked here.');
  const present = harness({ 'kubelet.service': '[Service]\nEnvironmentFile=/etc/sysconfig/kubelet\nExecStart=/usr/bin/kubelet $ARGS\n', 'etc/sysconfig/kubelet': 'ARGS=--v=2\n' });
  assert.deepEqual(only(present.findings(uri('kubelet.service')), 'systemd-missing-envfile'), []);
});
