import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeletTlsCertKey } from '../../../server/src/service/rules/kubelet-tls-cert-key.js';

const RULE = 'kubelet-tls-cert-key';
const RULES = [kubeletTlsCertKey];
const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const SELF_SIGNED = 'The kubelet has no serving certificate and key of its own, so it serves a self-signed certificate that clients cannot verify';
const FLAG_DEFAULT = "the kubelet's flag default, since no --config file is used";

const unit = (args: string): string => `[Service]\nExecStart=/usr/bin/kubelet ${args}\n`;

test('metadata: CIS 4.2.9, warning, no fix', () => {
  assert.equal(kubeletTlsCertKey.id, RULE);
  assert.equal(kubeletTlsCertKey.cis, '4.2.9');
  assert.equal(kubeletTlsCertKey.defaultSeverity, 'warning');
  assert.equal(kubeletTlsCertKey.fixable, false);
});

test('absent without --config: reported on ExecStart with the flag names and defaults, and no fix', () => {
  const h = harness({ 'kubelet.service': unit('--kubeconfig=/etc/kubernetes/kubelet.conf') }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    {
      rule: RULE, severity: 'warning', text: 'ExecStart', start: 10, end: 19,
      message: `${SELF_SIGNED}: --tls-cert-file and --tls-private-key-file are empty (${FLAG_DEFAULT}); --rotate-server-certificates is false (${FLAG_DEFAULT}).`,
    },
  ]);
  assert.deepEqual(h.raw(uri('kubelet.service')).filter((f) => f.ruleId === RULE).map((f) => f.fixes.length), [0]);
});

test('absent with --config: reported on ExecStart with the field names and the KubeletConfiguration defaults', () => {
  const h = harness({ 'kubelet.service': unit('--config=/var/lib/kubelet/config.yaml'), 'var/lib/kubelet/config.yaml': `${CONFIG_HEAD}readOnlyPort: 0\n` }, {}, RULES);
  const unset = 'the KubeletConfiguration default, since var/lib/kubelet/config.yaml does not set it';
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE).map((f) => [f.text, f.message]), [
    ['ExecStart', `${SELF_SIGNED}: tlsCertFile and tlsPrivateKeyFile are empty (${unset}); serverTLSBootstrap is false (${unset}).`],
  ]);
  assert.deepEqual(only(h.findings(uri('var/lib/kubelet/config.yaml')), RULE), []);
});

test('a config file alone (no unit): reported on the document first line', () => {
  const h = harness({ 'c.yaml': `${CONFIG_HEAD}readOnlyPort: 0\n` }, {}, RULES);
  const [finding] = only(h.findings(uri('c.yaml')), RULE);
  assert.equal(finding?.text, 'apiVersion: kubelet.config.k8s.io/v1beta1');
  assert.equal(finding?.start, 0);
});

test('negatives: both files set (flags or config), or server certificates bootstrapped', () => {
  const cases: Record<string, string>[] = [
    { 'kubelet.service': unit('--tls-cert-file=/pki/kubelet.crt --tls-private-key-file=/pki/kubelet.key') },
    { 'kubelet.service': unit('--config=/c.yaml'), 'c.yaml': `${CONFIG_HEAD}tlsCertFile: /pki/kubelet.crt\ntlsPrivateKeyFile: /pki/kubelet.key\n` },
    { 'kubelet.service': unit('--config=/c.yaml'), 'c.yaml': `${CONFIG_HEAD}serverTLSBootstrap: true\n` },
    { 'kubelet.service': unit('--rotate-server-certificates') },
    // The gate is on by default, and an explicit true changes nothing.
    { 'kubelet.service': unit('--rotate-server-certificates=true --feature-gates=RotateKubeletServerCertificate=true') },
    // A gate value the kubelet rejects is kubelet-invalid-value's finding, not a gate turned off.
    { 'kubelet.service': unit('--rotate-server-certificates --feature-gates=RotateKubeletServerCertificate=nope') },
    // A half pair does not matter once certificates are bootstrapped.
    { 'c.yaml': `${CONFIG_HEAD}serverTLSBootstrap: yes\ntlsCertFile: /pki/kubelet.crt\n` },
  ];
  for (const files of cases) {
    const h = harness(files, {}, RULES);
    for (const path of Object.keys(files)) assert.deepEqual(only(h.findings(uri(path)), RULE), [], JSON.stringify(files));
  }
});

