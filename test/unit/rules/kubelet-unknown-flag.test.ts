import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeletUnknownFlag, nearestFlags } from '../../../server/src/service/rules/kubelet-unknown-flag.js';
import { editDistance } from '../../../server/src/service/text/edit-distance.js';
import { kubeletPositionalArg } from '../../../server/src/service/rules/kubelet-positional-arg.js';
import { kubeletFlag } from '../../../server/src/service/data/facts.js';
import { otherComponentFlagNames, otherComponentsWithFlag } from '../../../server/src/service/data/other-components.js';

const RULE = 'kubelet-unknown-flag';
const UNIT = 'kubelet.service';
const rules = [kubeletUnknownFlag];

test('a typo: the nearest flag is suggested, and the fix renames it in place', () => {
  const text = '[Service]\nExecStart=/usr/bin/kubelet --kubeconfg=/etc/kubernetes/kubelet.conf --v=2\n';
  const h = harness({ [UNIT]: text }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), [
    {
      rule: RULE,
      severity: 'error',
      text: '--kubeconfg',
      start: text.indexOf('--kubeconfg'),
      end: text.indexOf('=/etc'),
      message: '--kubeconfg is not a kubelet flag, so the kubelet will not start. Did you mean --kubeconfig?',
    },
  ]);
  const fixed = '[Service]\nExecStart=/usr/bin/kubelet --kubeconfig=/etc/kubernetes/kubelet.conf --v=2\n';
  assert.equal(h.applyFix(uri(UNIT), RULE).get(uri(UNIT)), fixed);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), []);
  assert.throws(() => h.applyFix(uri(UNIT), RULE), /no kubelet-unknown-flag finding/);
  assert.equal(h.workspace.readFile(uri(UNIT)), fixed);
});

