import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, MemoryWorkspace } from '../../../server/src/service/index.js';

const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';

function hoverAt(files: Record<string, string>, path: string, needle: string, shift = 1) {
  const workspace = new MemoryWorkspace(Object.fromEntries(Object.entries(files).map(([p, t]) => [`file:///ws/${p}`, t])));
  const service = createLanguageService(workspace, undefined, (error) => {
    throw error;
  });
  const text = files[path] ?? '';
  const offset = text.indexOf(needle) + shift;
  const hover = service.hover(`file:///ws/${path}`, offset);
  return hover ? { markdown: hover.markdown, range: text.slice(hover.span.start, hover.span.end) } : undefined;
}

test('a flag in an env file: docs, both defaults, status, and the effective value through the variable', () => {
  const hover = hoverAt(
    {
      'kubelet.service': '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet --config=/c.yaml $KUBELET_EXTRA_ARGS\n',
      'c.yaml': `${CONFIG_HEAD}readOnlyPort: 0\n`,
      'etc/default/kubelet': 'KUBELET_EXTRA_ARGS="--read-only-port=10255"\n',
    },
    'etc/default/kubelet',
    '--read-only-port',
  );
  assert.ok(hover);
  assert.equal(hover.range, '--read-only-port=10255');
  assert.equal(
    hover.markdown,
    [
      '### `--read-only-port`',
      '',
      '**Effective on this node:** `10255`, set by `--read-only-port=10255` in etc/default/kubelet:1 (through $KUBELET_EXTRA_ARGS)',
      '- overriding the value set by `readOnlyPort: 0` in c.yaml:3',
      '',
      'An extra port serving pod, node and metrics data over plain HTTP with no authentication or authorization; 0 keeps it closed. Anyone who reaches it can list every pod spec on the node and learn images, environment values and volumes to plan an attack.',
      '',
      '- Type: `int32`',
      '- Flag: `--read-only-port`, default `10255` (applies when no --config file is used)',
      '- Config field: `readOnlyPort`, default `0` (applies when a --config file is used and does not set it)',
      '- Checked by: [kubelet-read-only-port](https://github.com/kubelet-guard/kubelet-guard/blob/main/README.md#kubelet-read-only-port) (CIS 4.2.4)',
      '- Status: flag deprecated since 1.10; set `readOnlyPort` in the config file instead',
      '',
      '---',
      '',
      '**Deprecated kubelet flag**: [kubelet-deprecated-flag](https://github.com/kubelet-guard/kubelet-guard/blob/main/README.md#kubelet-deprecated-flag)',
      'Fix: Move --read-only-port=10255 to readOnlyPort in c.yaml.',
      '',
      '**The unauthenticated read-only port is open** (CIS 4.2.4): [kubelet-read-only-port](https://github.com/kubelet-guard/kubelet-guard/blob/main/README.md#kubelet-read-only-port)',
      'Fix: Set --read-only-port=0.',
    ].join('\n'),
  );
});

