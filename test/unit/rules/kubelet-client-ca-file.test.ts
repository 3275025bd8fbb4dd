import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri, type Harness } from '../../support/service-harness.js';
import { kubeletClientCaFile } from '../../../server/src/service/rules/kubelet-client-ca-file.js';

const RULE = 'kubelet-client-ca-file';
const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const DESCRIBE_ABSENT = 'No client CA file is set, so the kubelet cannot verify client certificates';
const DESCRIBE_EMPTY = 'The client CA file is empty, so the kubelet cannot verify client certificates';

const run = (files: Record<string, string>): Harness => harness(files, {}, [kubeletClientCaFile]);

function range(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `${needle} not in ${text}`);
  return { start, end: start + needle.length };
}

function assertNoFix(h: Harness, path: string): void {
  assert.equal(h.raw(uri(path)).filter((f) => f.ruleId === RULE).every((f) => f.fixes.length === 0), true);
  assert.throws(() => h.applyFix(uri(path), RULE), /has no fix/);
}

test('flag default without --config: an error on ExecStart, with no fix (a path cannot be guessed)', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --kubeconfig=/etc/kubernetes/kubelet.conf\n';
  const h = run({ 'kubelet.service': unit });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    { rule: RULE, severity: 'error', text: 'ExecStart', ...range(unit, 'ExecStart'), message: `${DESCRIBE_ABSENT}: the kubelet's flag default, since no --config file is used.` },
  ]);
  assertNoFix(h, 'kubelet.service');
});

test('absent with --config: reported on ExecStart, naming the config file that leaves it out', () => {
  const h = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml\n', 'var/lib/kubelet/config.yaml': CONFIG_HEAD });
  const findings = only(h.findings(uri('kubelet.service')), RULE);
  assert.deepEqual(findings.map((f) => [f.text, f.severity, f.message]), [
    ['ExecStart', 'error', `${DESCRIBE_ABSENT}: the KubeletConfiguration default, since var/lib/kubelet/config.yaml does not set it.`],
  ]);
  assert.deepEqual(only(h.findings(uri('var/lib/kubelet/config.yaml')), RULE), []);
  assertNoFix(h, 'kubelet.service');
});

test('a config file alone (no unit in the workspace): reported on its first line', () => {
  const h = run({ 'c.yaml': CONFIG_HEAD });
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), [
    { rule: RULE, severity: 'error', text: 'apiVersion: kubelet.config.k8s.io/v1beta1', start: 0, end: 41, message: `${DESCRIBE_ABSENT}: the KubeletConfiguration default, since c.yaml does not set it.` },
  ]);
});

test('an explicit empty string in the config file is reported on the field', () => {
  const config = `${CONFIG_HEAD}authentication:\n  x509:\n    clientCAFile: "" # fill in\n`;
  const h = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': config });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), [
    { rule: RULE, severity: 'error', text: 'clientCAFile: ""', ...range(config, 'clientCAFile: ""'), message: `${DESCRIBE_EMPTY}: set by \`authentication.x509.clientCAFile: ""\` in c.yaml:5.` },
  ]);
  assertNoFix(h, 'c.yaml');
});

test('a key with no value is a YAML null, which leaves the path empty; the range stops before the blanks and the comment', () => {
  const config = `${CONFIG_HEAD}authentication:\n  x509:\n    clientCAFile:   # todo\n`;
  const h = run({ 'c.yaml': config });
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), [
    { rule: RULE, severity: 'error', text: 'clientCAFile:', ...range(config, 'clientCAFile:'), message: `${DESCRIBE_EMPTY}: set by \`authentication.x509.clientCAFile: null\` in c.yaml:5.` },
  ]);
});

test('an empty flag in ExecStart covers the whole word, quotes included', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --client-ca-file="" --v=2\n';
  const h = run({ 'kubelet.service': unit });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    { rule: RULE, severity: 'error', text: '--client-ca-file=""', ...range(unit, '--client-ca-file=""'), message: `${DESCRIBE_EMPTY}: set by \`--client-ca-file=\` in kubelet.service:2.` },
  ]);
  assertNoFix(h, 'kubelet.service');
});

test('an empty flag in an env file overrides the CA path of the config file', () => {
  const env = 'KUBELET_EXTRA_ARGS="--v=2 --client-ca-file="\n';
  const h = run({
    'kubelet.service': '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet --config=/c.yaml $KUBELET_EXTRA_ARGS\n',
    'c.yaml': `${CONFIG_HEAD}authentication:\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt\n`,
    'etc/default/kubelet': env,
  });
  assert.deepEqual(only(h.findings(uri('etc/default/kubelet')), RULE), [
    {
      rule: RULE,
      severity: 'error',
      text: '--client-ca-file=',
      ...range(env, '--client-ca-file='),
      message: `${DESCRIBE_EMPTY}: set by \`--client-ca-file=\` in etc/default/kubelet:1 (through $KUBELET_EXTRA_ARGS).`,
    },
  ]);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
});

test('kubeadm drop-in: an empty flag in an Environment= variable is reported in the drop-in', () => {
  const dropIn = '[Service]\nEnvironment="KUBELET_EXTRA_ARGS=--client-ca-file= --node-ip=10.0.0.4"\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n';
  const h = run({ 'etc/systemd/system/kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n', 'etc/systemd/system/kubelet.service.d/20-extra.conf': dropIn });
  const findings = only(h.findings(uri('etc/systemd/system/kubelet.service.d/20-extra.conf')), RULE);
  assert.deepEqual(findings.map((f) => [f.text, f.start, f.message]), [
    ['--client-ca-file=', dropIn.indexOf('--client-ca-file='), `${DESCRIBE_EMPTY}: set by \`--client-ca-file=\` in etc/systemd/system/kubelet.service.d/20-extra.conf:2 (through $KUBELET_EXTRA_ARGS).`],
  ]);
  assert.deepEqual(only(h.findings(uri('etc/systemd/system/kubelet.service')), RULE), []);
});

test('negatives: a CA path in the config file, in a flag, in a drop-in variable, or a flag path over an empty config', () => {
  const withPath = run({
    'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n',
    'c.yaml': `${CONFIG_HEAD}authentication:\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt\n`,
  });
  assert.deepEqual(only(withPath.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(withPath.findings(uri('c.yaml')), RULE), []);

  const flagOnly = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --client-ca-file /etc/kubernetes/pki/ca.crt\n' });
  assert.deepEqual(only(flagOnly.findings(uri('kubelet.service')), RULE), []);

  const flagOverEmpty = run({
    'kubelet.service': '[Service]\nEnvironment="ARGS=--client-ca-file=/etc/kubernetes/pki/ca.crt"\nExecStart=/usr/bin/kubelet --config=/c.yaml $ARGS\n',
    'c.yaml': `${CONFIG_HEAD}authentication:\n  x509:\n    clientCAFile: ""\n`,
  });
  assert.deepEqual(only(flagOverEmpty.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(flagOverEmpty.findings(uri('c.yaml')), RULE), []);
});

test('unknown effective value (the env file is not in the workspace): nothing is judged from defaults', () => {
  const h = run({ 'kubelet.service': '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n' });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  const missingConfig = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml\n' });
  assert.deepEqual(only(missingConfig.findings(uri('kubelet.service')), RULE), []);
});

test('rule metadata', () => {
  assert.equal(kubeletClientCaFile.id, RULE);
  assert.equal(kubeletClientCaFile.cis, '4.2.3');
  assert.equal(kubeletClientCaFile.defaultSeverity, 'error');
  assert.equal(kubeletClientCaFile.fixable, false);
});
