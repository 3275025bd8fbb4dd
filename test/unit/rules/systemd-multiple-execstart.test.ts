import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';

test('systemd-multiple-execstart: a second ExecStart without reset; the fix inserts the reset line', () => {
  const h = harness({
    'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c\n',
    'kubelet.service.d/10-kubeadm.conf': '[Service]\nExecStart=/usr/bin/kubelet --config=/d\n',
  });
  const dropIn = uri('kubelet.service.d/10-kubeadm.conf');
  assert.deepEqual(only(h.findings(dropIn), 'systemd-multiple-execstart').map((f) => [f.text, f.severity]), [['ExecStart', 'error']]);
  assert.equal(h.applyFix(dropIn, 'systemd-multiple-execstart').get(dropIn), '[Service]\nExecStart=\nExecStart=/usr/bin/kubelet --config=/d\n');
  assert.deepEqual(only(h.findings(dropIn), 'systemd-multiple-execstart'), []);
});

