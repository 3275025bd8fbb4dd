import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeletPositionalArg } from '../../../server/src/service/rules/kubelet-positional-arg.js';

const RULE = 'kubelet-positional-arg';
const UNIT = 'kubelet.service';
const rules = [kubeletPositionalArg];

test("a boolean's value after a space: the flag means true and the value is a stray word; the fix joins them", () => {
  const text = '[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth false --v=2\n';
  const h = harness({ [UNIT]: text }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), [
    {
      rule: RULE,
      severity: 'error',
      text: 'false',
      start: text.indexOf('false'),
      end: text.indexOf(' --v'),
      message: '"false" is a separate argument: --anonymous-auth takes a value only after "=", so the flag means true and the kubelet will not start (it stops with "unknown command false"). Write --anonymous-auth=false.',
    },
  ]);
  const fixed = '[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth=false --v=2\n';
  assert.equal(h.applyFix(uri(UNIT), RULE).get(uri(UNIT)), fixed);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), []);
  assert.throws(() => h.applyFix(uri(UNIT), RULE), /no kubelet-positional-arg finding/);
  assert.equal(h.workspace.readFile(uri(UNIT)), fixed);
});

test('a detached boolean across a continuation line is joined, keeping the next continuation', () => {
  const text = '[Service]\nExecStart=/usr/bin/kubelet \\\n    --rotate-certificates \\\n    true \\\n    --v=2\n';
  const h = harness({ [UNIT]: text }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE).map((f) => [f.text, f.start]), [['true', text.indexOf('true')]]);
  assert.equal(h.applyFix(uri(UNIT), RULE).get(uri(UNIT)), '[Service]\nExecStart=/usr/bin/kubelet \\\n    --rotate-certificates=true \\\n    --v=2\n');
});

