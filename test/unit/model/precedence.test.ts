import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, uri } from '../../support/service-harness.js';

const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const ANON = 'authentication.anonymous.enabled';
const unit = (args: string): string => `[Service]\nExecStart=/usr/bin/kubelet ${args}\n`;

test('no --config: an absent flag takes the legacy flag default (anonymous auth on)', () => {
  const h = harness({ 'kubelet.service': unit('--kubeconfig=/etc/kubernetes/kubelet.conf') });
  assert.deepEqual(h.effective(uri('kubelet.service'), ANON), { value: true, origin: 'flag-default', overridden: [] });
  assert.deepEqual(h.effective(uri('kubelet.service'), 'authorization.mode'), { value: 'AlwaysAllow', origin: 'flag-default', overridden: [] });
  assert.deepEqual(h.effective(uri('kubelet.service'), 'readOnlyPort'), { value: 10255, origin: 'flag-default', overridden: [] });
});

test('with --config: an absent field takes the KubeletConfiguration default (anonymous auth off)', () => {
  const h = harness({ 'kubelet.service': unit('--config=/var/lib/kubelet/config.yaml'), 'var/lib/kubelet/config.yaml': CONFIG_HEAD });
  assert.deepEqual(h.effective(uri('kubelet.service'), ANON), { value: false, origin: 'config-default', overridden: [] });
  assert.deepEqual(h.effective(uri('kubelet.service'), 'readOnlyPort'), { value: 0, origin: 'config-default', overridden: [] });
});

test('a field in the config file wins over the default', () => {
  const h = harness({ 'kubelet.service': unit('--config=/var/lib/kubelet/config.yaml'), 'var/lib/kubelet/config.yaml': `${CONFIG_HEAD}authentication:\n  anonymous:\n    enabled: true\n` });
  assert.deepEqual(h.effective(uri('kubelet.service'), ANON), { value: true, origin: 'config:var/lib/kubelet/config.yaml:5', overridden: [] });
});

test('a command-line flag wins over the config file, which it overrides', () => {
  const h = harness({
    'kubelet.service': unit('--config=/var/lib/kubelet/config.yaml --anonymous-auth=false'),
    'var/lib/kubelet/config.yaml': `${CONFIG_HEAD}authentication:\n  anonymous:\n    enabled: true\n`,
  });
  assert.deepEqual(h.effective(uri('kubelet.service'), ANON), { value: false, origin: 'flag:--anonymous-auth=false', overridden: ['config:var/lib/kubelet/config.yaml:5'] });
});

test('the last of repeated flags wins', () => {
  const h = harness({ 'kubelet.service': unit('--read-only-port=0 --read-only-port 10255') });
  assert.deepEqual(h.effective(uri('kubelet.service'), 'readOnlyPort'), { value: 10255, origin: 'flag:--read-only-port=10255', overridden: [] });
});

test('--config-dir fragments override the config file, later fragments first', () => {
  const h = harness({
    'kubelet.service': unit('--config=/var/lib/kubelet/config.yaml --config-dir=/etc/kubernetes/kubelet.conf.d'),
    'var/lib/kubelet/config.yaml': `${CONFIG_HEAD}readOnlyPort: 10255\n`,
    'etc/kubernetes/kubelet.conf.d/10-a.conf': `${CONFIG_HEAD}readOnlyPort: 10256\n`,
    'etc/kubernetes/kubelet.conf.d/20-b.conf': `${CONFIG_HEAD}readOnlyPort: 0\n`,
    'etc/kubernetes/kubelet.conf.d/notes.yaml': `${CONFIG_HEAD}readOnlyPort: 1\n`,
  });
  assert.deepEqual(h.effective(uri('kubelet.service'), 'readOnlyPort'), {
    value: 0,
    origin: 'config:etc/kubernetes/kubelet.conf.d/20-b.conf:3',
    overridden: ['config:etc/kubernetes/kubelet.conf.d/10-a.conf:3', 'config:var/lib/kubelet/config.yaml:3'],
  });
});

test('--config-dir without --config keeps the legacy flag defaults as its base', () => {
  const h = harness({ 'kubelet.service': unit('--config-dir=/etc/kubernetes/kubelet.conf.d'), 'etc/kubernetes/kubelet.conf.d/10.conf': `${CONFIG_HEAD}readOnlyPort: 0\n` });
  assert.deepEqual(h.effective(uri('kubelet.service'), ANON), { value: true, origin: 'flag-default', overridden: [] });
  assert.deepEqual(h.effective(uri('kubelet.service'), 'readOnlyPort'), { value: 0, origin: 'config:etc/kubernetes/kubelet.conf.d/10.conf:3', overridden: [] });
});

