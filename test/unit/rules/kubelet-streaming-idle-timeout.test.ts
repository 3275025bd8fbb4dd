import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri, type Harness } from '../../support/service-harness.js';
import { kubeletStreamingIdleTimeout } from '../../../server/src/service/rules/kubelet-streaming-idle-timeout.js';

const RULE = 'kubelet-streaming-idle-timeout';
const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const NO_EFFECT =
  'Since Kubernetes 1.34 the kubelet documents this setting as deprecated with no effect: exec, attach and port-forward streams are served by the container runtime, so set the idle timeout there (containerd: stream_idle_timeout) and remove the flag.';
const BEFORE_134 = "Idle exec, attach and port-forward sessions then hold their connections open indefinitely; remove the flag so the config file's value or the 4h default applies.";
const describe = (value: string): string => `Idle streaming connections are never closed (the idle timeout is ${value})`;

const run = (files: Record<string, string>, kubernetesVersion = '1.36'): Harness => harness(files, { kubernetesVersion }, [kubeletStreamingIdleTimeout]);

function range(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `${needle} not in ${text}`);
  return { start, end: start + needle.length };
}

test('--streaming-connection-idle-timeout=0 on ExecStart: a warning that says the setting no longer matters on 1.36; the fix removes the flag', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --streaming-connection-idle-timeout=0 --v=2\n';
  const h = run({ 'kubelet.service': unit });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    {
      rule: RULE,
      severity: 'warning',
      text: '--streaming-connection-idle-timeout=0',
      ...range(unit, '--streaming-connection-idle-timeout=0'),
      message: `${describe('0')}: set by \`--streaming-connection-idle-timeout=0\` in kubelet.service:2. ${NO_EFFECT}`,
    },
  ]);
  assert.deepEqual(h.raw(uri('kubelet.service')).flatMap((f) => f.fixes.map((fix) => fix.title)), ['Remove --streaming-connection-idle-timeout']);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --v=2\n');
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.throws(() => h.applyFix(uri('kubelet.service'), RULE), /no kubelet-streaming-idle-timeout finding/);
});

test('before 1.34 the message explains the open sessions instead', () => {
  const h = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --streaming-connection-idle-timeout=0s\n' }, '1.33');
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE).map((f) => f.message), [
    `${describe('0s')}: set by \`--streaming-connection-idle-timeout=0s\` in kubelet.service:2. ${BEFORE_134}`,
  ]);
});

test('every spelling of a zero duration counts; non-zero ones and what Go rejects do not', () => {
  for (const value of ['0', '0s', '0m0s', '0h0m0s', '-0', '+0', '0.0h', '0ms', '00m']) {
    const h = run({ 'kubelet.service': `[Service]\nExecStart=/usr/bin/kubelet --streaming-connection-idle-timeout=${value}\n` });
    assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE).map((f) => f.text), [`--streaming-connection-idle-timeout=${value}`], value);
  }
  for (const value of ['5m', '4h', '1ns', '0.5s', '0m1s', '00', '0d', '']) {
    const h = run({ 'kubelet.service': `[Service]\nExecStart=/usr/bin/kubelet --streaming-connection-idle-timeout=${value}\n` });
    assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [], value);
  }
});

test('trap: a zero in the config file is replaced by the 4h default, so it is not reported (quoted or not)', () => {
  for (const value of ['0s', '"0"', '0m0s']) {
    const h = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': `${CONFIG_HEAD}streamingConnectionIdleTimeout: ${value}\n` });
    assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [], value);
    assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), [], value);
  }
  // An unquoted YAML number is a type error for a duration (config-type-error), not a zero.
  assert.deepEqual(only(run({ 'c.yaml': `${CONFIG_HEAD}streamingConnectionIdleTimeout: 0\n` }).findings(uri('c.yaml')), RULE), []);
});

