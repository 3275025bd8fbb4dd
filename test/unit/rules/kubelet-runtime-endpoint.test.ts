import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { isTcpEndpoint, kubeletRuntimeEndpoint } from '../../../server/src/service/rules/kubelet-runtime-endpoint.js';

const RULE = 'kubelet-runtime-endpoint';
const RULES = [kubeletRuntimeEndpoint];
const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const what = (endpoint: string): string =>
  `The container runtime is reached over TCP at ${endpoint} rather than through a unix socket; the CRI API has no encryption or authentication of its own, so a runtime listening on TCP gives anyone who can reach the port control of every container, and on Linux the kubelet only dials unix sockets and will not connect`;

const unit = (args: string): string => `[Service]\nExecStart=/usr/bin/kubelet ${args}\n`;

test('metadata: no CIS id, warning, no fix', () => {
  assert.equal(kubeletRuntimeEndpoint.id, RULE);
  assert.equal(kubeletRuntimeEndpoint.cis, undefined);
  assert.equal(kubeletRuntimeEndpoint.defaultSeverity, 'warning');
  assert.equal(kubeletRuntimeEndpoint.fixable, false);
});

test('which endpoints are TCP', () => {
  for (const endpoint of ['tcp://10.0.0.5:2375', 'TCP://runtime:1234', 'http://127.0.0.1:8080', 'https://runtime.example:443', '10.0.0.5:2375', 'localhost:2375', '[::1]:2375']) {
    assert.equal(isTcpEndpoint(endpoint), true, endpoint);
  }
  for (const endpoint of ['unix:///run/containerd/containerd.sock', '/run/crio/crio.sock', 'npipe:////./pipe/containerd-containerd', 'run/containerd.sock', '']) {
    assert.equal(isTcpEndpoint(endpoint), false, endpoint);
  }
});

test('ExecStart flag: reported on the whole flag, with no fix', () => {
  const text = unit('--container-runtime-endpoint=tcp://10.0.0.5:2375 --v=2');
  const h = harness({ 'kubelet.service': text }, {}, RULES);
  const flag = '--container-runtime-endpoint=tcp://10.0.0.5:2375';
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    { rule: RULE, severity: 'warning', text: flag, start: text.indexOf(flag), end: text.indexOf(flag) + flag.length, message: `${what('tcp://10.0.0.5:2375')}: set by \`${flag}\` in kubelet.service:2.` },
  ]);
  assert.deepEqual(h.raw(uri('kubelet.service')).filter((f) => f.ruleId === RULE).map((f) => f.fixes.length), [0]);
});

test('a bare host:port is TCP too, in the "--flag value" form', () => {
  const h = harness({ 'kubelet.service': unit('--container-runtime-endpoint 10.0.0.5:2375') }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE).map((f) => [f.text, f.message]), [
    ['--container-runtime-endpoint 10.0.0.5:2375', `${what('10.0.0.5:2375')}: set by \`--container-runtime-endpoint 10.0.0.5:2375\` in kubelet.service:2.`],
  ]);
});