test('a --config file missing from the workspace makes absent fields unknown, not defaulted', () => {
  const h = harness({ 'kubelet.service': unit('--config=/var/lib/kubelet/config.yaml') });
  const effective = h.effective(uri('kubelet.service'), ANON);
  assert.equal(effective.origin, 'unknown');
  assert.equal(effective.value, undefined);
});

test('a missing env file that the command line reads makes absent flags unknown', () => {
  const h = harness({ 'kubelet.service': '[Service]\nEnvironmentFile=-/etc/default/kubelet\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n' });
  assert.equal(h.effective(uri('kubelet.service'), ANON).origin, 'unknown');
});

test('env files override Environment= whatever the line order; drop-ins apply in file-name order', () => {
  const h = harness({
    'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet $ARGS\n',
    'kubelet.service.d/20-env.conf': '[Service]\nEnvironment="ARGS=--read-only-port=1"\n',
    'kubelet.service.d/10-file.conf': '[Service]\nEnvironmentFile=/etc/default/kubelet\nEnvironment="ARGS=--read-only-port=2"\n',
    'etc/default/kubelet': 'ARGS=--read-only-port=3\n',
  });
  assert.deepEqual(h.effective(uri('kubelet.service'), 'readOnlyPort'), { value: 3, origin: 'flag:--read-only-port=3', overridden: [] });
});

test('an empty ExecStart= in a drop-in replaces the unit command', () => {
  const h = harness({
    'kubelet.service': unit('--anonymous-auth=true'),
    'kubelet.service.d/10-kubeadm.conf': '[Service]\nExecStart=\nExecStart=/usr/bin/kubelet --anonymous-auth=false\n',
  });
  assert.deepEqual(h.effective(uri('kubelet.service'), ANON), { value: false, origin: 'flag:--anonymous-auth=false', overridden: [] });
});

test('a node found from a config file alone: absent fields take the config default', () => {
  const h = harness({ 'config.yaml': `${CONFIG_HEAD}readOnlyPort: 10255\n` });
  assert.deepEqual(h.effective(uri('config.yaml'), ANON), { value: false, origin: 'config-default', overridden: [] });
  assert.deepEqual(h.effective(uri('config.yaml'), 'readOnlyPort'), { value: 10255, origin: 'config:config.yaml:3', overridden: [] });
});

test('a node found from an env file alone: its flags count, absent ones are unknown', () => {
  const h = harness({ 'var/lib/kubelet/kubeadm-flags.env': 'KUBELET_KUBEADM_ARGS="--anonymous-auth=true"\n' });
  assert.deepEqual(h.effective(uri('var/lib/kubelet/kubeadm-flags.env'), ANON), { value: true, origin: 'flag:--anonymous-auth=true', overridden: [] });
  assert.equal(h.effective(uri('var/lib/kubelet/kubeadm-flags.env'), 'readOnlyPort').origin, 'unknown');
});

test('a node root mirrored under a folder resolves absolute paths there first', () => {
  const h = harness({
    'nodes/a/etc/systemd/system/kubelet.service': unit('--config=/var/lib/kubelet/config.yaml'),
    'nodes/a/var/lib/kubelet/config.yaml': `${CONFIG_HEAD}readOnlyPort: 1\n`,
    'nodes/b/var/lib/kubelet/config.yaml': `${CONFIG_HEAD}readOnlyPort: 2\n`,
  });
  assert.deepEqual(h.effective(uri('nodes/a/etc/systemd/system/kubelet.service'), 'readOnlyPort').value, 1);
});

test('the ":" prefix turns expansion off: $VAR reaches the kubelet as a literal word', () => {
  const h = harness({ 'kubelet.service': '[Service]\nEnvironment=ARGS=--read-only-port=0\nExecStart=:/usr/bin/kubelet $ARGS\n' });
  assert.deepEqual(h.effective(uri('kubelet.service'), 'readOnlyPort'), { value: 10255, origin: 'flag-default', overridden: [] });
});

