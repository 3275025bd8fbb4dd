import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeletRotateServerCertGate } from '../../../server/src/service/rules/kubelet-rotate-server-cert-gate.js';

const RULE = 'kubelet-rotate-server-cert-gate';
const RULES = [kubeletRotateServerCertGate];
const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const WHAT = 'The RotateKubeletServerCertificate feature gate is off, so the kubelet neither requests nor renews a serving certificate from the cluster, even with serverTLSBootstrap on';

const unit = (args: string): string => `[Service]\nExecStart=/usr/bin/kubelet ${args}\n`;

test('metadata: CIS 4.2.11, warning, fixable', () => {
  assert.equal(kubeletRotateServerCertGate.id, RULE);
  assert.equal(kubeletRotateServerCertGate.cis, '4.2.11');
  assert.equal(kubeletRotateServerCertGate.defaultSeverity, 'warning');
  assert.equal(kubeletRotateServerCertGate.fixable, true);
});

test('ExecStart flag: only the gate pair is highlighted; the fix turns that false into true', () => {
  const text = unit('--feature-gates=Foo=true,RotateKubeletServerCertificate=false,Bar=false');
  const h = harness({ 'kubelet.service': text }, {}, RULES);
  const start = text.indexOf('RotateKubeletServerCertificate=false');
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    {
      rule: RULE, severity: 'warning', text: 'RotateKubeletServerCertificate=false', start, end: start + 'RotateKubeletServerCertificate=false'.length,
      message: `${WHAT}: set by \`--feature-gates=Foo=true,RotateKubeletServerCertificate=false,Bar=false\` in kubelet.service:2.`,
    },
  ]);
  const fixed = h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service'));
  assert.equal(fixed, unit('--feature-gates=Foo=true,RotateKubeletServerCertificate=true,Bar=false'));
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.throws(() => h.applyFix(uri('kubelet.service'), RULE), /no kubelet-rotate-server-cert-gate finding/);
});

test('the gate alone, in the "--feature-gates value" form and inside quotes', () => {
  const spaced = harness({ 'kubelet.service': unit('--feature-gates RotateKubeletServerCertificate=0') }, {}, RULES);
  assert.deepEqual(only(spaced.findings(uri('kubelet.service')), RULE).map((f) => f.text), ['RotateKubeletServerCertificate=0']);
  assert.equal(spaced.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), unit('--feature-gates RotateKubeletServerCertificate=true'));

  const quoted = harness({ 'kubelet.service': unit('"--feature-gates=A=true, RotateKubeletServerCertificate = False"') }, {}, RULES);
  const [finding] = only(quoted.findings(uri('kubelet.service')), RULE);
  assert.equal(finding?.text, 'RotateKubeletServerCertificate = False');
  assert.equal(quoted.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), unit('"--feature-gates=A=true, RotateKubeletServerCertificate = true"'));
});

test('drop-in Environment= variable: reported inside the variable value, fix edits the drop-in', () => {
  const dropIn = 'etc/systemd/system/kubelet.service.d/20-gates.conf';
  const dropInText = '[Service]\nEnvironment="KUBELET_EXTRA_ARGS=--feature-gates=RotateKubeletServerCertificate=false"\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n';
  const h = harness({ 'etc/systemd/system/kubelet.service': unit('--v=2'), [dropIn]: dropInText }, {}, RULES);
  const start = dropInText.indexOf('RotateKubeletServerCertificate');
  assert.deepEqual(only(h.findings(uri(dropIn)), RULE), [
    {
      rule: RULE, severity: 'warning', text: 'RotateKubeletServerCertificate=false', start, end: start + 36,
      message: `${WHAT}: set by \`--feature-gates=RotateKubeletServerCertificate=false\` in ${dropIn}:2 (through $KUBELET_EXTRA_ARGS).`,
    },
  ]);
  assert.equal(h.applyFix(uri(dropIn), RULE).get(uri(dropIn)), dropInText.replace('=false"', '=true"'));
  assert.deepEqual(only(h.findings(uri(dropIn)), RULE), []);
});