test('ExecStart flag: a certificate without its key is reported on the flag that is set', () => {
  const text = unit('--tls-cert-file=/pki/kubelet.crt --v=2');
  const h = harness({ 'kubelet.service': text }, {}, RULES);
  const start = text.indexOf('--tls-cert-file');
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    {
      rule: RULE, severity: 'warning', text: '--tls-cert-file=/pki/kubelet.crt', start, end: start + '--tls-cert-file=/pki/kubelet.crt'.length,
      message: `The serving certificate has no private key to pair with, so the kubelet cannot load it: it is set by \`--tls-cert-file=/pki/kubelet.crt\` in kubelet.service:2, while --tls-private-key-file is empty (${FLAG_DEFAULT}); --rotate-server-certificates is false (${FLAG_DEFAULT}).`,
    },
  ]);
});

test('drop-in Environment= variable: a key without a certificate is reported in the drop-in', () => {
  const dropIn = 'etc/systemd/system/kubelet.service.d/20-tls.conf';
  const dropInText = '[Service]\nEnvironment="KUBELET_TLS_ARGS=--tls-private-key-file=/pki/kubelet.key"\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_TLS_ARGS\n';
  const h = harness({ 'etc/systemd/system/kubelet.service': unit('--v=2'), [dropIn]: dropInText }, {}, RULES);
  const start = dropInText.indexOf('--tls-private-key-file');
  assert.deepEqual(only(h.findings(uri(dropIn)), RULE), [
    {
      rule: RULE, severity: 'warning', text: '--tls-private-key-file=/pki/kubelet.key', start, end: start + '--tls-private-key-file=/pki/kubelet.key'.length,
      message: `The serving private key has no certificate to pair with, so the kubelet cannot load it: it is set by \`--tls-private-key-file=/pki/kubelet.key\` in ${dropIn}:2 (through $KUBELET_TLS_ARGS), while --tls-cert-file is empty (${FLAG_DEFAULT}); --rotate-server-certificates is false (${FLAG_DEFAULT}).`,
    },
  ]);
  assert.deepEqual(only(h.findings(uri('etc/systemd/system/kubelet.service')), RULE), []);
});

test('env file: bootstrapping turned on there clears the finding; with the gate turned off too, the kubelet has no certificate at all', () => {
  const files = (args: string): Record<string, string> => ({
    'kubelet.service': '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n',
    'etc/default/kubelet': `KUBELET_EXTRA_ARGS="${args}"\n`,
  });
  const on = harness(files('--rotate-server-certificates=true'), {}, RULES);
  assert.deepEqual(only(on.findings(uri('kubelet.service')), RULE), []);

  const off = harness(files('--rotate-server-certificates=true --feature-gates=RotateKubeletServerCertificate=false'), {}, RULES);
  assert.deepEqual(only(off.findings(uri('kubelet.service')), RULE).map((f) => [f.text, f.message]), [
    [
      'ExecStart',
      `The kubelet has no serving certificate at all: --tls-cert-file and --tls-private-key-file are empty (${FLAG_DEFAULT}); --rotate-server-certificates is true (set by \`--rotate-server-certificates=true\` in etc/default/kubelet:1 (through $KUBELET_EXTRA_ARGS)), which stops it from generating a self-signed one, but the RotateKubeletServerCertificate feature gate is off (set by \`--feature-gates=RotateKubeletServerCertificate=false\` in etc/default/kubelet:1 (through $KUBELET_EXTRA_ARGS)), so it never requests one from the cluster.`,
    ],
  ]);
});

