import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';

const RULE = 'kubelet-authorization-mode';
const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';

test('flag default AlwaysAllow without --config', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth=false\n' });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    { rule: RULE, severity: 'error', text: 'ExecStart', start: 10, end: 19, message: "Authorization mode is AlwaysAllow: the kubelet's flag default, since no --config file is used." },
  ]);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --authorization-mode=Webhook --anonymous-auth=false\n');
});

test('--authorization-mode AlwaysAllow as a separate word: the fix replaces only the value', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --authorization-mode AlwaysAllow\n' });
  const [finding] = only(h.findings(uri('kubelet.service')), RULE);
  assert.equal(finding?.text, '--authorization-mode AlwaysAllow');
  assert.equal(finding?.message, 'Authorization mode is AlwaysAllow: set by `--authorization-mode AlwaysAllow` in kubelet.service:2.');
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --authorization-mode Webhook\n');
});

test('config file AlwaysAllow, quoted: the fix replaces the quoted scalar', () => {
  const config = `${CONFIG_HEAD}authorization:\n  mode: "AlwaysAllow"\n`;
  const h = harness({ 'config.yaml': config });
  const [finding] = only(h.findings(uri('config.yaml')), RULE);
  assert.equal(finding?.text, 'mode: "AlwaysAllow"');
  assert.equal(finding?.message, 'Authorization mode is AlwaysAllow: set by `authorization.mode: AlwaysAllow` in config.yaml:4.');
  assert.equal(h.applyFix(uri('config.yaml'), RULE).get(uri('config.yaml')), `${CONFIG_HEAD}authorization:\n  mode: Webhook\n`);
});

test('Webhook, and an empty mode in the config file (defaulted to Webhook), are fine', () => {
  assert.deepEqual(only(harness({ 'c.yaml': `${CONFIG_HEAD}authorization:\n  mode: Webhook\n` }).findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(harness({ 'c.yaml': `${CONFIG_HEAD}authorization:\n  mode: ""\n` }).findings(uri('c.yaml')), RULE), []);
});

test('a later AlwaysAllow flag in a drop-in wins over Webhook in the unit', () => {
  const h = harness({
    'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --authorization-mode=Webhook $EXTRA\n',
    'kubelet.service.d/20-extra.conf': '[Service]\nEnvironment=EXTRA=--authorization-mode=AlwaysAllow\n',
  });
  const [finding] = only(h.findings(uri('kubelet.service.d/20-extra.conf')), RULE);
  assert.equal(finding?.text, '--authorization-mode=AlwaysAllow');
  assert.equal(finding?.message, 'Authorization mode is AlwaysAllow: set by `--authorization-mode=AlwaysAllow` in kubelet.service.d/20-extra.conf:2 (through $EXTRA).');
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});