test('kubeadm env file: reported in kubeadm-flags.env, the other flags are left alone', () => {
  const env = 'var/lib/kubelet/kubeadm-flags.env';
  const h = harness({
    'usr/lib/systemd/system/kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n',
    'usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf':
      '[Service]\nEnvironment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"\nEnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS\n',
    [env]: 'KUBELET_KUBEADM_ARGS="--node-ip=10.0.0.4 --feature-gates=RotateKubeletServerCertificate=false"\n',
    'var/lib/kubelet/config.yaml': CONFIG_HEAD,
  }, {}, RULES);
  const [finding] = only(h.findings(uri(env)), RULE);
  assert.equal(finding?.text, 'RotateKubeletServerCertificate=false');
  assert.equal(finding?.message, `${WHAT}: set by \`--feature-gates=RotateKubeletServerCertificate=false\` in ${env}:1 (through $KUBELET_KUBEADM_ARGS).`);
  assert.equal(h.applyFix(uri(env), RULE).get(uri(env)), 'KUBELET_KUBEADM_ARGS="--node-ip=10.0.0.4 --feature-gates=RotateKubeletServerCertificate=true"\n');
});

test('config file: the featureGates entry is reported and set to true, keeping the comment', () => {
  const config = `${CONFIG_HEAD}featureGates:\n  Foo: true\n  RotateKubeletServerCertificate: no # off for now\n`;
  const h = harness({ 'kubelet.service': unit('--config=/var/lib/kubelet/config.yaml'), 'var/lib/kubelet/config.yaml': config }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  const target = uri('var/lib/kubelet/config.yaml');
  const start = config.indexOf('RotateKubeletServerCertificate');
  assert.deepEqual(only(h.findings(target), RULE), [
    {
      rule: RULE, severity: 'warning', text: 'RotateKubeletServerCertificate: no', start, end: start + 'RotateKubeletServerCertificate: no'.length,
      message: `${WHAT}: set by \`featureGates.RotateKubeletServerCertificate: false\` in var/lib/kubelet/config.yaml:5.`,
    },
  ]);
  assert.equal(h.applyFix(target, RULE).get(target), `${CONFIG_HEAD}featureGates:\n  Foo: true\n  RotateKubeletServerCertificate: true # off for now\n`);
  assert.deepEqual(only(h.findings(target), RULE), []);
});

test('gates merge: a flag that sets other gates leaves the file false in force, and the finding on the file', () => {
  const config = `${CONFIG_HEAD}featureGates:\n  RotateKubeletServerCertificate: false\n`;
  const h = harness({ 'kubelet.service': unit('--config=/c.yaml --feature-gates=Foo=true'), 'c.yaml': config }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE).map((f) => [f.text, f.message]), [
    ['RotateKubeletServerCertificate: false', `${WHAT}: set by \`featureGates.RotateKubeletServerCertificate: false\` in c.yaml:4.`],
  ]);
});

