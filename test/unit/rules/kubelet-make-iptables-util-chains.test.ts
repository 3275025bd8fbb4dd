import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri, type Harness } from '../../support/service-harness.js';
import { kubeletMakeIptablesUtilChains } from '../../../server/src/service/rules/kubelet-make-iptables-util-chains.js';

const RULE = 'kubelet-make-iptables-util-chains';
const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const DESCRIBE = 'The kubelet does not create or repair its iptables utility chains (makeIPTablesUtilChains is false)';

const run = (files: Record<string, string>): Harness => harness(files, {}, [kubeletMakeIptablesUtilChains]);

function range(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `${needle} not in ${text}`);
  return { start, end: start + needle.length };
}

test('absent: the default is true, with or without --config', () => {
  assert.deepEqual(only(run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n' }).findings(uri('kubelet.service')), RULE), []);
  const withConfig = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': CONFIG_HEAD });
  assert.deepEqual(only(withConfig.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(withConfig.findings(uri('c.yaml')), RULE), []);
});

test('false on ExecStart: a warning on the flag; the fix sets true in place, and a second run finds nothing', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --make-iptables-util-chains=false --v=2\n';
  const h = run({ 'kubelet.service': unit });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    {
      rule: RULE,
      severity: 'warning',
      text: '--make-iptables-util-chains=false',
      ...range(unit, '--make-iptables-util-chains=false'),
      message: `${DESCRIBE}: set by \`--make-iptables-util-chains=false\` in kubelet.service:2.`,
    },
  ]);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --make-iptables-util-chains=true --v=2\n');
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.throws(() => h.applyFix(uri('kubelet.service'), RULE), /no kubelet-make-iptables-util-chains finding/);
});

test('config file false (YAML 1.1 "no"): reported on the field; the fix keeps the comment', () => {
  const config = `${CONFIG_HEAD}makeIPTablesUtilChains: no # managed by kube-proxy\n`;
  const h = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': config });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), [
    { rule: RULE, severity: 'warning', text: 'makeIPTablesUtilChains: no', ...range(config, 'makeIPTablesUtilChains: no'), message: `${DESCRIBE}: set by \`makeIPTablesUtilChains: false\` in c.yaml:3.` },
  ]);
  assert.equal(h.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), `${CONFIG_HEAD}makeIPTablesUtilChains: true # managed by kube-proxy\n`);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
});

test('a false flag overrides true in the config file: reported on the flag, not in the file', () => {
  const h = run({
    'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --make-iptables-util-chains=f\n',
    'c.yaml': `${CONFIG_HEAD}makeIPTablesUtilChains: true\n`,
  });
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
  const [finding] = only(h.findings(uri('kubelet.service')), RULE);
  assert.equal(finding?.text, '--make-iptables-util-chains=f');
  assert.equal(finding?.message, `${DESCRIBE}: set by \`--make-iptables-util-chains=f\` in kubelet.service:2.`);
});

test('a true flag overrides false in the config file: nothing to report', () => {
  const h = run({
    'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --make-iptables-util-chains\n',
    'c.yaml': `${CONFIG_HEAD}makeIPTablesUtilChains: false\n`,
  });
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('"--make-iptables-util-chains false" means true (the false is a stray argument): not this rule\'s finding', () => {
  const h = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --make-iptables-util-chains false\n' });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('env file: 0 is false for Go\'s ParseBool; the fix edits the env file', () => {
  const env = 'KUBELET_EXTRA_ARGS=--node-ip=10.0.0.1 --make-iptables-util-chains=0\n';
  const h = run({
    'kubelet.service': '[Service]\nEnvironmentFile=-/etc/default/kubelet\nExecStart=/usr/bin/kubelet --config=/c.yaml $KUBELET_EXTRA_ARGS\n',
    'c.yaml': CONFIG_HEAD,
    'etc/default/kubelet': env,
  });
  assert.deepEqual(only(h.findings(uri('etc/default/kubelet')), RULE), [
    {
      rule: RULE,
      severity: 'warning',
      text: '--make-iptables-util-chains=0',
      ...range(env, '--make-iptables-util-chains=0'),
      message: `${DESCRIBE}: set by \`--make-iptables-util-chains=0\` in etc/default/kubelet:1 (through $KUBELET_EXTRA_ARGS).`,
    },
  ]);
  assert.equal(h.applyFix(uri('etc/default/kubelet'), RULE).get(uri('etc/default/kubelet')), 'KUBELET_EXTRA_ARGS=--node-ip=10.0.0.1 --make-iptables-util-chains=true\n');
});

test('drop-in Environment= variable: reported and fixed inside the quoted value', () => {
  const dropIn = '[Service]\nEnvironment="KUBELET_EXTRA_ARGS=--make-iptables-util-chains=false"\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n';
  const path = 'etc/systemd/system/kubelet.service.d/20-extra.conf';
  const h = run({ 'etc/systemd/system/kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n', [path]: dropIn });
  const [finding] = only(h.findings(uri(path)), RULE);
  assert.equal(finding?.text, '--make-iptables-util-chains=false');
  assert.equal(finding?.message, `${DESCRIBE}: set by \`--make-iptables-util-chains=false\` in ${path}:2 (through $KUBELET_EXTRA_ARGS).`);
  assert.equal(h.applyFix(uri(path), RULE).get(uri(path)), dropIn.replace('=false"', '=true"'));
});

test('unknown effective value (the config file is not in the workspace): nothing reported', () => {
  const h = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml\n' });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('rule metadata', () => {
  assert.equal(kubeletMakeIptablesUtilChains.cis, '4.2.6');
  assert.equal(kubeletMakeIptablesUtilChains.defaultSeverity, 'warning');
  assert.equal(kubeletMakeIptablesUtilChains.fixable, true);
});
