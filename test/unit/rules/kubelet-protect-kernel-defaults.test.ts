import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri, type Harness } from '../../support/service-harness.js';
import { kubeletProtectKernelDefaults } from '../../../server/src/service/rules/kubelet-protect-kernel-defaults.js';

const RULE = 'kubelet-protect-kernel-defaults';
const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const DESCRIBE =
  'Kernel tunables are not protected (protectKernelDefaults is false: the kubelet rewrites sysctls it disagrees with instead of failing; set them on the node before turning this on)';

const run = (files: Record<string, string>): Harness => harness(files, {}, [kubeletProtectKernelDefaults]);

function range(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `${needle} not in ${text}`);
  return { start, end: start + needle.length };
}

test('absent without --config: only a hint on ExecStart; the fix adds the flag', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --v=2\n';
  const h = run({ 'kubelet.service': unit });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    { rule: RULE, severity: 'hint', text: 'ExecStart', ...range(unit, 'ExecStart'), message: `${DESCRIBE}: the kubelet's flag default, since no --config file is used.` },
  ]);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --protect-kernel-defaults=true --v=2\n');
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('absent with --config: a hint on ExecStart; the preferred fix inserts the field into the config file', () => {
  const h = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': `${CONFIG_HEAD}readOnlyPort: 0\n` });
  const findings = only(h.findings(uri('kubelet.service')), RULE);
  assert.deepEqual(findings.map((f) => [f.text, f.severity, f.message]), [['ExecStart', 'hint', `${DESCRIBE}: the KubeletConfiguration default, since c.yaml does not set it.`]]);
  assert.deepEqual(h.raw(uri('kubelet.service')).flatMap((f) => f.fixes.map((fix) => fix.title)), ['Add protectKernelDefaults: true to c.yaml', 'Add --protect-kernel-defaults=true']);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('c.yaml')), `${CONFIG_HEAD}readOnlyPort: 0\nprotectKernelDefaults: true\n`);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('explicit false in the config file: a warning on the field; the fix sets true', () => {
  const config = `${CONFIG_HEAD}protectKernelDefaults: false   # see runbook\n`;
  const h = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': config });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), [
    { rule: RULE, severity: 'warning', text: 'protectKernelDefaults: false', ...range(config, 'protectKernelDefaults: false'), message: `${DESCRIBE}: set by \`protectKernelDefaults: false\` in c.yaml:3.` },
  ]);
  assert.equal(h.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), `${CONFIG_HEAD}protectKernelDefaults: true   # see runbook\n`);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
});

test('an explicit false flag is a warning and overrides true in the config file', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --protect-kernel-defaults=false\n';
  const h = run({ 'kubelet.service': unit, 'c.yaml': `${CONFIG_HEAD}protectKernelDefaults: true\n` });
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    { rule: RULE, severity: 'warning', text: '--protect-kernel-defaults=false', ...range(unit, '--protect-kernel-defaults=false'), message: `${DESCRIBE}: set by \`--protect-kernel-defaults=false\` in kubelet.service:2.` },
  ]);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --protect-kernel-defaults=true\n');
});

test('a --config-dir fragment that turns it off wins over the config file', () => {
  const fragment = `${CONFIG_HEAD}protectKernelDefaults: false\n`;
  const path = 'etc/kubernetes/kubelet.conf.d/50-dev.conf';
  const h = run({
    'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --config-dir=/etc/kubernetes/kubelet.conf.d\n',
    'c.yaml': `${CONFIG_HEAD}protectKernelDefaults: true\n`,
    [path]: fragment,
  });
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(h.findings(uri(path)), RULE), [
    {
      rule: RULE,
      severity: 'warning',
      text: 'protectKernelDefaults: false',
      ...range(fragment, 'protectKernelDefaults: false'),
      message: `${DESCRIBE}: set by \`protectKernelDefaults: false\` in the --config-dir fragment ${path}:3.`,
    },
  ]);
});

test('env file and drop-in Environment= variable: warnings where the flag is written', () => {
  const env = 'KUBELET_EXTRA_ARGS=--protect-kernel-defaults=F\n';
  const fromEnv = run({
    'kubelet.service': '[Service]\nEnvironmentFile=-/etc/default/kubelet\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n',
    'etc/default/kubelet': env,
  });
  assert.deepEqual(only(fromEnv.findings(uri('etc/default/kubelet')), RULE).map((f) => [f.text, f.severity, f.start, f.message]), [
    ['--protect-kernel-defaults=F', 'warning', env.indexOf('--protect'), `${DESCRIBE}: set by \`--protect-kernel-defaults=F\` in etc/default/kubelet:1 (through $KUBELET_EXTRA_ARGS).`],
  ]);
  assert.equal(fromEnv.applyFix(uri('etc/default/kubelet'), RULE).get(uri('etc/default/kubelet')), 'KUBELET_EXTRA_ARGS=--protect-kernel-defaults=true\n');

  const path = 'etc/systemd/system/kubelet.service.d/20-extra.conf';
  const dropIn = '[Service]\nEnvironment="KUBELET_EXTRA_ARGS=--protect-kernel-defaults=false"\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n';
  const fromDropIn = run({ 'etc/systemd/system/kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n', [path]: dropIn });
  assert.deepEqual(only(fromDropIn.findings(uri(path)), RULE).map((f) => [f.text, f.severity]), [['--protect-kernel-defaults=false', 'warning']]);
  assert.equal(fromDropIn.applyFix(uri(path), RULE).get(uri(path)), dropIn.replace('=false"', '=true"'));
});

test('negatives: true in the config file, a bare flag, a true flag over a false file', () => {
  const inFile = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': `${CONFIG_HEAD}protectKernelDefaults: true\n` });
  assert.deepEqual(only(inFile.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(inFile.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --protect-kernel-defaults\n' }).findings(uri('kubelet.service')), RULE), []);
  const over = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --protect-kernel-defaults=true\n', 'c.yaml': `${CONFIG_HEAD}protectKernelDefaults: false\n` });
  assert.deepEqual(only(over.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(over.findings(uri('kubelet.service')), RULE), []);
});

test('unknown effective value (the config file is not in the workspace): nothing reported', () => {
  assert.deepEqual(only(run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml\n' }).findings(uri('kubelet.service')), RULE), []);
});

test('rule metadata: CIS 4.2.6 of the older numbering', () => {
  assert.equal(kubeletProtectKernelDefaults.cis, '4.2.6');
  assert.equal(kubeletProtectKernelDefaults.defaultSeverity, 'warning');
  assert.equal(kubeletProtectKernelDefaults.fixable, true);
});