test('absent: the default is the containerd unix socket, with or without --config', () => {
  assert.deepEqual(only(harness({ 'kubelet.service': unit('--v=2') }, {}, RULES).findings(uri('kubelet.service')), RULE), []);
  const withConfig = harness({ 'kubelet.service': unit('--config=/c.yaml'), 'c.yaml': CONFIG_HEAD }, {}, RULES);
  assert.deepEqual(only(withConfig.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(withConfig.findings(uri('c.yaml')), RULE), []);
});

test('negatives: unix sockets in every spelling, a Windows named pipe, an empty config value (defaulted)', () => {
  const cases: Record<string, string>[] = [
    { 'kubelet.service': unit('--container-runtime-endpoint=unix:///run/containerd/containerd.sock') },
    { 'kubelet.service': unit('--container-runtime-endpoint=/var/run/crio/crio.sock') },
    { 'kubelet.service': unit('--container-runtime-endpoint=npipe:////./pipe/containerd-containerd') },
    { 'c.yaml': `${CONFIG_HEAD}containerRuntimeEndpoint: unix:///var/run/cri-dockerd.sock\n` },
    { 'c.yaml': `${CONFIG_HEAD}containerRuntimeEndpoint: ""\n` },
  ];
  for (const files of cases) {
    const h = harness(files, {}, RULES);
    for (const path of Object.keys(files)) assert.deepEqual(only(h.findings(uri(path)), RULE), [], JSON.stringify(files));
  }
});

test('drop-in Environment= variable: reported in the drop-in', () => {
  const dropIn = 'etc/systemd/system/kubelet.service.d/20-runtime.conf';
  const dropInText = '[Service]\nEnvironment="KUBELET_RUNTIME_ARGS=--container-runtime-endpoint=tcp://127.0.0.1:2376"\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_RUNTIME_ARGS\n';
  const h = harness({ 'etc/systemd/system/kubelet.service': unit('--v=2'), [dropIn]: dropInText }, {}, RULES);
  const flag = '--container-runtime-endpoint=tcp://127.0.0.1:2376';
  assert.deepEqual(only(h.findings(uri(dropIn)), RULE), [
    { rule: RULE, severity: 'warning', text: flag, start: dropInText.indexOf(flag), end: dropInText.indexOf(flag) + flag.length, message: `${what('tcp://127.0.0.1:2376')}: set by \`${flag}\` in ${dropIn}:2 (through $KUBELET_RUNTIME_ARGS).` },
  ]);
});

test('kubeadm env file: reported in kubeadm-flags.env', () => {
  const env = 'var/lib/kubelet/kubeadm-flags.env';
  const h = harness({
    'usr/lib/systemd/system/kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n',
    'usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf':
      '[Service]\nEnvironment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"\nEnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS\n',
    [env]: 'KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=http://10.1.1.1:8080 --pod-infra-container-image=registry.k8s.io/pause:3.10"\n',
    'var/lib/kubelet/config.yaml': CONFIG_HEAD,
  }, {}, RULES);
  assert.deepEqual(only(h.findings(uri(env)), RULE).map((f) => [f.text, f.message]), [
    ['--container-runtime-endpoint=http://10.1.1.1:8080', `${what('http://10.1.1.1:8080')}: set by \`--container-runtime-endpoint=http://10.1.1.1:8080\` in ${env}:1 (through $KUBELET_KUBEADM_ARGS).`],
  ]);
});

test('config file: reported on the entry', () => {
  const config = `${CONFIG_HEAD}containerRuntimeEndpoint: tcp://runtime.local:1234 # remote runtime\n`;
  const h = harness({ 'kubelet.service': unit('--config=/c.yaml'), 'c.yaml': config }, {}, RULES);
  const start = config.indexOf('containerRuntimeEndpoint');
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), [
    {
      rule: RULE, severity: 'warning', text: 'containerRuntimeEndpoint: tcp://runtime.local:1234', start, end: start + 'containerRuntimeEndpoint: tcp://runtime.local:1234'.length,
      message: `${what('tcp://runtime.local:1234')}: set by \`containerRuntimeEndpoint: tcp://runtime.local:1234\` in c.yaml:3.`,
    },
  ]);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('the flag overrides the file, both ways', () => {
  const tcpFlag = harness({ 'kubelet.service': unit('--config=/c.yaml --container-runtime-endpoint=tcp://10.0.0.5:2375'), 'c.yaml': `${CONFIG_HEAD}containerRuntimeEndpoint: unix:///run/containerd/containerd.sock\n` }, {}, RULES);
  assert.deepEqual(only(tcpFlag.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(tcpFlag.findings(uri('kubelet.service')), RULE).map((f) => f.text), ['--container-runtime-endpoint=tcp://10.0.0.5:2375']);
  const unixFlag = harness({ 'kubelet.service': unit('--config=/c.yaml --container-runtime-endpoint=unix:///run/containerd/containerd.sock'), 'c.yaml': `${CONFIG_HEAD}containerRuntimeEndpoint: tcp://10.0.0.5:2375\n` }, {}, RULES);
  assert.deepEqual(only(unixFlag.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(unixFlag.findings(uri('kubelet.service')), RULE), []);
});

test('--config-dir fragments override the file: the fragment value is the one judged', () => {
  const files = {
    'kubelet.service': unit('--config=/c.yaml --config-dir=/etc/kubernetes/kubelet.conf.d'),
    'c.yaml': `${CONFIG_HEAD}containerRuntimeEndpoint: tcp://10.0.0.5:2375\n`,
    'etc/kubernetes/kubelet.conf.d/10-runtime.conf': `${CONFIG_HEAD}containerRuntimeEndpoint: unix:///run/containerd/containerd.sock\n`,
  };
  assert.deepEqual(only(harness(files, {}, RULES).findings(uri('c.yaml')), RULE), []);
  const tcp = harness({ ...files, 'etc/kubernetes/kubelet.conf.d/10-runtime.conf': `${CONFIG_HEAD}containerRuntimeEndpoint: tcp://10.0.0.6:2375\n` }, {}, RULES);
  assert.deepEqual(only(tcp.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(tcp.findings(uri('etc/kubernetes/kubelet.conf.d/10-runtime.conf')), RULE).map((f) => [f.text, f.message]), [
    [
      'containerRuntimeEndpoint: tcp://10.0.0.6:2375',
      `${what('tcp://10.0.0.6:2375')}: set by \`containerRuntimeEndpoint: tcp://10.0.0.6:2375\` in the --config-dir fragment etc/kubernetes/kubelet.conf.d/10-runtime.conf:3.`,
    ],
  ]);
});
