import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri, type Harness } from '../../support/service-harness.js';
import { kubeletEventQps } from '../../../server/src/service/rules/kubelet-event-qps.js';

const RULE = 'kubelet-event-qps';
const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const DESCRIBE = 'The event rate limit is 0';
const CIS = 'CIS asks for a rate that keeps every event; a positive value sized for the node (the default is 50) says what you mean on every release.';
const BEFORE_137 =
  'On Kubernetes 1.36 a 0 is not "unlimited" as the field\'s documentation says: client-go replaces it with its own limit of 5 requests per second, a tenth of the default, so bursts of events are throttled and can be lost; from 1.37 the same 0 removes the limit and lets a busy node flood the API server. ' +
  CIS;
const FROM_137 = `On Kubernetes 1.37 a 0 means no limit at all: every event is kept, but a node stuck in crash loops or failing probes can flood the API server with them. ${CIS}`;

const run = (files: Record<string, string>, kubernetesVersion = '1.36'): Harness => harness(files, { kubernetesVersion }, [kubeletEventQps]);

function range(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `${needle} not in ${text}`);
  return { start, end: start + needle.length };
}

test('0 in the config file on 1.36: a hint that explains what 0 really does there; the fix writes the default 50', () => {
  const config = `${CONFIG_HEAD}eventRecordQPS: 0 # CIS 4.2.8\n`;
  const h = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': config });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), [
    { rule: RULE, severity: 'hint', text: 'eventRecordQPS: 0', ...range(config, 'eventRecordQPS: 0'), message: `${DESCRIBE}: set by \`eventRecordQPS: 0\` in c.yaml:3. ${BEFORE_137}` },
  ]);
  assert.deepEqual(h.raw(uri('c.yaml')).flatMap((f) => f.fixes.map((fix) => fix.title)), ['Set eventRecordQPS: 50']);
  assert.equal(h.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), `${CONFIG_HEAD}eventRecordQPS: 50 # CIS 4.2.8\n`);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
});

test('the target release decides the explanation: from 1.37 a 0 is truly unlimited', () => {
  const config = `${CONFIG_HEAD}eventRecordQPS: 0\n`;
  const h = run({ 'c.yaml': config }, '1.37');
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE).map((f) => [f.severity, f.message]), [['hint', `${DESCRIBE}: set by \`eventRecordQPS: 0\` in c.yaml:3. ${FROM_137}`]]);
  const older = run({ 'c.yaml': config }, '1.30');
  assert.equal(only(older.findings(uri('c.yaml')), RULE)[0]?.message, `${DESCRIBE}: set by \`eventRecordQPS: 0\` in c.yaml:3. ${BEFORE_137.replace('Kubernetes 1.36', 'Kubernetes 1.30')}`);
});

test('--event-qps=0 on ExecStart overrides the config file: reported on the flag, fixed in place', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --event-qps=0\n';
  const h = run({ 'kubelet.service': unit, 'c.yaml': `${CONFIG_HEAD}eventRecordQPS: 20\n` });
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    { rule: RULE, severity: 'hint', text: '--event-qps=0', ...range(unit, '--event-qps=0'), message: `${DESCRIBE}: set by \`--event-qps=0\` in kubelet.service:2. ${BEFORE_137}` },
  ]);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --event-qps=50\n');
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('env file and drop-in Environment= variable', () => {
  const env = 'KUBELET_EXTRA_ARGS=--event-qps 0 --v=2\n';
  const fromEnv = run({
    'kubelet.service': '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n',
    'etc/default/kubelet': env,
  });
  assert.deepEqual(only(fromEnv.findings(uri('etc/default/kubelet')), RULE), [
    {
      rule: RULE,
      severity: 'hint',
      text: '--event-qps 0',
      ...range(env, '--event-qps 0'),
      message: `${DESCRIBE}: set by \`--event-qps 0\` in etc/default/kubelet:1 (through $KUBELET_EXTRA_ARGS). ${BEFORE_137}`,
    },
  ]);
  assert.equal(fromEnv.applyFix(uri('etc/default/kubelet'), RULE).get(uri('etc/default/kubelet')), 'KUBELET_EXTRA_ARGS=--event-qps 50 --v=2\n');

  const path = 'etc/systemd/system/kubelet.service.d/20-events.conf';
  const dropIn = '[Service]\nEnvironment="EVENTS=--event-qps=00"\nExecStart=\nExecStart=/usr/bin/kubelet $EVENTS\n';
  const fromDropIn = run({ 'etc/systemd/system/kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n', [path]: dropIn });
  assert.deepEqual(only(fromDropIn.findings(uri(path)), RULE).map((f) => [f.text, f.message]), [
    ['--event-qps=00', `${DESCRIBE}: set by \`--event-qps=00\` in ${path}:2 (through $EVENTS). ${BEFORE_137}`],
  ]);
  assert.equal(fromDropIn.applyFix(uri(path), RULE).get(uri(path)), dropIn.replace('=00"', '=50"'));
});

test('absent (the default is 50), with or without --config: nothing to report', () => {
  assert.deepEqual(only(run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n' }).findings(uri('kubelet.service')), RULE), []);
  const withConfig = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': CONFIG_HEAD });
  assert.deepEqual(only(withConfig.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(withConfig.findings(uri('c.yaml')), RULE), []);
});

test('negatives: a positive rate, a positive flag over 0 in the file, and negative values (kubelet-invalid-value reports those)', () => {
  assert.deepEqual(only(run({ 'c.yaml': `${CONFIG_HEAD}eventRecordQPS: 5\n` }).findings(uri('c.yaml')), RULE), []);
  const over = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --event-qps=50\n', 'c.yaml': `${CONFIG_HEAD}eventRecordQPS: 0\n` });
  assert.deepEqual(only(over.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(over.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(run({ 'c.yaml': `${CONFIG_HEAD}eventRecordQPS: -1\n` }).findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --event-qps=-5\n' }).findings(uri('kubelet.service')), RULE), []);
});

test('rule metadata', () => {
  assert.equal(kubeletEventQps.id, RULE);
  assert.equal(kubeletEventQps.cis, '4.2.8');
  assert.equal(kubeletEventQps.defaultSeverity, 'hint');
  assert.equal(kubeletEventQps.fixable, true);
  assert.equal(kubeletEventQps.scope, 'node');
});