test('a config field: the effective value names the flag that overrides the file', () => {
  const hover = hoverAt(
    { 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --anonymous-auth=false\n', 'c.yaml': `${CONFIG_HEAD}authentication:\n  anonymous:\n    enabled: true\n` },
    'c.yaml',
    'enabled',
  );
  assert.ok(hover);
  assert.equal(hover.range, 'enabled');
  assert.match(hover.markdown, /^### `authentication.anonymous.enabled`/);
  assert.match(hover.markdown, /\*\*Effective on this node:\*\* `false`, set by `--anonymous-auth=false` in kubelet.service:2\n- overriding the value set by `authentication.anonymous.enabled: true` in c.yaml:5/);
});

test('a zero value the kubelet defaults away is explained', () => {
  const hover = hoverAt({ 'c.yaml': `${CONFIG_HEAD}authorization:\n  mode: ""\n` }, 'c.yaml', 'mode');
  assert.match(hover?.markdown ?? '', /\*\*Effective on this node:\*\* `Webhook`, the KubeletConfiguration default, since `authorization.mode: ""` in c.yaml:4 is a zero value the kubelet treats as unset/);
});

test('unknown effective values say which file is missing', () => {
  const hover = hoverAt({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --v=2\n' }, 'kubelet.service', '--v=2');
  assert.match(hover?.markdown ?? '', /\*\*Effective on this node:\*\* `2`, set by `--v=2` in kubelet.service:2/);
  const config = hoverAt({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml\n' }, 'kubelet.service', '--config');
  assert.deepEqual(config?.markdown.split('\n').slice(0, 5), [
    '### `--config`',
    '',
    '**Effective on this node:** `/var/lib/kubelet/config.yaml`, set by `--config=/var/lib/kubelet/config.yaml` in kubelet.service:2',
    '',
    'Path of the KubeletConfiguration file; flags given on the command line override its values. Whoever can edit this file controls every security setting of the kubelet, so keep it root-owned and not writable by others.',
  ]);
});

test('a kubeconfig field and its finding', () => {
  const hover = hoverAt({ 'k.yaml': 'apiVersion: v1\nkind: Config\nclusters:\n- name: a\n  cluster:\n    insecure-skip-tls-verify: true\n' }, 'k.yaml', 'insecure-skip');
  assert.ok(hover);
  assert.equal(hover.range, 'insecure-skip-tls-verify');
  assert.match(hover.markdown, /^### `insecure-skip-tls-verify` \(kubeconfig\)\n\nTurns off verification of the API server's certificate and cannot be combined with a CA\./);
  assert.match(hover.markdown, /- Type: `bool`\n- Default: `false`/);
  assert.match(hover.markdown, /\[kubeconfig-insecure-skip-tls-verify\]\(/);
});

test('no hover on plain text', () => {
  assert.equal(hoverAt({ 'kubelet.service': '[Unit]\nDescription=kubelet\n[Service]\nExecStart=/usr/bin/kubelet --config=/c\n' }, 'kubelet.service', 'Description'), undefined);
});

test('$VAR: the words it becomes, and every definition with the winner first', () => {
  const files = {
    'kubelet.service': '[Service]\nEnvironment="KUBELET_EXTRA_ARGS=--v=1"\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet --config=/c.yaml $KUBELET_EXTRA_ARGS\n',
    'c.yaml': CONFIG_HEAD,
    'etc/default/kubelet': 'KUBELET_EXTRA_ARGS="--v=2 --node-ip=10.0.0.1"\n',
  };
  const hover = hoverAt(files, 'kubelet.service', '$KUBELET_EXTRA_ARGS', 3);
  assert.ok(hover);
  assert.equal(hover.range, '$KUBELET_EXTRA_ARGS');
  assert.equal(hover.markdown, [
    '### `$KUBELET_EXTRA_ARGS`',
    '',
    'Expands to 2 words: `--v=2` `--node-ip=10.0.0.1`',
    '',
    '- defined by the env file line etc/default/kubelet:1 (this one wins)',
    '- overriding Environment= kubelet.service:2',
  ].join('\n'));
});

test('${VAR} is one word; an undefined variable says what systemd does with it', () => {
  const braced = hoverAt({ 'kubelet.service': '[Service]\nEnvironment="D=/var/lib/kubelet/config.yaml"\nExecStart=/usr/bin/kubelet --config=${D} $NONE\n' }, 'kubelet.service', '${D}', 2);
  assert.match(braced?.markdown ?? '', /Expands to one word: `\/var\/lib\/kubelet\/config.yaml`/);
  const none = hoverAt({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c $NONE\n' }, 'kubelet.service', '$NONE', 2);
  assert.match(none?.markdown ?? '', /Not defined: systemd expands it to nothing \(the word disappears\)\./);
});

test('paths: EnvironmentFile= and --config say which workspace file they resolve to, or that none does', () => {
  const files = { 'kubelet.service': '[Service]\nEnvironmentFile=-/etc/default/kubelet\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml\n', 'var/lib/kubelet/config.yaml': CONFIG_HEAD };
  const envFile = hoverAt(files, 'kubelet.service', '/etc/default', 2);
  assert.equal(envFile?.markdown.split('\n').slice(0, 3).join('\n'), '### EnvironmentFile `/etc/default/kubelet`\n\nNo workspace file matches this path (optional: the unit starts without it).');
  const config = hoverAt(files, 'kubelet.service', '/var/lib', 2);
  assert.equal(config?.range, '/var/lib/kubelet/config.yaml');
  assert.match(config?.markdown ?? '', /^### `--config` \/var\/lib\/kubelet\/config.yaml\n\nResolves to the workspace file `var\/lib\/kubelet\/config.yaml`\./);
});

test('every kind of hover subject has a description: a removed flag, a map key, a nested field', () => {
  const removed = hoverAt({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --cloud-config=/x\n', 'c.yaml': CONFIG_HEAD }, 'kubelet.service', '--cloud-config');
  assert.match(removed?.markdown ?? '', /^### `--cloud-config`\n\n\*\*Effective on this node:\*\* `\/x`/);
  assert.match(removed?.markdown ?? '', /\n\nUsed to [^\n]+\.\n/);
  assert.match(removed?.markdown ?? '', /- Status: removed in 1\.34; kubelet 1\.36 will not start with it/);
  const signal = hoverAt({ 'c.yaml': `${CONFIG_HEAD}evictionHard:\n  memory.available: 100Mi\n` }, 'c.yaml', 'memory.available');
  assert.match(signal?.markdown ?? '', /^### `memory.available` in `evictionHard`\n\n.{30,}/);
  const nested = hoverAt({ 'c.yaml': `${CONFIG_HEAD}authentication:\n  x509:\n    clientCAFile: /ca.crt\n` }, 'c.yaml', 'clientCAFile');
  assert.match(nested?.markdown ?? '', /^### `authentication.x509.clientCAFile`\n\n\*\*Effective on this node:\*\* `\/ca.crt`/);
});

test('an embedded certificate: subject, issuer, validity with days left, key and signature', () => {
  const text = 'apiVersion: v1\nkind: Config\nclusters:\n- name: a\n  cluster:\n    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJGRENCdXdJQ0VBVXdDZ1lJS29aSXpqMEVBd0l3RlRFVE1CRUdBMVVFQXd3S2EzVmlaWEp1WlhSbGN6QWcKRncweU5UQXhNREV3TURBd01EQmFHQTh5TVRJMU1ERXdNVEF3TURBd01Gb3dGVEVUTUJFR0ExVUVBd3dLYTNWaQpaWEp1WlhSbGN6QlpNQk1HQnlxR1NNNDlBZ0VHQ0NxR1NNNDlBd0VIQTBJQUJJWXhqNlREbUN1ckRRMTd3eTMwCkFjdzZ0N1BJZm03cGU5ckpkOHdNOWRucm9FMklSMWpSbmdxaGo4cW1zSlVOb3prSlZtZlc0VnpNUWpYanE0WFgKUTVvd0NnWUlLb1pJemowRUF3SURTQUF3UlFJZ1RKY21wMWdDT1FDMmtJeVJ0Nlc1d2N3OTlreTVxMUpDS25aZgpzeE13bkNBQ0lRRHJqTzRnTTlLMFBCUmpTQ0t3aG13eDhlV2twQ2xoVVVWWGI1bVlIQ2dSM3c9PQotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==\n';
  const hover = hoverAt({ 'k.yaml': text }, 'k.yaml', 'certificate-authority-data: ', 30);
  assert.ok(hover);
  assert.equal(hover.range.length, 584);
  assert.match(hover.markdown, /^### Embedded CA certificate\n\n- Subject: `CN=[^`]+`\n- Issuer: `CN=[^`]+`( \(self-signed\))?\n/);
  assert.match(hover.markdown, /- Valid: 2025-01-01 to 2125-01-01: expires in \d+ days\n- Key: EC prime256v1\n- Signature: ECDSA with SHA-256$/);
  const weak = hoverAt({ 'k.yaml': text.replace(/certificate-authority-data: .*/, 'certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJuRENDQVFVQ0FoQUVNQTBHQ1NxR1NJYjNEUUVCQlFVQU1CVXhFekFSQmdOVkJBTU1Dbk50WVd4c0xYTm8KWVRFd0lCY05NalV3TVRBeE1EQXdNREF3V2hnUE1qRXlOVEF4TURFd01EQXdNREJhTUJVeEV6QVJCZ05WQkFNTQpDbk50WVd4c0xYTm9ZVEV3Z1o4d0RRWUpLb1pJaHZjTkFRRUJCUUFEZ1kwQU1JR0pBb0dCQU1ZdUNuYU91T25CCnBjTThqRytTUkxKdlJkbnUyTGUzcHc2djF2Y2lDUVRra1RPdmdZRStqVytrYlFlbk9nWlk3c0FRdmY2QUp0RWUKZFY2cFBnaVFnU2RDajRoT0oxenFPZ2FXYmV2dFFDaUhGS0tvRmw4eVRLUXhBMit3T1A1ejVLQUY3UHV1a2s0LwpQaU5TQ0lPY29yY29MdU9QQktRalZuWUFURVh6VUhMWEFnTUJBQUV3RFFZSktvWklodmNOQVFFRkJRQURnWUVBCkVjRndId3AyemtySEpVM2kyTEpzZ2NnNkt1NXFGMm1YYXZLdWFyckg4OU12cnBSZWgzSWc1OU5tZUU1d3haeTQKRFp2WnIzTitXY1JRUE8vWS9oN0YxN01iQ2JPTE9xQzAvY2JiUEt3OG1xbDAvejhtYzV6akhTcGtJN1dyYTRJagpCT1Q3MHhjdG1XYkpFQTZOVFphOVpCVWNJSnp4dWxWQ0hFbUR3QXRDR1V3PQotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==') }, 'k.yaml', 'certificate-authority-data: ', 30);
  assert.match(weak?.markdown ?? '', /- Key: RSA 1024 bits \(weak\)\n- Signature: SHA-1 with RSA \(weak\)\n\n---\n\n\*\*Embedded certificate with a weak key or signature\*\*/);
});

test('a feature gate in featureGates: its stage and default, or that the kubelet does not know it', () => {
  const known = hoverAt({ 'c.yaml': `${CONFIG_HEAD}featureGates:\n  RotateKubeletServerCertificate: false\n  NoSuchGate: true\n` }, 'c.yaml', 'RotateKubelet');
  assert.equal(known?.markdown.split('\n---')[0]?.trim(), '### Feature gate `RotateKubeletServerCertificate`\n\n- Stage in Kubernetes 1.36: beta\n- Default: `true`');
  const unknown = hoverAt({ 'c.yaml': `${CONFIG_HEAD}featureGates:\n  NoSuchGate: true\n` }, 'c.yaml', 'NoSuchGate');
  assert.match(unknown?.markdown ?? '', /Not a feature gate Kubernetes 1\.36 knows/);
});
