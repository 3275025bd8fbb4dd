import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';

const RULE = 'kubelet-anonymous-auth';
const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';

test('flag default without --config: reported on ExecStart, fix inserts the flag after the kubelet path', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet \\\n  --kubeconfig=/etc/kubernetes/kubelet.conf\n' });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    { rule: RULE, severity: 'error', text: 'ExecStart', start: 10, end: 19, message: "Anonymous authentication is on: the kubelet's flag default, since no --config file is used." },
  ]);
  const fixed = h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service'));
  assert.equal(fixed, '[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth=false \\\n  --kubeconfig=/etc/kubernetes/kubelet.conf\n');
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('explicit true flag: reported on the flag, fix edits the value only', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --anonymous-auth=true\n', 'c.yaml': CONFIG_HEAD });
  const [finding] = only(h.findings(uri('kubelet.service')), RULE);
  assert.equal(finding?.text, '--anonymous-auth=true');
  assert.equal(finding?.message, 'Anonymous authentication is on: set by `--anonymous-auth=true` in kubelet.service:2.');
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --anonymous-auth=false\n');
});

test('a bare boolean flag means true; the fix adds =false', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth --read-only-port=0\n' });
  const [finding] = only(h.findings(uri('kubelet.service')), RULE);
  assert.equal(finding?.text, '--anonymous-auth');
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth=false --read-only-port=0\n');
});

test('"--anonymous-auth false" leaves anonymous auth on (the false is a stray argument)', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth false\n' });
  const [finding] = only(h.findings(uri('kubelet.service')), RULE);
  assert.equal(finding?.text, '--anonymous-auth');
  assert.equal(finding?.message, 'Anonymous authentication is on: set by `--anonymous-auth` in kubelet.service:2; a bare --anonymous-auth means true, and the "false" after it is a separate argument the kubelet rejects.');
});

test('config file true: reported on the field in the config file, fix sets false and keeps the comment', () => {
  const config = `${CONFIG_HEAD}authentication:\n  anonymous:\n    enabled: yes # legacy\n`;
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml\n', 'var/lib/kubelet/config.yaml': config });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  const [finding] = only(h.findings(uri('var/lib/kubelet/config.yaml')), RULE);
  assert.equal(finding?.text, 'enabled: yes');
  assert.equal(finding?.message, 'Anonymous authentication is on: set by `authentication.anonymous.enabled: true` in var/lib/kubelet/config.yaml:5.');
  const fixed = h.applyFix(uri('var/lib/kubelet/config.yaml'), RULE).get(uri('var/lib/kubelet/config.yaml'));
  assert.equal(fixed, `${CONFIG_HEAD}authentication:\n  anonymous:\n    enabled: false # legacy\n`);
  assert.deepEqual(only(h.findings(uri('var/lib/kubelet/config.yaml')), RULE), []);
});

test('config file true overridden by a false flag: nothing to report', () => {
  const h = harness({
    'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --anonymous-auth=false\n',
    'c.yaml': `${CONFIG_HEAD}authentication:\n  anonymous:\n    enabled: true\n`,
  });
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
});

test('config default with --config: nothing to report', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': CONFIG_HEAD });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('kubeadm layout: flag set in kubeadm-flags.env through a drop-in variable is reported in the env file', () => {
  const h = harness({
    'usr/lib/systemd/system/kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n',
    'usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf':
      '[Service]\nEnvironment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"\nEnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS\n',
    'var/lib/kubelet/kubeadm-flags.env': 'KUBELET_KUBEADM_ARGS="--anonymous-auth=true --node-ip=10.0.0.4"\n',
    'var/lib/kubelet/config.yaml': CONFIG_HEAD,
  });
  const env = uri('var/lib/kubelet/kubeadm-flags.env');
  const [finding] = only(h.findings(env), RULE);
  assert.equal(finding?.text, '--anonymous-auth=true');
  assert.equal(finding?.message, 'Anonymous authentication is on: set by `--anonymous-auth=true` in var/lib/kubelet/kubeadm-flags.env:1 (through $KUBELET_KUBEADM_ARGS).');
  assert.equal(h.applyFix(env, RULE).get(env), 'KUBELET_KUBEADM_ARGS="--anonymous-auth=false --node-ip=10.0.0.4"\n');
  assert.deepEqual(only(h.findings(uri('usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf')), RULE), []);
});

test('unknown effective value (env file missing) is not judged from defaults', () => {
  const h = harness({ 'kubelet.service': '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet $ARGS\n' });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('applying the fix twice changes nothing more', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth=true\n' });
  h.applyFix(uri('kubelet.service'), RULE);
  assert.throws(() => h.applyFix(uri('kubelet.service'), RULE), /no kubelet-anonymous-auth finding/);
  assert.equal(h.workspace.readFile(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth=false\n');
});
