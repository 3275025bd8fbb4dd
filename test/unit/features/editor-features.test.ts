import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, MemoryWorkspace, type LanguageService } from '../../../server/src/service/index.js';

function service(files: Record<string, string>): { service: LanguageService; at: (path: string, marker: string) => number } {
  const clean = Object.fromEntries(Object.entries(files).map(([p, t]) => [`file:///ws/${p}`, t.replace('|', '')]));
  const svc = createLanguageService(new MemoryWorkspace(clean), undefined, (error) => {
    throw error;
  });
  return { service: svc, at: (path, marker) => (files[path] ?? '').indexOf(marker) };
}

const HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';

test('completion: flag names mid-word in ExecStart, current before deprecated, removed never offered', () => {
  const files = { 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --anon|\n' };
  const { service: svc, at } = service(files);
  const items = svc.complete('file:///ws/kubelet.service', at('kubelet.service', '|'));
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('--anonymous-auth'));
  assert.ok(!labels.includes('--pod-infra-container-image'), 'removed in 1.35');
  assert.ok(!labels.includes('--cloud-config'), 'removed in 1.34');
  const anonymous = items.find((i) => i.label === '--anonymous-auth');
  assert.deepEqual(anonymous, { label: '--anonymous-auth', kind: 'flag', detail: 'bool, default true; deprecated (config: authentication.anonymous.enabled)', insertText: '--anonymous-auth=${1|true,false|}', snippet: true, replaceStart: 37, replaceEnd: 43, deprecated: true, sortText: '1anonymous-auth' });
  assert.equal(items.find((i) => i.label === '--config')?.sortText, '0config');
});

test('completion: enum values after --flag=, insecure TLS versions and cipher suites marked', () => {
  const { service: svc, at } = service({ 'etc/default/kubelet': 'KUBELET_EXTRA_ARGS="--authorization-mode=|"\n', 'b.env': 'A=--tls-min-version=|\n', 'c.env': 'A=--tls-cipher-suites=TLS_AES_128_GCM_SHA256,|\n' });
  assert.deepEqual(svc.complete('file:///ws/etc/default/kubelet', at('etc/default/kubelet', '|')).map((i) => i.label), ['AlwaysAllow', 'Webhook']);
  const versions = svc.complete('file:///ws/b.env', at('b.env', '|'));
  assert.deepEqual(versions.map((v) => [v.label, v.deprecated]), [['VersionTLS10', true], ['VersionTLS11', true], ['VersionTLS12', false], ['VersionTLS13', false]]);
  const suites = svc.complete('file:///ws/c.env', at('c.env', '|'));
  assert.equal(suites.find((s) => s.label === 'TLS_RSA_WITH_RC4_128_SHA')?.detail, 'insecure: Go lists it as insecure');
  assert.equal(suites[0]?.replaceStart, at('c.env', '|'), 'only the item after the comma is replaced');
});

test('completion: nothing outside argument positions (a unit key, a comment)', () => {
  const { service: svc, at } = service({ 'kubelet.service': '[Service]\nRest|\n' });
  assert.deepEqual(svc.complete('file:///ws/kubelet.service', at('kubelet.service', '|')), []);
});

test('completion: KubeletConfiguration fields at the cursor level, minus those present, with type and default', () => {
  const { service: svc, at } = service({ 'c.yaml': `${HEAD}authentication:\n  webhook:\n    enabled: true\n  |\n` });
  const labels = svc.complete('file:///ws/c.yaml', at('c.yaml', '|')).map((i) => i.label);
  assert.deepEqual(labels.sort(), ['anonymous', 'x509']);
  const { service: top, at: topAt } = service({ 'c.yaml': `${HEAD}read|\n` });
  const readOnly = top.complete('file:///ws/c.yaml', topAt('c.yaml', '|')).find((i) => i.label === 'readOnlyPort');
  assert.deepEqual(readOnly && [readOnly.detail, readOnly.insertText], ['int32, default 0 (flag --read-only-port)', 'readOnlyPort: $0']);
});

test('completion: enum values for a config field, booleans for a bool field', () => {
  const { service: svc, at } = service({ 'c.yaml': `${HEAD}authorization:\n  mode: |\n`, 'd.yaml': `${HEAD}seccompDefault: |\n` });
  assert.deepEqual(svc.complete('file:///ws/c.yaml', at('c.yaml', '|')).map((i) => i.label), ['AlwaysAllow', 'Webhook']);
  assert.deepEqual(svc.complete('file:///ws/d.yaml', at('d.yaml', '|')).map((i) => i.label), ['true', 'false']);
});

test('completion: kubeconfig keys per level, and names defined in the file for references', () => {
  const text = 'apiVersion: v1\nkind: Config\nclusters:\n- name: prod\n  cluster:\n    server: https://p\n- name: dev\n  cluster:\n    |\nusers:\n- name: alice\ncontexts:\n- name: c\n  context:\n    cluster: \ncurrent-context: \n';
  const { service: svc } = service({ 'k.yaml': text });
  const keys = svc.complete('file:///ws/k.yaml', text.indexOf('|')).map((i) => i.label);
  assert.ok(keys.includes('certificate-authority-data') && keys.includes('insecure-skip-tls-verify') && !keys.includes('name'));
  const clean = text.replace('|', '');
  const { service: svc2 } = service({ 'k.yaml': clean });
  const clusterValue = clean.indexOf('cluster: \n') + 'cluster: '.length;
  assert.deepEqual(svc2.complete('file:///ws/k.yaml', clusterValue).map((i) => i.label), ['prod', 'dev']);
  assert.deepEqual(svc2.complete('file:///ws/k.yaml', clean.indexOf('current-context: ') + 17).map((i) => i.label), ['c']);
});