test('map flags merge across repeats; --feature-gates also merges over the file, the flag winning per gate', () => {
  const h = harness({
    'kubelet.service': unit('--config=/c.yaml --feature-gates=A=true,B=false --feature-gates B=true --node-labels=a=1 --node-labels=b=2 --eviction-hard=memory.available<1Gi'),
    'c.yaml': `${CONFIG_HEAD}featureGates:\n  B: false\n  C: true\nevictionHard:\n  nodefs.available: 5%\n`,
  });
  const target = uri('kubelet.service');
  assert.deepEqual(h.effective(target, 'featureGates').value, { B: true, C: true, A: true });
  assert.deepEqual(h.effective(target, 'node-labels').value, { a: '1', b: '2' });
  assert.deepEqual(h.effective(target, 'evictionHard').value, { 'memory.available': '1Gi' });
});

test('--config-dir fragments merge maps key by key, and null deletes a key', () => {
  const h = harness({
    'kubelet.service': unit('--config=/c.yaml --config-dir=/etc/kubernetes/kubelet.conf.d'),
    'c.yaml': `${CONFIG_HEAD}featureGates:\n  A: true\n  B: true\n`,
    'etc/kubernetes/kubelet.conf.d/10.conf': `${CONFIG_HEAD}featureGates:\n  B: false\n  C: true\n`,
    'etc/kubernetes/kubelet.conf.d/20.conf': `${CONFIG_HEAD}featureGates:\n  A: null\n`,
  });
  assert.deepEqual(h.effective(uri('kubelet.service'), 'featureGates'), {
    value: { B: false, C: true },
    origin: 'config:etc/kubernetes/kubelet.conf.d/20.conf:3',
    overridden: ['config:etc/kubernetes/kubelet.conf.d/10.conf:3', 'config:c.yaml:3'],
  });
});

test('a zero value the kubelet defaults away counts as unset; on the command line zero stays zero', () => {
  const h = harness({ 'c.yaml': `${CONFIG_HEAD}streamingConnectionIdleTimeout: 0s\nauthorization:\n  mode: ""\nreadOnlyPort: 0\n` });
  assert.deepEqual(h.effective(uri('c.yaml'), 'streamingConnectionIdleTimeout'), { value: '4h', origin: 'config-default', overridden: [] });
  assert.deepEqual(h.effective(uri('c.yaml'), 'authorization.mode'), { value: 'Webhook', origin: 'config-default', overridden: [] });
  assert.deepEqual(h.effective(uri('c.yaml'), 'readOnlyPort'), { value: 0, origin: 'config:c.yaml:6', overridden: [] });
  const flags = harness({ 'kubelet.service': unit('--streaming-connection-idle-timeout=0') });
  assert.deepEqual(flags.effective(uri('kubelet.service'), 'streamingConnectionIdleTimeout'), { value: '0', origin: 'flag:--streaming-connection-idle-timeout=0', overridden: [] });
});

test('Environment= holds several assignments per line, quoted or not; the later one wins', () => {
  const h = harness({ 'kubelet.service': '[Service]\nEnvironment=A=--read-only-port=1 "B=--v=2 --read-only-port=2" A=--read-only-port=3\nExecStart=/usr/bin/kubelet $A $B\n' });
  assert.deepEqual(h.effective(uri('kubelet.service'), 'readOnlyPort'), { value: 2, origin: 'flag:--read-only-port=2', overridden: [] });
  assert.deepEqual(h.effective(uri('kubelet.service'), 'logging.verbosity').value, 2);
});

test('slice flags append across repeats; --seccomp-default is ORed with the file', () => {
  const h = harness({ 'kubelet.service': unit('--config=/c.yaml --tls-cipher-suites=A,B --tls-cipher-suites=C --seccomp-default=false'), 'c.yaml': `${CONFIG_HEAD}tlsCipherSuites: [X]\nseccompDefault: true\n` });
  assert.deepEqual(h.effective(uri('kubelet.service'), 'tlsCipherSuites').value, ['A', 'B', 'C']);
  assert.deepEqual(h.effective(uri('kubelet.service'), 'seccompDefault'), { value: true, origin: 'config:c.yaml:4', overridden: ['flag:--seccomp-default=false'] });
  const on = harness({ 'kubelet.service': unit('--config=/c.yaml --seccomp-default'), 'c.yaml': `${CONFIG_HEAD}seccompDefault: false\n` });
  assert.deepEqual(on.effective(uri('kubelet.service'), 'seccompDefault'), { value: true, origin: 'flag:--seccomp-default', overridden: ['config:c.yaml:3'] });
});
