import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeletDuplicateFlag } from '../../../server/src/service/rules/kubelet-duplicate-flag.js';

const RULE = 'kubelet-duplicate-flag';
const UNIT = 'kubelet.service';
const rules = [kubeletDuplicateFlag];

test('a scalar flag given twice: information on the earlier one, naming the one that wins; the fix removes it', () => {
  const text = '[Service]\nExecStart=/usr/bin/kubelet --v=2 --config=/c.yaml --v=4\n';
  const h = harness({ [UNIT]: text }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), [
    {
      rule: RULE,
      severity: 'information',
      text: '--v=2',
      start: text.indexOf('--v=2'),
      end: text.indexOf(' --config'),
      message: '--v is given again later, and the last one wins: it is set by `--v=4` in kubelet.service:2. This `--v=2` has no effect.',
    },
  ]);
  const fixed = '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --v=4\n';
  assert.equal(h.applyFix(uri(UNIT), RULE).get(uri(UNIT)), fixed);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), []);
  assert.throws(() => h.applyFix(uri(UNIT), RULE), /no kubelet-duplicate-flag finding/);
  assert.equal(h.workspace.readFile(uri(UNIT)), fixed);
});

test('three times: both earlier ones are reported; the same value is called a repeat', () => {
  const h = harness({ [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --max-pods 110 --max-pods=110 --max-pods=250\n' }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE).map((f) => [f.text, f.message]), [
    ['--max-pods 110', '--max-pods is given again later, and the last one wins: it is set by `--max-pods=250` in kubelet.service:2. This `--max-pods 110` has no effect.'],
    ['--max-pods=110', '--max-pods is given again later, and the last one wins: it is set by `--max-pods=250` in kubelet.service:2. This `--max-pods=110` has no effect.'],
  ]);
  const repeat = harness({ [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --cgroup-driver=systemd --cgroup-driver=systemd\n' }, {}, rules);
  assert.equal(only(repeat.findings(uri(UNIT)), RULE)[0]?.message, '--cgroup-driver is given again later, and the last one wins: it is set by `--cgroup-driver=systemd` in kubelet.service:2. This `--cgroup-driver=systemd` repeats it and has no effect.');
});

test('across the kubeadm files: the winner is named with its file, line and variable', () => {
  const dropIn = 'usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf';
  const env = 'var/lib/kubelet/kubeadm-flags.env';
  const h = harness({
    [dropIn]: '[Service]\nEnvironment="KUBELET_KUBECONFIG_ARGS=--kubeconfig=/etc/kubernetes/kubelet.conf --cgroup-driver=cgroupfs"\nEnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_KUBEADM_ARGS\n',
    [env]: 'KUBELET_KUBEADM_ARGS="--cgroup-driver=systemd"\n',
  }, {}, rules);
  assert.deepEqual(only(h.findings(uri(dropIn)), RULE).map((f) => [f.text, f.message]), [
    ['--cgroup-driver=cgroupfs', '--cgroup-driver is given again later, and the last one wins: it is set by `--cgroup-driver=systemd` in var/lib/kubelet/kubeadm-flags.env:1 (through $KUBELET_KUBEADM_ARGS). This `--cgroup-driver=cgroupfs` has no effect.'],
  ]);
  assert.deepEqual(only(h.findings(uri(env)), RULE), []);
  assert.equal(
    h.applyFix(uri(dropIn), RULE).get(uri(dropIn)),
    '[Service]\nEnvironment="KUBELET_KUBECONFIG_ARGS=--kubeconfig=/etc/kubernetes/kubelet.conf"\nEnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_KUBEADM_ARGS\n',
  );
});

test('an env file flag overridden by a later ExecStart= flag on a continuation line', () => {
  const env = 'etc/default/kubelet';
  const text = '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS \\\n    --node-ip=10.0.0.5\n';
  const h = harness({ [UNIT]: text, [env]: 'KUBELET_EXTRA_ARGS=--node-ip=10.0.0.4 --v=2\n' }, {}, rules);
  assert.deepEqual(only(h.findings(uri(env)), RULE).map((f) => [f.text, f.message]), [
    ['--node-ip=10.0.0.4', '--node-ip is given again later, and the last one wins: it is set by `--node-ip=10.0.0.5` in kubelet.service:4. This `--node-ip=10.0.0.4` has no effect.'],
  ]);
  assert.equal(h.applyFix(uri(env), RULE).get(uri(env)), 'KUBELET_EXTRA_ARGS=--v=2\n');
});

test('a bare boolean given twice', () => {
  const h = harness({ [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --rotate-certificates --rotate-certificates=false\n' }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE).map((f) => f.text), ['--rotate-certificates']);
  assert.equal(h.applyFix(uri(UNIT), RULE).get(uri(UNIT)), '[Service]\nExecStart=/usr/bin/kubelet --rotate-certificates=false\n');
});

test('map and list flags add up, so repeating them is not reported', () => {
  const h = harness({
    [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --feature-gates=A=true --feature-gates=B=false --node-labels=a=1 --node-labels=b=2 --tls-cipher-suites=TLS_AES_128_GCM_SHA256 --tls-cipher-suites=TLS_AES_256_GCM_SHA384 --register-with-taints=a=b:NoSchedule --register-with-taints=c=d:NoExecute\n',
  }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), []);
});

test('but a map key set twice is: the later value wins for that key (no fix)', () => {
  const text = '[Service]\nExecStart=/usr/bin/kubelet --feature-gates=RotateKubeletServerCertificate=true,A=true --feature-gates=RotateKubeletServerCertificate=false --eviction-hard=memory.available<100Mi,memory.available<200Mi\n';
  const h = harness({ [UNIT]: text }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), [
    {
      rule: RULE,
      severity: 'information',
      text: 'RotateKubeletServerCertificate=true',
      start: text.indexOf('RotateKubeletServerCertificate=true'),
      end: text.indexOf(',A=true'),
      message: '--feature-gates sets RotateKubeletServerCertificate again later, and the later value wins: `RotateKubeletServerCertificate=false` in kubelet.service:2. This `RotateKubeletServerCertificate=true` has no effect.',
    },
    {
      rule: RULE,
      severity: 'information',
      text: 'memory.available<100Mi',
      start: text.indexOf('memory.available<100Mi'),
      end: text.indexOf(',memory.available<200Mi'),
      message: '--eviction-hard sets memory.available again later, and the later value wins: `memory.available<200Mi` in kubelet.service:2. This `memory.available<100Mi` has no effect.',
    },
  ]);
  assert.deepEqual(h.raw(uri(UNIT)).map((f) => f.fixes), [[], []]);
});

test('not reported: flags given once, and a flag that the config file also sets', () => {
  const h = harness({
    [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --read-only-port=0 --v=2\n',
    'c.yaml': 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: 10255\n',
  }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), []);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
});

test('a flag repeated inside a "#" comment in ExecStart= is not weighed (the comment is kubelet-positional-arg\'s)', () => {
  const h = harness({ [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --v=2 # --v=4\n' }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), []);
});