test('outline: sections, directives, and each flag under ExecStart', () => {
  const text = '[Unit]\nDescription=k\n[Service]\nExecStart=/usr/bin/kubelet \\\n  --config=/c.yaml \\\n  --v=2\n';
  const { service: svc } = service({ 'kubelet.service': text });
  const symbols = svc.symbols('file:///ws/kubelet.service');
  const shape = symbols.map((s) => [s.name, s.children.map((c) => [c.name, c.children.map((f) => [f.name, f.detail, text.slice(f.start, f.end)])])]);
  assert.deepEqual(shape, [
    ['[Unit]', [['Description', []]]],
    ['[Service]', [['ExecStart', [['--config', '/c.yaml', '--config=/c.yaml'], ['--v', '2', '--v=2']]]]],
  ]);
});

test('outline: kubeconfig list items named by their name; env file variables with their flags', () => {
  const { service: svc } = service({ 'k.yaml': 'apiVersion: v1\nkind: Config\nclusters:\n- name: prod\n  cluster:\n    server: https://p\n', 'kubeadm-flags.env': 'KUBELET_KUBEADM_ARGS="--node-ip=1.2.3.4 --v=4"\n' });
  const clusters = svc.symbols('file:///ws/k.yaml').find((s) => s.name === 'clusters');
  assert.deepEqual(clusters?.children.map((c) => [c.name, c.children.map((k) => k.name)]), [['prod', ['name', 'cluster']]]);
  assert.deepEqual(svc.symbols('file:///ws/kubeadm-flags.env').map((v) => [v.name, v.children.map((f) => f.name)]), [['KUBELET_KUBEADM_ARGS', ['--node-ip', '--v']]]);
});

test('definition: --config to the file, $VAR to its assignment, a context cluster to its entry', () => {
  const unit = '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml $KUBELET_EXTRA_ARGS\n';
  const kubeconfig = 'clusters:\n- name: prod\n  cluster: {}\ncontexts:\n- name: c\n  context:\n    cluster: prod\n';
  const { service: svc } = service({ 'kubelet.service': unit, 'var/lib/kubelet/config.yaml': HEAD, 'etc/default/kubelet': 'KUBELET_EXTRA_ARGS=--v=2\n', 'k.yaml': kubeconfig });
  const toConfig = svc.definition('file:///ws/kubelet.service', unit.indexOf('/var/lib') + 3);
  assert.deepEqual(toConfig && [toConfig.uri, toConfig.start, unit.slice(toConfig.origin.start, toConfig.origin.end)], ['file:///ws/var/lib/kubelet/config.yaml', 0, '/var/lib/kubelet/config.yaml']);
  const toVariable = svc.definition('file:///ws/kubelet.service', unit.indexOf('$KUBELET') + 2);
  assert.deepEqual(toVariable && [toVariable.uri, toVariable.start, toVariable.end], ['file:///ws/etc/default/kubelet', 0, 24]);
  const toEnvFile = svc.definition('file:///ws/kubelet.service', unit.indexOf('/etc/default') + 1);
  assert.equal(toEnvFile?.uri, 'file:///ws/etc/default/kubelet');
  const toCluster = svc.definition('file:///ws/k.yaml', kubeconfig.lastIndexOf('prod') + 1);
  assert.deepEqual(toCluster && kubeconfig.slice(toCluster.start, toCluster.end), 'prod');
  assert.equal(toCluster?.start, kubeconfig.indexOf('prod'));
});

test('completion: feature gate names in --feature-gates= and under featureGates:, then true/false', () => {
  const { service: svc, at } = service({
    'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --feature-gates=NodeSwap=true,Rotate|\n',
    'b.service': '[Service]\nExecStart=/usr/bin/kubelet --feature-gates=RotateKubeletServerCertificate=|\n',
    'c.yaml': `${HEAD}featureGates:\n  NodeSwap: true\n  |\n`,
  });
  const names = svc.complete('file:///ws/kubelet.service', at('kubelet.service', '|'));
  const rotate = names.find((n) => n.label === 'RotateKubeletServerCertificate');
  assert.deepEqual(rotate && [rotate.detail, rotate.insertText, rotate.replaceStart], ['beta, default true', 'RotateKubeletServerCertificate=${1|false,true|}', at('kubelet.service', 'Rotate')]);
  assert.deepEqual(svc.complete('file:///ws/b.service', at('b.service', '|')).map((i) => i.label), ['true', 'false']);
  const yamlNames = svc.complete('file:///ws/c.yaml', at('c.yaml', '|')).map((i) => i.label);
  assert.ok(yamlNames.includes('RotateKubeletServerCertificate') && !yamlNames.includes('NodeSwap'));
});
