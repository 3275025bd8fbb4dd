import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';

const RULE = 'kubelet-read-only-port';
const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';

test('flag default 10255 without --config is a warning on ExecStart', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n' });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    { rule: RULE, severity: 'warning', text: 'ExecStart', start: 10, end: 19, message: "The read-only port 10255 is open: the kubelet's flag default, since no --config file is used." },
  ]);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --read-only-port=0\n');
});

test('config readOnlyPort: 10255 is reported in the file; 0 and absent are fine', () => {
  const h = harness({ 'c.yaml': `${CONFIG_HEAD}readOnlyPort: 10255 # metrics\n` });
  const [finding] = only(h.findings(uri('c.yaml')), RULE);
  assert.equal(finding?.text, 'readOnlyPort: 10255');
  assert.equal(finding?.message, 'The read-only port 10255 is open: set by `readOnlyPort: 10255` in c.yaml:3.');
  assert.equal(h.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), `${CONFIG_HEAD}readOnlyPort: 0 # metrics\n`);
  assert.deepEqual(only(harness({ 'c.yaml': `${CONFIG_HEAD}readOnlyPort: 0\n` }).findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(harness({ 'c.yaml': CONFIG_HEAD }).findings(uri('c.yaml')), RULE), []);
});

test('a duplicate key: the later value is the effective one and is where the finding sits', () => {
  const h = harness({ 'c.yaml': `${CONFIG_HEAD}readOnlyPort: 0\nreadOnlyPort: 10255\n` });
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE).map((f) => [f.text, f.start]), [['readOnlyPort: 10255', 85]]);
});

test('the flag wins over the config file; an octal flag value is decoded as Go does', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --read-only-port=010\n', 'c.yaml': `${CONFIG_HEAD}readOnlyPort: 0\n` });
  const [finding] = only(h.findings(uri('kubelet.service')), RULE);
  assert.equal(finding?.message, 'The read-only port 8 is open: set by `--read-only-port=010` in kubelet.service:2.');
});

test('env file line in /etc/default/kubelet with a continuation', () => {
  const h = harness({
    'kubelet.service': '[Service]\nEnvironmentFile=-/etc/default/kubelet\nExecStart=/usr/bin/kubelet --config=/c.yaml $KUBELET_EXTRA_ARGS\n',
    'c.yaml': CONFIG_HEAD,
    'etc/default/kubelet': 'KUBELET_EXTRA_ARGS=--node-ip=10.0.0.1 \\\n  --read-only-port=10255\n',
  });
  const [finding] = only(h.findings(uri('etc/default/kubelet')), RULE);
  assert.equal(finding?.text, '--read-only-port=10255');
  assert.equal(h.applyFix(uri('etc/default/kubelet'), RULE).get(uri('etc/default/kubelet')), 'KUBELET_EXTRA_ARGS=--node-ip=10.0.0.1 \\\n  --read-only-port=0\n');
});
