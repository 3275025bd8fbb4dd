import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri, type Harness } from '../../support/service-harness.js';
import { kubeletRotateCertificates } from '../../../server/src/service/rules/kubelet-rotate-certificates.js';

const RULE = 'kubelet-rotate-certificates';
const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const DESCRIBE = 'The kubelet does not renew its client certificate (rotateCertificates is false)';

const run = (files: Record<string, string>): Harness => harness(files, {}, [kubeletRotateCertificates]);

function range(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `${needle} not in ${text}`);
  return { start, end: start + needle.length };
}

const fixTitles = (h: Harness, path: string): string[][] => h.raw(uri(path)).filter((f) => f.ruleId === RULE).map((f) => f.fixes.map((fix) => fix.title));

test('the default is off: without --config a warning on ExecStart, the fix adds the flag after the kubelet path', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet \\\n  --kubeconfig=/etc/kubernetes/kubelet.conf\n';
  const h = run({ 'kubelet.service': unit });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    { rule: RULE, severity: 'warning', text: 'ExecStart', ...range(unit, 'ExecStart'), message: `${DESCRIBE}: the kubelet's flag default, since no --config file is used.` },
  ]);
  assert.deepEqual(fixTitles(h, 'kubelet.service'), [['Add --rotate-certificates=true']]);
  assert.equal(
    h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')),
    '[Service]\nExecStart=/usr/bin/kubelet --rotate-certificates=true \\\n  --kubeconfig=/etc/kubernetes/kubelet.conf\n',
  );
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('absent with --config in the workspace: the preferred fix inserts the field at the top level of the config file', () => {
  const config = `${CONFIG_HEAD}authentication:\n  anonymous:\n    enabled: false\n# end of file\n`;
  const h = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml\n', 'var/lib/kubelet/config.yaml': config });
  const [finding] = only(h.findings(uri('kubelet.service')), RULE);
  assert.equal(finding?.text, 'ExecStart');
  assert.equal(finding?.message, `${DESCRIBE}: the KubeletConfiguration default, since var/lib/kubelet/config.yaml does not set it.`);
  assert.deepEqual(fixTitles(h, 'kubelet.service'), [['Add rotateCertificates: true to var/lib/kubelet/config.yaml', 'Add --rotate-certificates=true']]);
  const fixed = h.applyFix(uri('kubelet.service'), RULE);
  assert.deepEqual([...fixed.keys()], [uri('var/lib/kubelet/config.yaml')]);
  assert.equal(fixed.get(uri('var/lib/kubelet/config.yaml')), `${CONFIG_HEAD}authentication:\n  anonymous:\n    enabled: false\nrotateCertificates: true\n# end of file\n`);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(h.findings(uri('var/lib/kubelet/config.yaml')), RULE), []);
});

test('a config file alone: reported on its first line, the fix inserts the field', () => {
  const h = run({ 'c.yaml': CONFIG_HEAD });
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), [
    { rule: RULE, severity: 'warning', text: 'apiVersion: kubelet.config.k8s.io/v1beta1', start: 0, end: 41, message: `${DESCRIBE}: the KubeletConfiguration default, since c.yaml does not set it.` },
  ]);
  assert.equal(h.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), `${CONFIG_HEAD}rotateCertificates: true\n`);
});

test('explicit false in the config file: reported on the field, the fix sets true', () => {
  const config = `${CONFIG_HEAD}rotateCertificates: false\nserverTLSBootstrap: true\n`;
  const h = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': config });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), [
    { rule: RULE, severity: 'warning', text: 'rotateCertificates: false', ...range(config, 'rotateCertificates: false'), message: `${DESCRIBE}: set by \`rotateCertificates: false\` in c.yaml:3.` },
  ]);
  assert.equal(h.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), `${CONFIG_HEAD}rotateCertificates: true\nserverTLSBootstrap: true\n`);
});

test('a false flag overrides true in the config file', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --rotate-certificates=false\n';
  const h = run({ 'kubelet.service': unit, 'c.yaml': `${CONFIG_HEAD}rotateCertificates: true\n` });
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    { rule: RULE, severity: 'warning', text: '--rotate-certificates=false', ...range(unit, '--rotate-certificates=false'), message: `${DESCRIBE}: set by \`--rotate-certificates=false\` in kubelet.service:2.` },
  ]);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --rotate-certificates=true\n');
});

test('kubeadm layout: false in kubeadm-flags.env wins over the config file and is fixed there', () => {
  const env = 'KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///run/containerd/containerd.sock --rotate-certificates=False"\n';
  const h = run({
    'usr/lib/systemd/system/kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n',
    'usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf':
      '[Service]\nEnvironment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"\nEnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS\n',
    'var/lib/kubelet/kubeadm-flags.env': env,
    'var/lib/kubelet/config.yaml': `${CONFIG_HEAD}rotateCertificates: true\n`,
  });
  const path = 'var/lib/kubelet/kubeadm-flags.env';
  assert.deepEqual(only(h.findings(uri(path)), RULE), [
    {
      rule: RULE,
      severity: 'warning',
      text: '--rotate-certificates=False',
      ...range(env, '--rotate-certificates=False'),
      message: `${DESCRIBE}: set by \`--rotate-certificates=False\` in ${path}:1 (through $KUBELET_KUBEADM_ARGS).`,
    },
  ]);
  assert.deepEqual(only(h.findings(uri('var/lib/kubelet/config.yaml')), RULE), []);
  assert.equal(h.applyFix(uri(path), RULE).get(uri(path)), env.replace('=False', '=true'));
});

test('drop-in Environment= variable with a false flag', () => {
  const path = 'etc/systemd/system/kubelet.service.d/20-extra.conf';
  const dropIn = '[Service]\nEnvironment="EXTRA=--rotate-certificates=0 --v=2"\nExecStart=\nExecStart=/usr/bin/kubelet $EXTRA\n';
  const h = run({ 'etc/systemd/system/kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n', [path]: dropIn });
  assert.deepEqual(only(h.findings(uri(path)), RULE).map((f) => [f.text, f.message]), [
    ['--rotate-certificates=0', `${DESCRIBE}: set by \`--rotate-certificates=0\` in ${path}:2 (through $EXTRA).`],
  ]);
  assert.equal(h.applyFix(uri(path), RULE).get(uri(path)), dropIn.replace('=0 ', '=true '));
});

test('negatives: true in the config file, a bare flag, a true flag over a false config, a true flag in an env file', () => {
  const config = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': `${CONFIG_HEAD}rotateCertificates: yes\n` });
  assert.deepEqual(only(config.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(config.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --rotate-certificates\n' }).findings(uri('kubelet.service')), RULE), []);
  const over = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --rotate-certificates=true\n', 'c.yaml': `${CONFIG_HEAD}rotateCertificates: false\n` });
  assert.deepEqual(only(over.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(over.findings(uri('kubelet.service')), RULE), []);
  const env = run({
    'kubelet.service': '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet $ARGS\n',
    'etc/default/kubelet': 'ARGS=--rotate-certificates=true\n',
  });
  assert.deepEqual(only(env.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(env.findings(uri('etc/default/kubelet')), RULE), []);
});

test('unknown effective value (the env file is not in the workspace): nothing is judged from defaults', () => {
  const h = run({ 'kubelet.service': '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet $ARGS\n' });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('rule metadata', () => {
  assert.equal(kubeletRotateCertificates.cis, '4.2.10');
  assert.equal(kubeletRotateCertificates.defaultSeverity, 'warning');
  assert.equal(kubeletRotateCertificates.fixable, true);
});
