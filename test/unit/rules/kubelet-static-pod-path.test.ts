import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeletStaticPodPath } from '../../../server/src/service/rules/kubelet-static-pod-path.js';

const RULE = 'kubelet-static-pod-path';
const RULES = [kubeletStaticPodPath];
const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const what = (path: string): string =>
  `Static pods are read from ${path} and started by the kubelet itself, whatever the API server's admission policies say; the DISA STIG asks worker nodes to leave this unset, but control-plane nodes need it for their own components (API server, etcd...)`;

const unit = (args: string): string => `[Service]\nExecStart=/usr/bin/kubelet ${args}\n`;

test('metadata: no CIS id, information, no fix', () => {
  assert.equal(kubeletStaticPodPath.id, RULE);
  assert.equal(kubeletStaticPodPath.cis, undefined);
  assert.equal(kubeletStaticPodPath.defaultSeverity, 'information');
  assert.equal(kubeletStaticPodPath.fixable, false);
});

test('ExecStart flag: --pod-manifest-path is reported on the flag, as information, with no fix', () => {
  const text = unit('--pod-manifest-path=/etc/kubernetes/manifests --v=2');
  const h = harness({ 'kubelet.service': text }, {}, RULES);
  const flag = '--pod-manifest-path=/etc/kubernetes/manifests';
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    { rule: RULE, severity: 'information', text: flag, start: text.indexOf(flag), end: text.indexOf(flag) + flag.length, message: `${what('/etc/kubernetes/manifests')}: set by \`${flag}\` in kubelet.service:2.` },
  ]);
  assert.deepEqual(h.raw(uri('kubelet.service')).filter((f) => f.ruleId === RULE).map((f) => f.fixes.length), [0]);
});

test('absent: no static pod path by default, with or without --config', () => {
  assert.deepEqual(only(harness({ 'kubelet.service': unit('--v=2') }, {}, RULES).findings(uri('kubelet.service')), RULE), []);
  const withConfig = harness({ 'kubelet.service': unit('--config=/c.yaml'), 'c.yaml': `${CONFIG_HEAD}readOnlyPort: 0\n` }, {}, RULES);
  assert.deepEqual(only(withConfig.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(withConfig.findings(uri('c.yaml')), RULE), []);
});

test('negatives: an explicitly empty path, in the file or on the command line', () => {
  const cases: Record<string, string>[] = [
    { 'c.yaml': `${CONFIG_HEAD}staticPodPath: ""\n` },
    { 'c.yaml': `${CONFIG_HEAD}staticPodPath:\n` },
    { 'kubelet.service': unit('--pod-manifest-path=') },
  ];
  for (const files of cases) {
    const h = harness(files, {}, RULES);
    for (const path of Object.keys(files)) assert.deepEqual(only(h.findings(uri(path)), RULE), [], JSON.stringify(files));
  }
});

test('drop-in Environment= variable: reported in the drop-in', () => {
  const dropIn = 'etc/systemd/system/kubelet.service.d/20-static.conf';
  const dropInText = '[Service]\nEnvironment="KUBELET_EXTRA_ARGS=--pod-manifest-path=/etc/kubelet.d"\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n';
  const h = harness({ 'etc/systemd/system/kubelet.service': unit('--v=2'), [dropIn]: dropInText }, {}, RULES);
  const flag = '--pod-manifest-path=/etc/kubelet.d';
  assert.deepEqual(only(h.findings(uri(dropIn)), RULE), [
    { rule: RULE, severity: 'information', text: flag, start: dropInText.indexOf(flag), end: dropInText.indexOf(flag) + flag.length, message: `${what('/etc/kubelet.d')}: set by \`${flag}\` in ${dropIn}:2 (through $KUBELET_EXTRA_ARGS).` },
  ]);
});

test('env file: reported in the env file', () => {
  const h = harness({
    'kubelet.service': '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n',
    'etc/default/kubelet': 'KUBELET_EXTRA_ARGS=--pod-manifest-path /srv/static-pods\n',
  }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('etc/default/kubelet')), RULE).map((f) => [f.text, f.message]), [
    ['--pod-manifest-path /srv/static-pods', `${what('/srv/static-pods')}: set by \`--pod-manifest-path /srv/static-pods\` in etc/default/kubelet:1 (through $KUBELET_EXTRA_ARGS).`],
  ]);
});

test('kubeadm config file: the usual staticPodPath is reported on the entry', () => {
  const config = `${CONFIG_HEAD}staticPodPath: /etc/kubernetes/manifests\nrotateCertificates: true\n`;
  const h = harness({ 'kubelet.service': unit('--config=/var/lib/kubelet/config.yaml'), 'var/lib/kubelet/config.yaml': config }, {}, RULES);
  const target = uri('var/lib/kubelet/config.yaml');
  const start = config.indexOf('staticPodPath');
  assert.deepEqual(only(h.findings(target), RULE), [
    {
      rule: RULE, severity: 'information', text: 'staticPodPath: /etc/kubernetes/manifests', start, end: start + 'staticPodPath: /etc/kubernetes/manifests'.length,
      message: `${what('/etc/kubernetes/manifests')}: set by \`staticPodPath: /etc/kubernetes/manifests\` in var/lib/kubelet/config.yaml:3.`,
    },
  ]);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('the flag overrides the file: an empty flag turns it off, a path flag is reported on the flag', () => {
  const config = `${CONFIG_HEAD}staticPodPath: /etc/kubernetes/manifests\n`;
  const off = harness({ 'kubelet.service': unit('--config=/c.yaml --pod-manifest-path='), 'c.yaml': config }, {}, RULES);
  assert.deepEqual(only(off.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(off.findings(uri('kubelet.service')), RULE), []);
  const moved = harness({ 'kubelet.service': unit('--config=/c.yaml --pod-manifest-path=/opt/pods'), 'c.yaml': config }, {}, RULES);
  assert.deepEqual(only(moved.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(moved.findings(uri('kubelet.service')), RULE).map((f) => f.text), ['--pod-manifest-path=/opt/pods']);
});
