import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri, type Harness } from '../../support/service-harness.js';
import { kubeletSeccompDefault } from '../../../server/src/service/rules/kubelet-seccomp-default.js';

const RULE = 'kubelet-seccomp-default';
const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const DESCRIBE = 'Containers that name no seccomp profile run unconfined (RuntimeDefault seccomp is off)';

const run = (files: Record<string, string>): Harness => harness(files, {}, [kubeletSeccompDefault]);

function range(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `${needle} not in ${text}`);
  return { start, end: start + needle.length };
}

const fixTitles = (h: Harness, path: string): string[][] => h.raw(uri(path)).filter((f) => f.ruleId === RULE).map((f) => f.fixes.map((fix) => fix.title));

test('absent without --config: a hint on ExecStart; the fix adds --seccomp-default=true', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --v=2\n';
  const h = run({ 'kubelet.service': unit });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    { rule: RULE, severity: 'hint', text: 'ExecStart', ...range(unit, 'ExecStart'), message: `${DESCRIBE}: the kubelet's flag default, since no --config file is used.` },
  ]);
  assert.deepEqual(fixTitles(h, 'kubelet.service'), [['Add --seccomp-default=true']]);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --seccomp-default=true --v=2\n');
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('absent with --config: a hint; the preferred fix inserts seccompDefault: true into the config file', () => {
  const config = `${CONFIG_HEAD}authentication:\n  anonymous:\n    enabled: false\n`;
  const h = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml\n', 'var/lib/kubelet/config.yaml': config });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE).map((f) => [f.text, f.severity, f.message]), [
    ['ExecStart', 'hint', `${DESCRIBE}: the KubeletConfiguration default, since var/lib/kubelet/config.yaml does not set it.`],
  ]);
  assert.deepEqual(fixTitles(h, 'kubelet.service'), [['Add seccompDefault: true to var/lib/kubelet/config.yaml', 'Add --seccomp-default=true']]);
  const fixed = h.applyFix(uri('kubelet.service'), RULE);
  assert.equal(fixed.get(uri('var/lib/kubelet/config.yaml')), `${config}seccompDefault: true\n`);
  assert.equal(fixed.has(uri('kubelet.service')), false);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(h.findings(uri('var/lib/kubelet/config.yaml')), RULE), []);
});

test('a config file alone: absent is a hint on its first line, explicit false a warning on the field', () => {
  const absent = run({ 'c.yaml': CONFIG_HEAD });
  assert.deepEqual(only(absent.findings(uri('c.yaml')), RULE), [
    { rule: RULE, severity: 'hint', text: 'apiVersion: kubelet.config.k8s.io/v1beta1', start: 0, end: 41, message: `${DESCRIBE}: the KubeletConfiguration default, since c.yaml does not set it.` },
  ]);
  assert.equal(absent.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), `${CONFIG_HEAD}seccompDefault: true\n`);

  const config = `${CONFIG_HEAD}seccompDefault: false # breaks legacy images\n`;
  const explicit = run({ 'c.yaml': config });
  assert.deepEqual(only(explicit.findings(uri('c.yaml')), RULE), [
    { rule: RULE, severity: 'warning', text: 'seccompDefault: false', ...range(config, 'seccompDefault: false'), message: `${DESCRIBE}: set by \`seccompDefault: false\` in c.yaml:3.` },
  ]);
  assert.equal(explicit.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), `${CONFIG_HEAD}seccompDefault: true # breaks legacy images\n`);
  assert.deepEqual(only(explicit.findings(uri('c.yaml')), RULE), []);
});

test('explicit false in the config file used by a unit: a warning in the file, nothing on ExecStart', () => {
  const config = `${CONFIG_HEAD}seccompDefault: no\n`;
  const h = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': config });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE).map((f) => [f.text, f.severity, f.message]), [
    ['seccompDefault: no', 'warning', `${DESCRIBE}: set by \`seccompDefault: false\` in c.yaml:3.`],
  ]);
});

test('TRAP: --seccomp-default=false cannot turn off seccompDefault: true in the file (the kubelet OR-s them)', () => {
  const h = run({
    'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --seccomp-default=false\n',
    'c.yaml': `${CONFIG_HEAD}seccompDefault: true\n`,
  });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
  // The model knows the OR too: the file's true stands, and the false flag is what it overrides.
  assert.deepEqual(h.effective(uri('c.yaml'), 'seccompDefault'), { value: true, origin: 'config:c.yaml:3', overridden: ['flag:--seccomp-default=false'] });
});

test('TRAP: the flag turns it on even when the file says false', () => {
  const h = run({
    'kubelet.service': '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet --config=/c.yaml $KUBELET_EXTRA_ARGS\n',
    'etc/default/kubelet': 'KUBELET_EXTRA_ARGS=--seccomp-default\n',
    'c.yaml': `${CONFIG_HEAD}seccompDefault: false\n`,
  });
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(h.findings(uri('etc/default/kubelet')), RULE), []);
});