test('a YAML-style boolean after a space: explained, and the fix writes the Go spelling', () => {
  const h = harness({ [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --protect-kernel-defaults yes\n' }, {}, rules);
  const [finding] = only(h.findings(uri(UNIT)), RULE);
  assert.equal(
    finding?.message,
    '"yes" is a separate argument: --protect-kernel-defaults takes a value only after "=" (and as true or false: "yes" is not a Go boolean), so the flag means true and the kubelet will not start (it stops with "unknown command yes"). Write --protect-kernel-defaults=true.',
  );
  assert.equal(h.applyFix(uri(UNIT), RULE).get(uri(UNIT)), '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --protect-kernel-defaults=true\n');
});

test('--version raw: version takes its value only after "=" too', () => {
  const h = harness({ [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --version raw\n' }, {}, rules);
  assert.equal(only(h.findings(uri(UNIT)), RULE)[0]?.message, '"raw" is a separate argument: --version takes a value only after "=", so the flag means true and the kubelet will not start (it stops with "unknown command raw"). Write --version=raw.');
  assert.equal(h.applyFix(uri(UNIT), RULE).get(uri(UNIT)), '[Service]\nExecStart=/usr/bin/kubelet --version=raw\n');
});

test('in kubeadm-flags.env through $VAR: the join happens inside the quoted value', () => {
  const env = 'var/lib/kubelet/kubeadm-flags.env';
  const h = harness({
    'usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf': '[Service]\nEnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_KUBEADM_ARGS\n',
    [env]: 'KUBELET_KUBEADM_ARGS="--fail-swap-on false --node-ip=10.0.0.4"\n',
  }, {}, rules);
  assert.deepEqual(only(h.findings(uri(env)), RULE).map((f) => f.text), ['false']);
  assert.equal(h.applyFix(uri(env), RULE).get(uri(env)), 'KUBELET_KUBEADM_ARGS="--fail-swap-on=false --node-ip=10.0.0.4"\n');
});

test('a "#" comment inside ExecStart=: one finding for the comment, the fix removes it and keeps the continuation', () => {
  const text = '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml \\\n    --v=2 # more logs \\\n    --node-ip=10.0.0.4\n';
  const h = harness({ [UNIT]: text }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), [
    {
      rule: RULE,
      severity: 'error',
      text: '# more logs',
      start: text.indexOf('#'),
      end: text.indexOf(' \\\n    --node'),
      message: '"# more logs" reaches the kubelet as arguments: systemd treats "#" as a comment only at the start of a line, not inside ExecStart=. The kubelet will not start (it stops with "unknown command #").',
    },
  ]);
  const fixed = '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml \\\n    --v=2 \\\n    --node-ip=10.0.0.4\n';
  assert.equal(h.applyFix(uri(UNIT), RULE).get(uri(UNIT)), fixed);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), []);
});

test('a "#" comment at the end of ExecStart=, and a whole comment line inside a continuation (which systemd skips)', () => {
  const h = harness({ [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet \\\n# --v=9 \\\n    --v=2 #verbose\n' }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE).map((f) => f.text), ['#verbose']);
  assert.equal(h.applyFix(uri(UNIT), RULE).get(uri(UNIT)), '[Service]\nExecStart=/usr/bin/kubelet \\\n# --v=9 \\\n    --v=2\n');
});

test('a "#" taken as a flag value: explained, no fix (removing it would hand the flag the next word)', () => {
  const h = harness({ [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --config # the main config\n' }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE).map((f) => [f.text, f.message]), [
    ['# the main config', '"# the main config" reaches the kubelet as arguments: systemd treats "#" as a comment only at the start of a line, not inside ExecStart=. --config takes "#" as its value, and the kubelet will not start (it stops with "unknown command the").'],
  ]);
  assert.deepEqual(h.raw(uri(UNIT))[0]?.fixes, []);
});

test('a "#" in an env file value: env files have no comments after a value', () => {
  const env = 'etc/default/kubelet';
  const h = harness({
    [UNIT]: '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n',
    [env]: '# extra flags\nKUBELET_EXTRA_ARGS=--max-pods=50 # raised for CI\n',
  }, {}, rules);
  assert.deepEqual(only(h.findings(uri(env)), RULE).map((f) => [f.text, f.message]), [
    ['# raised for CI', '"# raised for CI" reaches the kubelet as arguments: an env file has no comments after a value, so they are part of $KUBELET_EXTRA_ARGS (etc/default/kubelet:2). The kubelet will not start (it stops with "unknown command #").'],
  ]);
  assert.equal(h.applyFix(uri(env), RULE).get(uri(env)), '# extra flags\nKUBELET_EXTRA_ARGS=--max-pods=50\n');
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), []);
});

test('a "#" in a drop-in Environment= value', () => {
  const dropIn = 'kubelet.service.d/10-args.conf';
  const h = harness({
    [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet $ARGS\n',
    [dropIn]: '[Service]\nEnvironment="ARGS=--v=2 # debug"\n',
  }, {}, rules);
  assert.deepEqual(only(h.findings(uri(dropIn)), RULE).map((f) => [f.text, f.message]), [
    ['# debug', '"# debug" reaches the kubelet as arguments: "#" does not start a comment inside Environment=, so they are part of $ARGS (kubelet.service.d/10-args.conf:2). The kubelet will not start (it stops with "unknown command #").'],
  ]);
  assert.equal(h.applyFix(uri(dropIn), RULE).get(uri(dropIn)), '[Service]\nEnvironment="ARGS=--v=2"\n');
});

test('words after "--" are arguments; when they are flags, the fix removes the "--"', () => {
  const text = '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml -- --v=2 --max-pods=50\n';
  const h = harness({ [UNIT]: text }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), [
    {
      rule: RULE,
      severity: 'error',
      text: '-- --v=2 --max-pods=50',
      start: text.indexOf('-- '),
      end: text.indexOf('\n', 20),
      message: '"--" ends the kubelet\'s flags, so "--v=2 --max-pods=50" are stray arguments and the kubelet will not start (it stops with "unknown command --v=2").',
    },
  ]);
  assert.equal(h.applyFix(uri(UNIT), RULE).get(uri(UNIT)), '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --v=2 --max-pods=50\n');
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), []);
});

test('a plain word after "--": no fix', () => {
  const h = harness({ [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet -- start\n' }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE).map((f) => [f.text, f.message]), [['-- start', '"--" ends the kubelet\'s flags, so "start" is a stray argument and the kubelet will not start (it stops with "unknown command start").']]);
  assert.deepEqual(h.raw(uri(UNIT))[0]?.fixes, []);
});

test('a value cut off from "--flag=" by a blank: the fix removes the blank', () => {
  const h = harness({ [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --node-ip= 10.0.0.4\n' }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE).map((f) => [f.text, f.message]), [
    ['10.0.0.4', '"10.0.0.4" is a separate argument: the blank after "--node-ip=" leaves that flag empty, and the kubelet will not start (it stops with "unknown command 10.0.0.4"). Remove the blank.'],
  ]);
  assert.equal(h.applyFix(uri(UNIT), RULE).get(uri(UNIT)), '[Service]\nExecStart=/usr/bin/kubelet --node-ip=10.0.0.4\n');
});

test('any other stray word: reported one by one (only the first is named in the error); the fix removes it', () => {
  const text = '[Service]\nExecStart=/usr/bin/kubelet kubelet --v=2 --rotate-certificates /var/lib/kubelet/pki\n';
  const h = harness({ [UNIT]: text }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE).map((f) => [f.text, f.message]), [
    ['kubelet', '"kubelet" is not a flag, and the kubelet takes nothing but flags, so the kubelet will not start (it stops with "unknown command kubelet").'],
    ['/var/lib/kubelet/pki', '"/var/lib/kubelet/pki" is not a flag (--rotate-certificates before it is a flag that takes no separate value), and the kubelet takes nothing but flags, so the kubelet will not start.'],
  ]);
  assert.equal(h.raw(uri(UNIT))[0]?.fixes[0]?.preferred, undefined);
  h.applyFix(uri(UNIT), RULE, 0);
  assert.equal(h.workspace.readFile(uri(UNIT)), '[Service]\nExecStart=/usr/bin/kubelet --v=2 --rotate-certificates /var/lib/kubelet/pki\n');
  h.applyFix(uri(UNIT), RULE, 0);
  assert.equal(h.workspace.readFile(uri(UNIT)), '[Service]\nExecStart=/usr/bin/kubelet --v=2 --rotate-certificates\n');
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), []);
});

test('the word after an unknown flag is left to kubelet-unknown-flag (it is most likely its value)', () => {
  const h = harness({ [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --etcd-servers https://10.0.0.1:2379\n' }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), []);
});

test('not reported: values attached or taken by flags that need one, shorthands, and a config file alone', () => {
  const h = harness({
    [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --config /c.yaml --anonymous-auth=false -v 2 --node-labels a=b --cluster-dns 10.96.0.10\n',
    'c.yaml': 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n',
  }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), []);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
});

test('an env file no unit in the workspace loads is still checked', () => {
  const env = 'etc/sysconfig/kubelet';
  const h = harness({ [env]: 'KUBELET_EXTRA_ARGS="--fail-swap-on false"\n' }, {}, rules);
  assert.deepEqual(only(h.findings(uri(env)), RULE).map((f) => f.text), ['false']);
  assert.equal(h.applyFix(uri(env), RULE).get(uri(env)), 'KUBELET_EXTRA_ARGS="--fail-swap-on=false"\n');
});
