import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri, type Harness } from '../../support/service-harness.js';
import { kubeletHostnameOverride } from '../../../server/src/service/rules/kubelet-hostname-override.js';

const RULE = 'kubelet-hostname-override';
const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const WHY =
  "A name that differs from the machine's makes TLS between the API server and the kubelet harder to set up correctly and the node's logs harder to match to it; remove the flag unless the cloud provider needs it.";

const run = (files: Record<string, string>): Harness => harness(files, {}, [kubeletHostnameOverride]);

function range(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `${needle} not in ${text}`);
  return { start, end: start + needle.length };
}

test('--hostname-override on ExecStart: information on the flag; the fix removes it with its separator', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --hostname-override=node-1.example.internal --v=2\n';
  const h = run({ 'kubelet.service': unit, 'c.yaml': CONFIG_HEAD });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    {
      rule: RULE,
      severity: 'information',
      text: '--hostname-override=node-1.example.internal',
      ...range(unit, '--hostname-override=node-1.example.internal'),
      message: `The node registers as "node-1.example.internal" instead of its hostname: set by \`--hostname-override=node-1.example.internal\` in kubelet.service:2. ${WHY}`,
    },
  ]);
  assert.deepEqual(h.raw(uri('kubelet.service')).flatMap((f) => f.fixes.map((fix) => fix.title)), ['Remove --hostname-override']);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --v=2\n');
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.throws(() => h.applyFix(uri('kubelet.service'), RULE), /no kubelet-hostname-override finding/);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
});

test('the value as a separate word: the range covers both words and the fix removes both', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --hostname-override node-1 --v=2\n';
  const h = run({ 'kubelet.service': unit });
  const [finding] = only(h.findings(uri('kubelet.service')), RULE);
  assert.equal(finding?.text, '--hostname-override node-1');
  assert.equal(finding?.message, `The node registers as "node-1" instead of its hostname: set by \`--hostname-override node-1\` in kubelet.service:2. ${WHY}`);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --v=2\n');
});

test('alone on the last continuation line: the line goes and the backslash before it too', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet \\\n    --v=2 \\\n    --hostname_override=worker-7\nRestart=always\n';
  const h = run({ 'kubelet.service': unit });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE).map((f) => f.text), ['--hostname_override=worker-7']);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet \\\n    --v=2\nRestart=always\n');
});

test('kubeadm-flags.env: reported in the env file and removed from the quoted value', () => {
  const env = 'KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///run/containerd/containerd.sock --hostname-override=ip-10-0-0-4"\n';
  const path = 'var/lib/kubelet/kubeadm-flags.env';
  const h = run({
    'usr/lib/systemd/system/kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n',
    'usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf':
      '[Service]\nEnvironment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"\nEnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS\n',
    [path]: env,
    'var/lib/kubelet/config.yaml': CONFIG_HEAD,
  });
  assert.deepEqual(only(h.findings(uri(path)), RULE), [
    {
      rule: RULE,
      severity: 'information',
      text: '--hostname-override=ip-10-0-0-4',
      ...range(env, '--hostname-override=ip-10-0-0-4'),
      message: `The node registers as "ip-10-0-0-4" instead of its hostname: set by \`--hostname-override=ip-10-0-0-4\` in ${path}:1 (through $KUBELET_KUBEADM_ARGS). ${WHY}`,
    },
  ]);
  assert.equal(h.applyFix(uri(path), RULE).get(uri(path)), 'KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///run/containerd/containerd.sock"\n');
});

test('drop-in Environment= variable', () => {
  const path = 'etc/systemd/system/kubelet.service.d/20-name.conf';
  const dropIn = '[Service]\nEnvironment="NAME_ARGS=--hostname-override=edge-1"\nExecStart=\nExecStart=/usr/bin/kubelet $NAME_ARGS --v=2\n';
  const h = run({ 'etc/systemd/system/kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n', [path]: dropIn });
  assert.deepEqual(only(h.findings(uri(path)), RULE).map((f) => [f.text, f.severity, f.message]), [
    ['--hostname-override=edge-1', 'information', `The node registers as "edge-1" instead of its hostname: set by \`--hostname-override=edge-1\` in ${path}:2 (through $NAME_ARGS). ${WHY}`],
  ]);
  assert.equal(h.applyFix(uri(path), RULE).get(uri(path)), '[Service]\nEnvironment="NAME_ARGS="\nExecStart=\nExecStart=/usr/bin/kubelet $NAME_ARGS --v=2\n');
  assert.deepEqual(only(h.findings(uri(path)), RULE), []);
});

test('given twice: the last one is reported and the fix removes both', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --hostname-override=a --v=2 --hostname-override=b\n';
  const h = run({ 'kubelet.service': unit });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE).map((f) => [f.text, f.start]), [['--hostname-override=b', unit.indexOf('--hostname-override=b')]]);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --v=2\n');
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('negatives: absent with or without --config, an empty value (the hostname is used), a config file alone', () => {
  assert.deepEqual(only(run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n' }).findings(uri('kubelet.service')), RULE), []);
  const withConfig = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': CONFIG_HEAD });
  assert.deepEqual(only(withConfig.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(withConfig.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --hostname-override=\n' }).findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(run({ 'c.yaml': CONFIG_HEAD }).findings(uri('c.yaml')), RULE), []);
});

test('unknown command line (env file not in the workspace): nothing reported', () => {
  assert.deepEqual(only(run({ 'kubelet.service': '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet $ARGS\n' }).findings(uri('kubelet.service')), RULE), []);
});

test('rule metadata', () => {
  assert.equal(kubeletHostnameOverride.id, RULE);
  assert.equal(kubeletHostnameOverride.cis, '4.2.7');
  assert.equal(kubeletHostnameOverride.defaultSeverity, 'information');
  assert.equal(kubeletHostnameOverride.fixable, true);
});