test('the second fix removes the flag, with its value word when it was written after a space', () => {
  const h = harness({ [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --kubeconfg /etc/kubernetes/kubelet.conf --v=2\n' }, {}, rules);
  const [finding] = h.raw(uri(UNIT));
  assert.deepEqual(finding?.fixes.map((fix) => [fix.title, fix.preferred === true]), [['Change to --kubeconfig', true], ['Remove --kubeconfg /etc/kubernetes/kubelet.conf', false]]);
  assert.deepEqual(finding?.fixes[1]?.edits.map((e) => [e.start, e.end, e.newText]), [[37, 78, '']]);
});

test('wrong case: flag names are case-sensitive', () => {
  const h = harness({ [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --Anonymous-Auth=false\n' }, {}, rules);
  const [finding] = only(h.findings(uri(UNIT)), RULE);
  assert.equal(finding?.text, '--Anonymous-Auth');
  assert.equal(finding?.message, '--Anonymous-Auth is not a kubelet flag (flag names are case-sensitive), so the kubelet will not start. Did you mean --anonymous-auth?');
  assert.equal(h.applyFix(uri(UNIT), RULE).get(uri(UNIT)), '[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth=false\n');
});

test('a KubeletConfiguration field name used as a flag points to the flag', () => {
  const h = harness({ [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --readOnlyPort=0\n' }, {}, rules);
  const [finding] = only(h.findings(uri(UNIT)), RULE);
  assert.equal(finding?.message, '--readOnlyPort is not a kubelet flag, so the kubelet will not start. Did you mean --read-only-port?');
  assert.equal(h.applyFix(uri(UNIT), RULE).get(uri(UNIT)), '[Service]\nExecStart=/usr/bin/kubelet --read-only-port=0\n');
});

test('a single dash: read as one-letter flags, the fix adds the second dash', () => {
  const h = harness({ [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet -anonymous-auth=false\n' }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE).map((f) => [f.text, f.message]), [
    ['-anonymous-auth', '-anonymous-auth has a single dash, so the kubelet reads it as one-letter flags starting with -a, which it does not have, so the kubelet will not start. Did you mean --anonymous-auth?'],
  ]);
  assert.equal(h.applyFix(uri(UNIT), RULE).get(uri(UNIT)), '[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth=false\n');
});

test('an unknown one-letter flag: only -h and -v exist; the fix removes it', () => {
  const h = harness({ [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet -x --v=2\n' }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE).map((f) => [f.text, f.message]), [
    ['-x', '-x is not a kubelet flag (its only one-letter flags are -h and -v), so the kubelet will not start.'],
  ]);
  assert.equal(h.applyFix(uri(UNIT), RULE).get(uri(UNIT)), '[Service]\nExecStart=/usr/bin/kubelet --v=2\n');
});

test('a flag of another component: says which one; the only fix removes it (and its value word)', () => {
  const text = '[Service]\nExecStart=/usr/bin/kubelet --etcd-servers https://10.0.0.1:2379 --v=2\n';
  const h = harness({ [UNIT]: text }, {}, [kubeletUnknownFlag, kubeletPositionalArg]);
  assert.deepEqual(h.findings(uri(UNIT)), [
    {
      rule: RULE,
      severity: 'error',
      text: '--etcd-servers',
      start: text.indexOf('--etcd'),
      end: text.indexOf(' https'),
      message: "--etcd-servers is a flag of kube-apiserver, not of the kubelet, so the kubelet will not start. Remove it from the kubelet's command line.",
    },
  ]);
  assert.equal(h.raw(uri(UNIT))[0]?.fixes.length, 1);
  assert.equal(h.applyFix(uri(UNIT), RULE).get(uri(UNIT)), '[Service]\nExecStart=/usr/bin/kubelet --v=2\n');
  assert.deepEqual(h.findings(uri(UNIT)), []);
});

test('a flag shared by several other components names them all', () => {
  const h = harness({ [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --bind-address=0.0.0.0\n' }, {}, rules);
  assert.equal(
    only(h.findings(uri(UNIT)), RULE)[0]?.message,
    "--bind-address is a flag of kube-apiserver, kube-controller-manager, kube-scheduler and kube-proxy, not of the kubelet, so the kubelet will not start. Remove it from the kubelet's command line.",
  );
});

test('nothing close: no suggestion, the fix removes it', () => {
  const h = harness({ [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --frobnicate --v=2\n' }, {}, rules);
  assert.equal(only(h.findings(uri(UNIT)), RULE)[0]?.message, '--frobnicate is not a kubelet flag, so the kubelet will not start.');
  assert.equal(h.applyFix(uri(UNIT), RULE).get(uri(UNIT)), '[Service]\nExecStart=/usr/bin/kubelet --v=2\n');
});

test('two equally near flags: both are suggested, each with a fix', () => {
  const h = harness({ [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --authorization-webhook-cache-uauthorized-ttl=1m\n' }, {}, rules);
  const [finding] = h.raw(uri(UNIT));
  assert.equal(
    finding?.message,
    '--authorization-webhook-cache-uauthorized-ttl is not a kubelet flag, so the kubelet will not start. Did you mean --authorization-webhook-cache-authorized-ttl or --authorization-webhook-cache-unauthorized-ttl?',
  );
  assert.deepEqual(finding?.fixes.map((fix) => fix.title), [
    'Change to --authorization-webhook-cache-authorized-ttl',
    'Change to --authorization-webhook-cache-unauthorized-ttl',
    'Remove --authorization-webhook-cache-uauthorized-ttl=1m',
  ]);
});

test('on continuation lines: the rename keeps the layout; a removal takes the whole line', () => {
  const text = '[Service]\nExecStart=/usr/bin/kubelet \\\n    --node-lables=role=worker \\\n    --frobnicate \\\n    --v=2\n';
  const h = harness({ [UNIT]: text }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE).map((f) => [f.text, f.start]), [['--node-lables', text.indexOf('--node-lables')], ['--frobnicate', text.indexOf('--frobnicate')]]);
  h.applyFix(uri(UNIT), RULE, 0);
  assert.equal(h.workspace.readFile(uri(UNIT)), '[Service]\nExecStart=/usr/bin/kubelet \\\n    --node-labels=role=worker \\\n    --frobnicate \\\n    --v=2\n');
  h.applyFix(uri(UNIT), RULE, 0);
  assert.equal(h.workspace.readFile(uri(UNIT)), '[Service]\nExecStart=/usr/bin/kubelet \\\n    --node-labels=role=worker \\\n    --v=2\n');
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), []);
});

test('kubeadm layout: a typo in kubeadm-flags.env is fixed inside the quoted value', () => {
  const env = 'var/lib/kubelet/kubeadm-flags.env';
  const h = harness({
    'usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf': '[Service]\nEnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_KUBEADM_ARGS\n',
    [env]: 'KUBELET_KUBEADM_ARGS="--container-runtime-endpont=unix:///run/containerd/containerd.sock --node-ip=10.0.0.4"\n',
  }, {}, rules);
  const [finding] = only(h.findings(uri(env)), RULE);
  assert.equal(finding?.text, '--container-runtime-endpont');
  assert.equal(finding?.message, '--container-runtime-endpont is not a kubelet flag, so the kubelet will not start. Did you mean --container-runtime-endpoint?');
  assert.equal(h.applyFix(uri(env), RULE).get(uri(env)), 'KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///run/containerd/containerd.sock --node-ip=10.0.0.4"\n');
  assert.deepEqual(only(h.findings(uri('usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf')), RULE), []);
});

test('a drop-in Environment= value used as $VAR: reported and fixed in the drop-in', () => {
  const dropIn = 'kubelet.service.d/20-extra.conf';
  const h = harness({
    [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n',
    [dropIn]: '[Service]\nEnvironment="KUBELET_EXTRA_ARGS=--audit-log-path=/var/log/audit.log --v=2"\n',
  }, {}, rules);
  assert.deepEqual(only(h.findings(uri(dropIn)), RULE).map((f) => [f.text, f.message]), [
    ['--audit-log-path', "--audit-log-path is a flag of kube-apiserver, not of the kubelet, so the kubelet will not start. Remove it from the kubelet's command line."],
  ]);
  assert.equal(h.applyFix(uri(dropIn), RULE).get(uri(dropIn)), '[Service]\nEnvironment="KUBELET_EXTRA_ARGS=--v=2"\n');
});

test('an env file no unit in the workspace loads is still checked', () => {
  const env = 'etc/default/kubelet';
  const h = harness({ [env]: 'KUBELET_EXTRA_ARGS=--max-pod=50\n' }, {}, rules);
  assert.deepEqual(only(h.findings(uri(env)), RULE).map((f) => [f.text, f.message]), [
    ['--max-pod', '--max-pod is not a kubelet flag, so the kubelet will not start. Did you mean --max-pods?'],
  ]);
});

test('the target version decides which flags can be suggested', () => {
  const files = { [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --cloud-confg=/etc/cloud.conf\n' };
  assert.equal(only(harness(files, { kubernetesVersion: '1.33' }, rules).findings(uri(UNIT)), RULE)[0]?.message, '--cloud-confg is not a kubelet flag, so the kubelet will not start. Did you mean --cloud-config?');
  assert.equal(only(harness(files, { kubernetesVersion: '1.36' }, rules).findings(uri(UNIT)), RULE)[0]?.message, '--cloud-confg is not a kubelet flag, so the kubelet will not start.');
});

test('not reported: known flags in every form, removed flags (their own rule), and words after a "#"', () => {
  const h = harness({
    [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --anonymous_auth=false -v=2 -v 3 -v4 --cloud-config=/x --v=2 # --frobnicate\n',
  }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), []);
});

test('suggestions: squashed spelling first, then at most two edits, none for very short names', () => {
  assert.deepEqual(nearestFlags('cgroupdriver', '1.36'), ['cgroup-driver']);
  assert.deepEqual(nearestFlags('read-only-prot', '1.36'), ['read-only-port']);
  assert.deepEqual(nearestFlags('kube-config', '1.36'), ['kubeconfig']);
  assert.deepEqual(nearestFlags('tls-min-versoin', '1.36'), ['tls-min-version']);
  assert.deepEqual(nearestFlags('x', '1.36'), []);
  assert.deepEqual(nearestFlags('zzzzzzzz', '1.36'), []);
  assert.equal(editDistance('ab', 'ba'), 1);
  assert.equal(editDistance('kitten', 'sitting'), 3);
});

test('the other-components table never lists a kubelet flag', () => {
  const clashes = otherComponentFlagNames().filter((name) => kubeletFlag(name) !== undefined);
  assert.deepEqual(clashes, []);
  assert.ok(otherComponentFlagNames().length >= 30);
  assert.deepEqual(otherComponentsWithFlag('proxy-mode'), ['kube-proxy']);
  assert.deepEqual(otherComponentsWithFlag('anonymous-auth'), []);
});
