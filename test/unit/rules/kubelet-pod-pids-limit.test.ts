import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri, type Harness } from '../../support/service-harness.js';
import { kubeletPodPidsLimit } from '../../../server/src/service/rules/kubelet-pod-pids-limit.js';

const RULE = 'kubelet-pod-pids-limit';
const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const TAIL = "so a single pod can use up the node's process IDs";

const run = (files: Record<string, string>): Harness => harness(files, {}, [kubeletPodPidsLimit]);

function range(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `${needle} not in ${text}`);
  return { start, end: start + needle.length };
}

function assertNoFix(h: Harness, path: string): void {
  const raw = h.raw(uri(path)).filter((f) => f.ruleId === RULE);
  assert.ok(raw.length > 0);
  assert.deepEqual(raw.map((f) => f.fixes.length), raw.map(() => 0));
}

test('absent without --config: a hint on ExecStart, and no fix (the right limit depends on the workloads)', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --v=2\n';
  const h = run({ 'kubelet.service': unit });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    { rule: RULE, severity: 'hint', text: 'ExecStart', ...range(unit, 'ExecStart'), message: `No per-pod PID limit is set (the default -1 means none), ${TAIL}: the kubelet's flag default, since no --config file is used.` },
  ]);
  assertNoFix(h, 'kubelet.service');
});

test('absent with --config: a hint naming the config file', () => {
  const h = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': CONFIG_HEAD });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE).map((f) => [f.text, f.severity, f.message]), [
    ['ExecStart', 'hint', `No per-pod PID limit is set (the default -1 means none), ${TAIL}: the KubeletConfiguration default, since c.yaml does not set it.`],
  ]);
  assertNoFix(h, 'kubelet.service');
});

test('explicit -1, 0 and another negative in the config file are warnings on the field', () => {
  const cases: [string, string][] = [
    ['-1', '-1 means none'],
    ['0', '0 means none'],
    ['-5', '-5: any negative value means none'],
  ];
  for (const [value, why] of cases) {
    const config = `${CONFIG_HEAD}podPidsLimit: ${value} # per pod\n`;
    const h = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': config });
    assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [], value);
    assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), [
      { rule: RULE, severity: 'warning', text: `podPidsLimit: ${value}`, ...range(config, `podPidsLimit: ${value}`), message: `No per-pod PID limit is set (${why}), ${TAIL}: set by \`podPidsLimit: ${value}\` in c.yaml:3.` },
    ]);
    assertNoFix(h, 'c.yaml');
  }
});

test('a flag of -1 overrides a limit in the config file: a warning on the flag', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --pod-max-pids=-1\n';
  const h = run({ 'kubelet.service': unit, 'c.yaml': `${CONFIG_HEAD}podPidsLimit: 4096\n` });
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    { rule: RULE, severity: 'warning', text: '--pod-max-pids=-1', ...range(unit, '--pod-max-pids=-1'), message: `No per-pod PID limit is set (-1 means none), ${TAIL}: set by \`--pod-max-pids=-1\` in kubelet.service:2.` },
  ]);
});

test('a flag is decoded as Go does: 0x0 is 0', () => {
  const h = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --pod-max-pids 0x0\n' });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE).map((f) => [f.text, f.message]), [
    ['--pod-max-pids 0x0', `No per-pod PID limit is set (0 means none), ${TAIL}: set by \`--pod-max-pids 0x0\` in kubelet.service:2.`],
  ]);
});

test('env file and drop-in Environment= variable', () => {
  const env = 'KUBELET_EXTRA_ARGS="--pod-max-pids=-1"\n';
  const fromEnv = run({
    'kubelet.service': '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n',
    'etc/default/kubelet': env,
  });
  assert.deepEqual(only(fromEnv.findings(uri('etc/default/kubelet')), RULE), [
    {
      rule: RULE,
      severity: 'warning',
      text: '--pod-max-pids=-1',
      ...range(env, '--pod-max-pids=-1'),
      message: `No per-pod PID limit is set (-1 means none), ${TAIL}: set by \`--pod-max-pids=-1\` in etc/default/kubelet:1 (through $KUBELET_EXTRA_ARGS).`,
    },
  ]);
  const path = 'etc/systemd/system/kubelet.service.d/20-extra.conf';
  const dropIn = '[Service]\nEnvironment="EXTRA=--pod-max-pids=-10"\nExecStart=\nExecStart=/usr/bin/kubelet $EXTRA\n';
  const fromDropIn = run({ 'etc/systemd/system/kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n', [path]: dropIn });
  assert.deepEqual(only(fromDropIn.findings(uri(path)), RULE).map((f) => [f.text, f.severity, f.message]), [
    ['--pod-max-pids=-10', 'warning', `No per-pod PID limit is set (-10: any negative value means none), ${TAIL}: set by \`--pod-max-pids=-10\` in ${path}:2 (through $EXTRA).`],
  ]);
});

test('negatives: a positive limit in the file, as a flag, or as a flag over -1 in the file; a quoted string is a type error, not this rule\'s', () => {
  const inFile = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': `${CONFIG_HEAD}podPidsLimit: 1024\n` });
  assert.deepEqual(only(inFile.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(inFile.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --pod-max-pids=4096\n' }).findings(uri('kubelet.service')), RULE), []);
  const over = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --pod-max-pids=4096\n', 'c.yaml': `${CONFIG_HEAD}podPidsLimit: -1\n` });
  assert.deepEqual(only(over.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(over.findings(uri('kubelet.service')), RULE), []);
  const quoted = run({ 'c.yaml': `${CONFIG_HEAD}podPidsLimit: "-1"\n` });
  assert.deepEqual(only(quoted.findings(uri('c.yaml')), RULE), []);
});

test('unknown effective value (the env file is not in the workspace): nothing is judged from defaults', () => {
  assert.deepEqual(only(run({ 'kubelet.service': '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet $ARGS\n' }).findings(uri('kubelet.service')), RULE), []);
});

test('rule metadata', () => {
  assert.equal(kubeletPodPidsLimit.cis, '4.2.13');
  assert.equal(kubeletPodPidsLimit.defaultSeverity, 'warning');
  assert.equal(kubeletPodPidsLimit.fixable, false);
});