test('a zero flag overrides the config file; removing it (on its own continuation line) lets the file\'s value apply', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml \\\n  --streaming-connection-idle-timeout=0m0s \\\n  --v=2\n';
  const h = run({ 'kubelet.service': unit, 'c.yaml': `${CONFIG_HEAD}streamingConnectionIdleTimeout: 5m\n` });
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    {
      rule: RULE,
      severity: 'warning',
      text: '--streaming-connection-idle-timeout=0m0s',
      ...range(unit, '--streaming-connection-idle-timeout=0m0s'),
      message: `${describe('0m0s')}: set by \`--streaming-connection-idle-timeout=0m0s\` in kubelet.service:3. ${NO_EFFECT}`,
    },
  ]);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml \\\n  --v=2\n');
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('a flag given twice: the last one is reported and the fix removes both, so no earlier value comes back', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --streaming-connection-idle-timeout=1h --v=2 --streaming-connection-idle-timeout=0\n';
  const h = run({ 'kubelet.service': unit });
  const [finding] = only(h.findings(uri('kubelet.service')), RULE);
  assert.equal(finding?.start, unit.lastIndexOf('--streaming-connection-idle-timeout=0'));
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --v=2\n');
});

test('env file: reported and removed there', () => {
  const env = 'KUBELET_EXTRA_ARGS="--node-ip=10.0.0.4 --streaming-connection-idle-timeout=0"\n';
  const h = run({
    'kubelet.service': '[Service]\nEnvironmentFile=-/etc/default/kubelet\nExecStart=/usr/bin/kubelet --config=/c.yaml $KUBELET_EXTRA_ARGS\n',
    'c.yaml': CONFIG_HEAD,
    'etc/default/kubelet': env,
  });
  assert.deepEqual(only(h.findings(uri('etc/default/kubelet')), RULE), [
    {
      rule: RULE,
      severity: 'warning',
      text: '--streaming-connection-idle-timeout=0',
      ...range(env, '--streaming-connection-idle-timeout=0'),
      message: `${describe('0')}: set by \`--streaming-connection-idle-timeout=0\` in etc/default/kubelet:1 (through $KUBELET_EXTRA_ARGS). ${NO_EFFECT}`,
    },
  ]);
  assert.equal(h.applyFix(uri('etc/default/kubelet'), RULE).get(uri('etc/default/kubelet')), 'KUBELET_EXTRA_ARGS="--node-ip=10.0.0.4"\n');
});

test('drop-in Environment= variable: reported and removed inside the quoted value', () => {
  const path = 'etc/systemd/system/kubelet.service.d/20-extra.conf';
  const dropIn = '[Service]\nEnvironment="KUBELET_EXTRA_ARGS=--streaming-connection-idle-timeout=0s --v=2"\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n';
  const h = run({ 'etc/systemd/system/kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n', [path]: dropIn });
  assert.deepEqual(only(h.findings(uri(path)), RULE).map((f) => [f.text, f.severity, f.message]), [
    ['--streaming-connection-idle-timeout=0s', 'warning', `${describe('0s')}: set by \`--streaming-connection-idle-timeout=0s\` in ${path}:2 (through $KUBELET_EXTRA_ARGS). ${NO_EFFECT}`],
  ]);
  assert.equal(h.applyFix(uri(path), RULE).get(uri(path)), '[Service]\nEnvironment="KUBELET_EXTRA_ARGS=--v=2"\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n');
});

test('absent (4h default), with or without --config, and a non-zero flag over a zero in the file: nothing to report', () => {
  assert.deepEqual(only(run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n' }).findings(uri('kubelet.service')), RULE), []);
  const withConfig = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': CONFIG_HEAD });
  assert.deepEqual(only(withConfig.findings(uri('kubelet.service')), RULE), []);
  const over = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --streaming-connection-idle-timeout=5m\n', 'c.yaml': `${CONFIG_HEAD}streamingConnectionIdleTimeout: 0s\n` });
  assert.deepEqual(only(over.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(over.findings(uri('c.yaml')), RULE), []);
});

test('rule metadata', () => {
  assert.equal(kubeletStreamingIdleTimeout.id, RULE);
  assert.equal(kubeletStreamingIdleTimeout.cis, '4.2.5');
  assert.equal(kubeletStreamingIdleTimeout.defaultSeverity, 'warning');
  assert.equal(kubeletStreamingIdleTimeout.fixable, true);
});
