import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri, type Harness } from '../../support/service-harness.js';
import { kubeletTlsMinVersion } from '../../../server/src/service/rules/kubelet-tls-min-version.js';

const RULE = 'kubelet-tls-min-version';
const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';

const run = (files: Record<string, string>): Harness => harness(files, {}, [kubeletTlsMinVersion]);

function range(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `${needle} not in ${text}`);
  return { start, end: start + needle.length };
}

test('absent or empty means TLS 1.2 at runtime: nothing to report, with or without --config', () => {
  assert.deepEqual(only(run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n' }).findings(uri('kubelet.service')), RULE), []);
  const h = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': `${CONFIG_HEAD}tlsMinVersion: ""\n` });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
});

test('VersionTLS10 in the config file: a warning on the field; the fix sets VersionTLS12 and keeps the comment', () => {
  const config = `${CONFIG_HEAD}tlsMinVersion: VersionTLS10 # old clients\n`;
  const h = run({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n', 'c.yaml': config });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), [
    {
      rule: RULE,
      severity: 'warning',
      text: 'tlsMinVersion: VersionTLS10',
      ...range(config, 'tlsMinVersion: VersionTLS10'),
      message: 'The kubelet API accepts TLS 1.0 and later (minimum version VersionTLS10): set by `tlsMinVersion: VersionTLS10` in c.yaml:3.',
    },
  ]);
  assert.equal(h.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), `${CONFIG_HEAD}tlsMinVersion: VersionTLS12 # old clients\n`);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
});

test('VersionTLS11 as a flag with a separate value word: the fix keeps that form', () => {
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --tls-min-version VersionTLS11 --v=2\n';
  const h = run({ 'kubelet.service': unit });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    {
      rule: RULE,
      severity: 'warning',
      text: '--tls-min-version VersionTLS11',
      ...range(unit, '--tls-min-version VersionTLS11'),
      message: 'The kubelet API accepts TLS 1.1 and later (minimum version VersionTLS11): set by `--tls-min-version VersionTLS11` in kubelet.service:2.',
    },
  ]);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --tls-min-version VersionTLS12 --v=2\n');
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('the flag wins over the config file, both ways', () => {
  const weakFlag = run({
    'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --tls-min-version=VersionTLS10\n',
    'c.yaml': `${CONFIG_HEAD}tlsMinVersion: VersionTLS13\n`,
  });
  assert.deepEqual(only(weakFlag.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(weakFlag.findings(uri('kubelet.service')), RULE).map((f) => f.text), ['--tls-min-version=VersionTLS10']);
  assert.equal(weakFlag.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --tls-min-version=VersionTLS12\n');

  const strongFlag = run({
    'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --tls-min-version=VersionTLS12\n',
    'c.yaml': `${CONFIG_HEAD}tlsMinVersion: VersionTLS10\n`,
  });
  assert.deepEqual(only(strongFlag.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(strongFlag.findings(uri('kubelet.service')), RULE), []);
});

test('env file and drop-in Environment= variable', () => {
  const env = 'KUBELET_EXTRA_ARGS="--tls-min-version=VersionTLS11"\n';
  const fromEnv = run({
    'kubelet.service': '[Service]\nEnvironmentFile=/etc/sysconfig/kubelet\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n',
    'etc/sysconfig/kubelet': env,
  });
  assert.deepEqual(only(fromEnv.findings(uri('etc/sysconfig/kubelet')), RULE), [
    {
      rule: RULE,
      severity: 'warning',
      text: '--tls-min-version=VersionTLS11',
      ...range(env, '--tls-min-version=VersionTLS11'),
      message: 'The kubelet API accepts TLS 1.1 and later (minimum version VersionTLS11): set by `--tls-min-version=VersionTLS11` in etc/sysconfig/kubelet:1 (through $KUBELET_EXTRA_ARGS).',
    },
  ]);
  assert.equal(fromEnv.applyFix(uri('etc/sysconfig/kubelet'), RULE).get(uri('etc/sysconfig/kubelet')), 'KUBELET_EXTRA_ARGS="--tls-min-version=VersionTLS12"\n');

  const path = 'etc/systemd/system/kubelet.service.d/20-tls.conf';
  const dropIn = '[Service]\nEnvironment="TLS_ARGS=--tls-min-version=VersionTLS10"\nExecStart=\nExecStart=/usr/bin/kubelet $TLS_ARGS\n';
  const fromDropIn = run({ 'etc/systemd/system/kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n', [path]: dropIn });
  assert.deepEqual(only(fromDropIn.findings(uri(path)), RULE).map((f) => [f.text, f.message]), [
    ['--tls-min-version=VersionTLS10', `The kubelet API accepts TLS 1.0 and later (minimum version VersionTLS10): set by \`--tls-min-version=VersionTLS10\` in ${path}:2 (through $TLS_ARGS).`],
  ]);
  assert.equal(fromDropIn.applyFix(uri(path), RULE).get(uri(path)), dropIn.replace('VersionTLS10', 'VersionTLS12'));
});

test('negatives: VersionTLS12, VersionTLS13, and names the kubelet rejects (kubelet-invalid-value reports those)', () => {
  for (const value of ['VersionTLS12', 'VersionTLS13', 'versiontls10', 'TLS10', '1.0']) {
    const h = run({ 'kubelet.service': `[Service]\nExecStart=/usr/bin/kubelet --tls-min-version=${value}\n` });
    assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [], value);
  }
});

test('rule metadata: no CIS number', () => {
  assert.equal(kubeletTlsMinVersion.cis, undefined);
  assert.equal(kubeletTlsMinVersion.defaultSeverity, 'warning');
  assert.equal(kubeletTlsMinVersion.fixable, true);
});
