import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeletTokenWebhook } from '../../../server/src/service/rules/kubelet-token-webhook.js';

const RULE = 'kubelet-token-webhook';
const RULES = [kubeletTokenWebhook];
const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const WHAT = 'Webhook token authentication is off while authorization mode is Webhook, so the kubelet cannot check bearer tokens with the API server and token clients (metrics scrapers, for one) get no identity to authorize';

const unit = (args: string): string => `[Service]\nExecStart=/usr/bin/kubelet ${args}\n`;

test('metadata: no CIS id, warning, fixable', () => {
  assert.equal(kubeletTokenWebhook.id, RULE);
  assert.equal(kubeletTokenWebhook.cis, undefined);
  assert.equal(kubeletTokenWebhook.defaultSeverity, 'warning');
  assert.equal(kubeletTokenWebhook.fixable, true);
});

test('absent without --config: the flag default is off, so Webhook authorization alone is reported on ExecStart; the fix adds the flag', () => {
  const h = harness({ 'kubelet.service': unit('--authorization-mode=Webhook') }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    { rule: RULE, severity: 'warning', text: 'ExecStart', start: 10, end: 19, message: `${WHAT}: the kubelet's flag default, since no --config file is used.` },
  ]);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), unit('--authentication-token-webhook=true --authorization-mode=Webhook'));
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('absent without --config and without Webhook authorization: nothing (AlwaysAllow is kubelet-authorization-mode\'s finding)', () => {
  assert.deepEqual(only(harness({ 'kubelet.service': unit('--v=2') }, {}, RULES).findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(harness({ 'kubelet.service': unit('--authorization-mode=AlwaysAllow') }, {}, RULES).findings(uri('kubelet.service')), RULE), []);
});

test('absent with --config: the KubeletConfiguration default is on, so nothing', () => {
  const h = harness({ 'kubelet.service': unit('--config=/c.yaml'), 'c.yaml': `${CONFIG_HEAD}authorization:\n  mode: Webhook\n` }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
});

test('ExecStart flag: an explicit false with a config file (whose mode defaults to Webhook) is reported on the flag', () => {
  const h = harness({ 'kubelet.service': unit('--config=/c.yaml --authentication-token-webhook=false'), 'c.yaml': CONFIG_HEAD }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE).map((f) => [f.text, f.message]), [
    ['--authentication-token-webhook=false', `${WHAT}: set by \`--authentication-token-webhook=false\` in kubelet.service:2.`],
  ]);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), unit('--config=/c.yaml --authentication-token-webhook=true'));
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('config file: enabled: false is reported on the entry; the fix sets true and keeps the comment', () => {
  const config = `${CONFIG_HEAD}authentication:\n  webhook:\n    enabled: false # no API server yet\n    cacheTTL: 2m\n`;
  const h = harness({ 'kubelet.service': unit('--config=/var/lib/kubelet/config.yaml'), 'var/lib/kubelet/config.yaml': config }, {}, RULES);
  const target = uri('var/lib/kubelet/config.yaml');
  const start = config.indexOf('enabled');
  assert.deepEqual(only(h.findings(target), RULE), [
    { rule: RULE, severity: 'warning', text: 'enabled: false', start, end: start + 'enabled: false'.length, message: `${WHAT}: set by \`authentication.webhook.enabled: false\` in var/lib/kubelet/config.yaml:5.` },
  ]);
  assert.equal(h.applyFix(target, RULE).get(target), `${CONFIG_HEAD}authentication:\n  webhook:\n    enabled: true # no API server yet\n    cacheTTL: 2m\n`);
  assert.deepEqual(only(h.findings(target), RULE), []);
});

test('config file with AlwaysAllow authorization: not this rule (nothing to authorize against)', () => {
  const h = harness({ 'c.yaml': `${CONFIG_HEAD}authentication:\n  webhook:\n    enabled: false\nauthorization:\n  mode: AlwaysAllow\n` }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
});

test('flags override the file: a bare flag turns it on; a false flag is reported on the flag; a Webhook flag makes a file false count', () => {
  const falseFile = `${CONFIG_HEAD}authentication:\n  webhook:\n    enabled: false\n`;
  const bare = harness({ 'kubelet.service': unit('--config=/c.yaml --authentication-token-webhook'), 'c.yaml': falseFile }, {}, RULES);
  assert.deepEqual(only(bare.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(bare.findings(uri('kubelet.service')), RULE), []);

  const off = harness({ 'kubelet.service': unit('--config=/c.yaml --authentication-token-webhook=0'), 'c.yaml': `${CONFIG_HEAD}authentication:\n  webhook:\n    enabled: true\n` }, {}, RULES);
  assert.deepEqual(only(off.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(off.findings(uri('kubelet.service')), RULE).map((f) => f.text), ['--authentication-token-webhook=0']);

  const mode = harness({ 'kubelet.service': unit('--config=/c.yaml --authorization-mode=Webhook'), 'c.yaml': `${falseFile}authorization:\n  mode: AlwaysAllow\n` }, {}, RULES);
  assert.deepEqual(only(mode.findings(uri('c.yaml')), RULE).map((f) => f.text), ['enabled: false']);
});

test('"--authentication-token-webhook false" turns it on (the false is a stray argument): nothing for this rule', () => {
  const h = harness({ 'kubelet.service': unit('--authorization-mode=Webhook --authentication-token-webhook false') }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('drop-in Environment= variable: reported in the drop-in, fix edits the value there', () => {
  const dropIn = 'etc/systemd/system/kubelet.service.d/20-auth.conf';
  const dropInText = '[Service]\nEnvironment="KUBELET_AUTH_ARGS=--authorization-mode=Webhook --authentication-token-webhook=false"\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_AUTH_ARGS\n';
  const h = harness({ 'etc/systemd/system/kubelet.service': unit('--v=2'), [dropIn]: dropInText }, {}, RULES);
  const start = dropInText.indexOf('--authentication-token-webhook');
  assert.deepEqual(only(h.findings(uri(dropIn)), RULE), [
    {
      rule: RULE, severity: 'warning', text: '--authentication-token-webhook=false', start, end: start + '--authentication-token-webhook=false'.length,
      message: `${WHAT}: set by \`--authentication-token-webhook=false\` in ${dropIn}:2 (through $KUBELET_AUTH_ARGS).`,
    },
  ]);
  assert.equal(h.applyFix(uri(dropIn), RULE).get(uri(dropIn)), dropInText.replace('webhook=false', 'webhook=true'));
});

test('kubeadm env file: reported in kubeadm-flags.env', () => {
  const env = 'var/lib/kubelet/kubeadm-flags.env';
  const h = harness({
    'usr/lib/systemd/system/kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\n',
    'usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf':
      '[Service]\nEnvironment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"\nEnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS\n',
    [env]: 'KUBELET_KUBEADM_ARGS="--authentication-token-webhook=false --node-ip=10.0.0.4"\n',
    'var/lib/kubelet/config.yaml': `${CONFIG_HEAD}authorization:\n  mode: Webhook\n`,
  }, {}, RULES);
  const [finding] = only(h.findings(uri(env)), RULE);
  assert.equal(finding?.text, '--authentication-token-webhook=false');
  assert.equal(finding?.message, `${WHAT}: set by \`--authentication-token-webhook=false\` in ${env}:1 (through $KUBELET_KUBEADM_ARGS).`);
  assert.equal(h.applyFix(uri(env), RULE).get(uri(env)), 'KUBELET_KUBEADM_ARGS="--authentication-token-webhook=true --node-ip=10.0.0.4"\n');
});

test('unknown: with an env file missing, the authorization mode is unknown and nothing is said', () => {
  const h = harness({
    'kubelet.service': '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet --config=/c.yaml $ARGS\n',
    'c.yaml': `${CONFIG_HEAD}authentication:\n  webhook:\n    enabled: false\n`,
  }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
});