test('a false flag with nothing in the file: a warning on the flag; the fix sets it true', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --seccomp-default=false\n';
  const h = run({ 'kubelet.service': unit, 'c.yaml': CONFIG_HEAD });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    { rule: RULE, severity: 'warning', text: '--seccomp-default=false', ...range(unit, '--seccomp-default=false'), message: `${DESCRIBE}: set by \`--seccomp-default=false\` in kubelet.service:2.` },
  ]);
  assert.deepEqual(fixTitles(h, 'kubelet.service'), [['Set --seccomp-default=true']]);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --seccomp-default=true\n');
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('false on both sides: one warning on the flag that also names the file; fixing the flag is enough', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --seccomp-default=0\n';
  const h = run({ 'kubelet.service': unit, 'c.yaml': `${CONFIG_HEAD}seccompDefault: false\n` });
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    {
      rule: RULE,
      severity: 'warning',
      text: '--seccomp-default=0',
      ...range(unit, '--seccomp-default=0'),
      message: `${DESCRIBE}: set by \`--seccomp-default=0\` in kubelet.service:2; the config file leaves it off too (set by \`seccompDefault: false\` in c.yaml:3).`,
    },
  ]);
  h.applyFix(uri('kubelet.service'), RULE);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
});

test('env file and drop-in Environment= variable with a false flag and no --config', () => {
  const env = 'KUBELET_EXTRA_ARGS="--seccomp-default=false"\n';
  const fromEnv = run({
    'kubelet.service': '[Service]\nEnvironmentFile=-/etc/default/kubelet\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n',
    'etc/default/kubelet': env,
  });
  assert.deepEqual(only(fromEnv.findings(uri('etc/default/kubelet')), RULE), [
    {
      rule: RULE,
      severity: 'warning',
      text: '--seccomp-default=false',
      ...range(env, '--seccomp-default=false'),
      message: `${DESCRIBE}: set by \`--seccomp-default=false\` in etc/default/kubelet:1 (through $KUBELET_EXTRA_ARGS).`,
    },
  ]);
  assert.equal(fromEnv.applyFix(uri('etc/default/kubelet'), RULE).get(uri('etc/default/kubelet')), 'KUBELET_EXTRA_ARGS="--seccomp-default=true"\n');

  const path = 'etc/systemd/system/kubelet.service.d/20-extra.conf';
  const dropIn = '[Service]\nEnvironment="KUBELET_EXTRA_ARGS=--seccomp-default=False --v=2"\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n';
  const fromDropIn = run({ 'etc/systemd/system/kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n', [path]: dropIn });
  assert.deepEqual(only(fromDropIn.findings(uri(path)), RULE).map((f) => [f.text, f.severity, f.message]), [
    ['--seccomp-default=False', 'warning', `${DESCRIBE}: set by \`--seccomp-default=False\` in ${path}:2 (through $KUBELET_EXTRA_ARGS).`],
  ]);
  assert.equal(fromDropIn.applyFix(uri(path), RULE).get(uri(path)), dropIn.replace('=False', '=true'));
});

test('--config-dir fragments merge over the file: a fragment can turn it on or off', () => {
  const on = run({
    'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --config-dir=/etc/kubernetes/kubelet.conf.d\n',
    'c.yaml': `${CONFIG_HEAD}seccompDefault: false\n`,
    'etc/kubernetes/kubelet.conf.d/10-seccomp.conf': `${CONFIG_HEAD}seccompDefault: true\n`,
  });
  assert.deepEqual(only(on.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(on.findings(uri('kubelet.service')), RULE), []);

  const path = 'etc/kubernetes/kubelet.conf.d/90-off.conf';
  const off = run({
    'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --config-dir=/etc/kubernetes/kubelet.conf.d --seccomp-default=false\n',
    'c.yaml': `${CONFIG_HEAD}seccompDefault: true\n`,
    [path]: `${CONFIG_HEAD}seccompDefault: false\n`,
  });
  assert.deepEqual(only(off.findings(uri(path)), RULE), []);
  assert.deepEqual(only(off.findings(uri('kubelet.service')), RULE).map((f) => f.message), [
    `${DESCRIBE}: set by \`--seccomp-default=false\` in kubelet.service:2; the config file leaves it off too (set by \`seccompDefault: false\` in the --config-dir fragment ${path}:3).`,
  ]);
});

test('negatives: true in the file, true or bare on the command line, a bare flag with a stray "false" after it', () => {
  const inFile = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': `${CONFIG_HEAD}seccompDefault: true\n` });
  assert.deepEqual(only(inFile.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(inFile.findings(uri('c.yaml')), RULE), []);
  for (const flag of ['--seccomp-default=true', '--seccomp-default', '--seccomp-default false', '--seccomp_default=T']) {
    const h = run({ 'kubelet.service': `[Service]\nExecStart=/usr/bin/kubelet ${flag}\n` });
    assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [], flag);
  }
});

test('not judged: an undecodable flag value, a wrong-typed field, or a config file missing from the workspace', () => {
  assert.deepEqual(only(run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --seccomp-default=maybe\n' }).findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(run({ 'c.yaml': `${CONFIG_HEAD}seccompDefault: "false"\n` }).findings(uri('c.yaml')), RULE), []);
  const missing = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --seccomp-default=false\n' });
  assert.deepEqual(only(missing.findings(uri('kubelet.service')), RULE), []);
  const missingEnv = run({ 'kubelet.service': '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet $ARGS\n' });
  assert.deepEqual(only(missingEnv.findings(uri('kubelet.service')), RULE), []);
});

test('rule metadata', () => {
  assert.equal(kubeletSeccompDefault.id, RULE);
  assert.equal(kubeletSeccompDefault.cis, '4.2.14');
  assert.equal(kubeletSeccompDefault.defaultSeverity, 'warning');
  assert.equal(kubeletSeccompDefault.fixable, true);
  assert.equal(kubeletSeccompDefault.scope, 'node');
});