test('the flag wins per gate: true on the command line clears a false file; false on the command line is reported there', () => {
  const falseFile = `${CONFIG_HEAD}featureGates:\n  RotateKubeletServerCertificate: false\n`;
  const cleared = harness({ 'kubelet.service': unit('--config=/c.yaml --feature-gates=RotateKubeletServerCertificate=true'), 'c.yaml': falseFile }, {}, RULES);
  assert.deepEqual(only(cleared.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(cleared.findings(uri('kubelet.service')), RULE), []);

  const trueFile = `${CONFIG_HEAD}featureGates:\n  RotateKubeletServerCertificate: true\n`;
  const flagged = harness({ 'kubelet.service': unit('--config=/c.yaml --feature-gates=RotateKubeletServerCertificate=false'), 'c.yaml': trueFile }, {}, RULES);
  assert.deepEqual(only(flagged.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(flagged.findings(uri('kubelet.service')), RULE).map((f) => f.text), ['RotateKubeletServerCertificate=false']);
});

test('repeated --feature-gates merge: the occurrence that wrote the false is the one reported; a later true wins', () => {
  const text = unit('--feature-gates=RotateKubeletServerCertificate=false --feature-gates=Foo=true');
  const h = harness({ 'kubelet.service': text }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE).map((f) => [f.text, f.start, f.message]), [
    ['RotateKubeletServerCertificate=false', text.indexOf('Rotate'), `${WHAT}: set by \`--feature-gates=RotateKubeletServerCertificate=false\` in kubelet.service:2.`],
  ]);
  const later = harness({ 'kubelet.service': unit('--feature-gates=RotateKubeletServerCertificate=false --feature-gates=RotateKubeletServerCertificate=true') }, {}, RULES);
  assert.deepEqual(only(later.findings(uri('kubelet.service')), RULE), []);
});

test('--config-dir fragments merge per gate over the file: the fragment that wrote the false is reported', () => {
  const files = {
    'kubelet.service': unit('--config=/var/lib/kubelet/config.yaml --config-dir=/etc/kubernetes/kubelet.conf.d'),
    'var/lib/kubelet/config.yaml': `${CONFIG_HEAD}featureGates:\n  RotateKubeletServerCertificate: true\n`,
    'etc/kubernetes/kubelet.conf.d/50-gates.conf': `${CONFIG_HEAD}featureGates:\n  Foo: true\n  RotateKubeletServerCertificate: false\n`,
  };
  const h = harness(files, {}, RULES);
  assert.deepEqual(only(h.findings(uri('var/lib/kubelet/config.yaml')), RULE), []);
  assert.deepEqual(only(h.findings(uri('etc/kubernetes/kubelet.conf.d/50-gates.conf')), RULE).map((f) => [f.text, f.message]), [
    ['RotateKubeletServerCertificate: false', `${WHAT}: set by \`featureGates.RotateKubeletServerCertificate: false\` in the --config-dir fragment etc/kubernetes/kubelet.conf.d/50-gates.conf:5.`],
  ]);
  // A later fragment that sets only other gates keeps the false in force.
  const kept = harness({ ...files, 'etc/kubernetes/kubelet.conf.d/60-more.conf': `${CONFIG_HEAD}featureGates:\n  Bar: true\n` }, {}, RULES);
  assert.equal(only(kept.findings(uri('etc/kubernetes/kubelet.conf.d/50-gates.conf')), RULE).length, 1);
});

test('absent gate: nothing, with or without --config (the gate is on by default)', () => {
  assert.deepEqual(only(harness({ 'kubelet.service': unit('--v=2') }, {}, RULES).findings(uri('kubelet.service')), RULE), []);
  const withConfig = harness({ 'kubelet.service': unit('--config=/c.yaml'), 'c.yaml': `${CONFIG_HEAD}featureGates:\n  Foo: false\n` }, {}, RULES);
  assert.deepEqual(only(withConfig.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(withConfig.findings(uri('c.yaml')), RULE), []);
});

test('traps: explicit true, a quoted "false" (a type error, not a gate), a value the kubelet rejects, a gate of another name', () => {
  const cases: Record<string, string>[] = [
    { 'kubelet.service': unit('--feature-gates=RotateKubeletServerCertificate=true') },
    { 'c.yaml': `${CONFIG_HEAD}featureGates:\n  RotateKubeletServerCertificate: "false"\n` },
    { 'kubelet.service': unit('--feature-gates=RotateKubeletServerCertificate=nope') },
    { 'kubelet.service': unit('--feature-gates=RotateKubeletClientCertificate=false') },
    { 'c.yaml': `${CONFIG_HEAD}featureGates:\n  rotateKubeletServerCertificate: false\n` },
  ];
  for (const files of cases) {
    const h = harness(files, {}, RULES);
    for (const path of Object.keys(files)) assert.deepEqual(only(h.findings(uri(path)), RULE), [], JSON.stringify(files));
  }
});

test('a pair assembled from a variable is reported on the whole flag, with no fix rather than an edit of the variable', () => {
  const text = '[Service]\nEnvironment=ROTATE=false\nExecStart=/usr/bin/kubelet --feature-gates=RotateKubeletServerCertificate=${ROTATE}\n';
  const h = harness({ 'kubelet.service': text }, {}, RULES);
  const findings = only(h.findings(uri('kubelet.service')), RULE);
  assert.deepEqual(findings.map((f) => f.text), ['--feature-gates=RotateKubeletServerCertificate=${ROTATE}']);
  assert.equal(findings[0]?.message, `${WHAT}: set by \`--feature-gates=RotateKubeletServerCertificate=false\` in kubelet.service:3.`);
  assert.deepEqual(h.raw(uri('kubelet.service')).filter((f) => f.ruleId === RULE).map((f) => f.fixes.length), [0]);
});