test('config file: a key without a certificate is reported on the key entry; an explicit empty certificate on its entry', () => {
  const half = harness({ 'kubelet.service': unit('--config=/c.yaml'), 'c.yaml': `${CONFIG_HEAD}tlsPrivateKeyFile: /pki/kubelet.key # rotated by hand\n` }, {}, RULES);
  assert.deepEqual(only(half.findings(uri('c.yaml')), RULE).map((f) => [f.text, f.message]), [
    [
      'tlsPrivateKeyFile: /pki/kubelet.key',
      'The serving private key has no certificate to pair with, so the kubelet cannot load it: it is set by `tlsPrivateKeyFile: /pki/kubelet.key` in c.yaml:3, while tlsCertFile is empty (the KubeletConfiguration default, since c.yaml does not set it); serverTLSBootstrap is false (the KubeletConfiguration default, since c.yaml does not set it).',
    ],
  ]);
  assert.deepEqual(only(half.findings(uri('kubelet.service')), RULE), []);

  const emptyCert = harness({ 'kubelet.service': unit('--config=/c.yaml'), 'c.yaml': `${CONFIG_HEAD}tlsCertFile: ""\nserverTLSBootstrap: false\n` }, {}, RULES);
  assert.deepEqual(only(emptyCert.findings(uri('c.yaml')), RULE).map((f) => [f.text, f.message]), [
    [
      'tlsCertFile: ""',
      `${SELF_SIGNED}: tlsCertFile is empty (set by \`tlsCertFile: ""\` in c.yaml:3) and tlsPrivateKeyFile is empty (the KubeletConfiguration default, since c.yaml does not set it); serverTLSBootstrap is false (set by \`serverTLSBootstrap: false\` in c.yaml:4).`,
    ],
  ]);
});

test('flags override the config file: an empty --tls-cert-file breaks the pair, --rotate-server-certificates=false undoes bootstrapping', () => {
  const config = `${CONFIG_HEAD}tlsCertFile: /pki/kubelet.crt\ntlsPrivateKeyFile: /pki/kubelet.key\nserverTLSBootstrap: true\n`;
  const h = harness({ 'kubelet.service': unit('--config=/c.yaml --tls-cert-file= --rotate-server-certificates=false'), 'c.yaml': config }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE).map((f) => [f.text, f.message]), [
    [
      'tlsPrivateKeyFile: /pki/kubelet.key',
      'The serving private key has no certificate to pair with, so the kubelet cannot load it: it is set by `tlsPrivateKeyFile: /pki/kubelet.key` in c.yaml:4, while --tls-cert-file is empty (set by `--tls-cert-file=` in kubelet.service:2); --rotate-server-certificates is false (set by `--rotate-server-certificates=false` in kubelet.service:2).',
    ],
  ]);

  // A bare --rotate-server-certificates means true and overrides a false in the file.
  const bare = harness({ 'kubelet.service': unit('--config=/c.yaml --rotate-server-certificates'), 'c.yaml': `${CONFIG_HEAD}serverTLSBootstrap: false\n` }, {}, RULES);
  assert.deepEqual(only(bare.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(bare.findings(uri('kubelet.service')), RULE), []);
});

test('bootstrapping in the config file with the gate off in the same file', () => {
  const config = `${CONFIG_HEAD}serverTLSBootstrap: true\nfeatureGates:\n  RotateKubeletServerCertificate: false\n`;
  const h = harness({ 'kubelet.service': unit('--config=/c.yaml'), 'c.yaml': config }, {}, RULES);
  const unset = 'the KubeletConfiguration default, since c.yaml does not set it';
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE).map((f) => [f.text, f.message]), [
    [
      'ExecStart',
      `The kubelet has no serving certificate at all: tlsCertFile and tlsPrivateKeyFile are empty (${unset}); serverTLSBootstrap is true (set by \`serverTLSBootstrap: true\` in c.yaml:3), which stops it from generating a self-signed one, but the RotateKubeletServerCertificate feature gate is off (set by \`featureGates.RotateKubeletServerCertificate: false\` in c.yaml:5), so it never requests one from the cluster.`,
    ],
  ]);
});

test('unknown: a missing config file or env file means nothing is judged', () => {
  const missingConfig = harness({ 'kubelet.service': unit('--config=/var/lib/kubelet/config.yaml') }, {}, RULES);
  assert.deepEqual(only(missingConfig.findings(uri('kubelet.service')), RULE), []);
  const missingEnv = harness({ 'kubelet.service': '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet $ARGS\n' }, {}, RULES);
  assert.deepEqual(only(missingEnv.findings(uri('kubelet.service')), RULE), []);
});
