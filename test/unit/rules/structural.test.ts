import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';

test('systemd-lost-line: a flag line left after a broken continuation, with its whole range', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n  --anonymous-auth=false\n  --read-only-port 0\nRestart=always\n' });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), 'systemd-lost-line'), [
    { rule: 'systemd-lost-line', severity: 'warning', text: '--anonymous-auth=false', start: 56, end: 78, message: 'systemd ignores this line: "--anonymous-auth" is not a directive, so this kubelet flag is lost. The line before it does not end in "\\", so this flag never reaches ExecStart=.' },
    { rule: 'systemd-lost-line', severity: 'warning', text: '--read-only-port 0', start: 81, end: 99, message: 'systemd ignores this line: it has no "=", so it is not a setting. The line before it does not end in "\\", so this flag never reaches ExecStart=.' },
  ]);
});

test('systemd-lost-line: unknown directive names; X- keys and other sections are left alone', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStar=/usr/bin/kubelet\nX-Note=ok\nExecStart=/usr/bin/kubelet --config=/c\n[Custom]\nAnything=1\n' });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), 'systemd-lost-line').map((f) => [f.text, f.message]), [
    ['ExecStar', 'systemd ignores this line: "ExecStar" is not a directive of the [Service] section.'],
  ]);
});

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

test('systemd-missing-envfile and kubelet-missing-file: said once, as information, on the path', () => {
  const h = harness({ 'kubelet.service': '[Service]\nEnvironmentFile=-/etc/default/kubelet\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml $KUBELET_EXTRA_ARGS\n' });
  const findings = only(h.findings(uri('kubelet.service')), 'systemd-missing-envfile', 'kubelet-missing-file');
  assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.text]), [
    ['systemd-missing-envfile', 'information', '/etc/default/kubelet'],
    ['kubelet-missing-file', 'information', '/var/lib/kubelet/config.yaml'],
  ]);
  assert.equal(findings[0]?.message, '/etc/default/kubelet is not in the workspace: it is optional ("-"), so the unit starts without it; if it exists on the node, flags it adds are not checked here.');
  // Nothing is judged from defaults while those files are unknown.
  assert.deepEqual(only(h.findings(uri('kubelet.service')), 'kubelet-anonymous-auth', 'kubelet-read-only-port', 'kubelet-authorization-mode'), []);
});

test('yaml-syntax: broken KubeletConfiguration YAML is reported at the parser position', () => {
  const h = harness({ 'c.yaml': 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nauthentication: {anonymous: \n' });
  const errors = only(h.findings(uri('c.yaml')), 'yaml-syntax');
  assert.ok(errors.length > 0);
  assert.equal(errors[0]?.severity, 'error');
  assert.match(errors[0]?.message ?? '', /^YAML syntax error: /);
});

test('file-not-checked: binary content gets one clear finding and nothing else', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\u0000\u0001\u0002' });
  assert.deepEqual(h.findings(uri('kubelet.service')).map((f) => [f.rule, f.message]), [['file-not-checked', 'Kubelet Guard did not check this file: it holds binary data (NUL bytes), not text.']]);
});

test('units that do not run the kubelet get no findings', () => {
  assert.deepEqual(harness({ 'containerd.service': '[Service]\nExecStart=/usr/bin/containerd\n' }).findings(uri('containerd.service')), []);
});
