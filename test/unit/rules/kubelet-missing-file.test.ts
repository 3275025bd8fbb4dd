import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';

test('kubelet-missing-file: a --config file not in the workspace, as information on the path', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --kubeconfig /etc/kubernetes/kubelet.conf\n' });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), 'kubelet-missing-file').map((f) => [f.severity, f.text, f.message]), [
    ['information', '/var/lib/kubelet/config.yaml', "/var/lib/kubelet/config.yaml (--config) is not in the workspace: settings it may hold are not judged from defaults. Set kubeletGuard.nodeRoot to the folder that mirrors the node's /."],
    ['information', '/etc/kubernetes/kubelet.conf', "/etc/kubernetes/kubelet.conf (--kubeconfig) is not in the workspace: its contents are not checked. Set kubeletGuard.nodeRoot to the folder that mirrors the node's /."],
  ]);
});

test('kubelet-missing-file: found files are not reported', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml\n', 'var/lib/kubelet/config.yaml': 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n' });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), 'kubelet-missing-file'), []);
});
