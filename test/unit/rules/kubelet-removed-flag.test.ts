import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeletRemovedFlag } from '../../../server/src/service/rules/kubelet-removed-flag.js';
import type { NodeContext, Rule } from '../../../server/src/service/rules/rule.js';

const RULE = 'kubelet-removed-flag';

test('a removed flag names its release and replacement; the fix removes it with its separator', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --pod-infra-container-image=registry.k8s.io/pause:3.9 --v=2\n' });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    {
      rule: RULE,
      severity: 'error',
      text: '--pod-infra-container-image=registry.k8s.io/pause:3.9',
      start: 54,
      end: 107,
      message:
        '--pod-infra-container-image was removed in Kubernetes 1.35, so kubelet 1.36 will not start with it. Instead, configure the sandbox (pause) image in the container runtime (containerd sandbox_image / CRI-O pause_image).',
    },
  ]);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --v=2\n');
});

test('a removed flag whose replacement is another flag', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --container-runtime remote\n' });
  const [finding] = only(h.findings(uri('kubelet.service')), RULE);
  assert.equal(finding?.text, '--container-runtime remote');
  assert.equal(finding?.message, '--container-runtime was removed in Kubernetes 1.27, so kubelet 1.36 will not start with it. Use --container-runtime-endpoint instead.');
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet\n');
});

test('the target version decides: not removed yet in 1.34', () => {
  const files = { 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --pod-infra-container-image=pause\n' };
  assert.deepEqual(only(harness(files, { kubernetesVersion: '1.34' }).findings(uri('kubelet.service')), RULE), []);
  assert.equal(only(harness(files, { kubernetesVersion: '1.35' }).findings(uri('kubelet.service')), RULE).length, 1);
});

test('alone on a continued line, the whole line goes; on the last line, the previous backslash goes too', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet \\\n    --cloud-config=/etc/c \\\n    --v=2 \\\n    --keep-terminated-pod-volumes\nRestart=always\n' });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE).map((f) => f.text), ['--cloud-config=/etc/c', '--keep-terminated-pod-volumes']);
  h.applyFix(uri('kubelet.service'), RULE, 0);
  assert.equal(h.workspace.readFile(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet \\\n    --v=2 \\\n    --keep-terminated-pod-volumes\nRestart=always\n');
  h.applyFix(uri('kubelet.service'), RULE, 0);
  assert.equal(h.workspace.readFile(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet \\\n    --v=2\nRestart=always\n');
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('in kubeadm-flags.env, the fix edits inside the quoted value', () => {
  const h = harness({ 'var/lib/kubelet/kubeadm-flags.env': 'KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.10"\n' });
  const env = uri('var/lib/kubelet/kubeadm-flags.env');
  assert.equal(only(h.findings(env), RULE)[0]?.text, '--pod-infra-container-image=registry.k8s.io/pause:3.10');
  assert.equal(h.applyFix(env, RULE).get(env), 'KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///run/containerd/containerd.sock"\n');
});

test('current flags are not reported', () => {
  assert.deepEqual(only(harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c --node-ip=1.2.3.4\n' }).findings(uri('kubelet.service')), RULE), []);
});

const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';

test('a removed flag renamed to a flag with a config field: the preferred fix moves its value into the --config file, the other removes it', () => {
  const files = {
    'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --experimental-kernel-memcg-notification --v=2\n',
    'var/lib/kubelet/config.yaml': `${CONFIG_HEAD}cgroupDriver: systemd # from kubeadm\n`,
  };
  const h = harness(files, {}, [kubeletRemovedFlag]);
  const [finding] = h.raw(uri('kubelet.service'));
  assert.equal(
    finding?.message,
    '--experimental-kernel-memcg-notification was removed from the kubelet, so kubelet 1.36 will not start with it. Use --kernel-memcg-notification instead, or better `kernelMemcgNotification` in the KubeletConfiguration file.',
  );
  assert.deepEqual(finding?.fixes.map((fix) => [fix.title, fix.preferred]), [
    ['Move --experimental-kernel-memcg-notification to kernelMemcgNotification in var/lib/kubelet/config.yaml', true],
    ['Remove --experimental-kernel-memcg-notification', undefined],
  ]);
  const changed = h.applyFix(uri('kubelet.service'), RULE);
  assert.equal(changed.get(uri('kubelet.service')), '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --v=2\n');
  assert.equal(changed.get(uri('var/lib/kubelet/config.yaml')), `${CONFIG_HEAD}cgroupDriver: systemd # from kubeadm\nkernelMemcgNotification: true\n`);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(h.effective(uri('kubelet.service'), 'kernelMemcgNotification'), { value: true, origin: 'config:var/lib/kubelet/config.yaml:4', overridden: [] });
});

test('without the config file in the workspace, removal is the only (preferred) fix', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --experimental-kernel-memcg-notification=false --v=2\n' }, {}, [kubeletRemovedFlag]);
  assert.deepEqual(h.raw(uri('kubelet.service'))[0]?.fixes.map((fix) => [fix.title, fix.preferred]), [['Remove --experimental-kernel-memcg-notification', true]]);
});

/** The rule as it would behave if `name` had been removed with the replacement `config:<field>` (no such flag in the 1.36 data yet). */
function withRemovedFact(name: string, replacement: string): Rule {
  return {
    ...kubeletRemovedFlag,
    scope: 'node',
    check: (context: NodeContext) => {
      const flags = context.node.commandLine.flags.map((flag) => (flag.name === name && flag.fact ? { ...flag, fact: { ...flag.fact, status: 'removed' as const, removedIn: '1.36', replacement } } : flag));
      return kubeletRemovedFlag.scope === 'node' ? kubeletRemovedFlag.check({ ...context, node: { ...context.node, commandLine: { ...context.node.commandLine, flags } } }) : [];
    },
  };
}

test('a removed flag whose replacement is "config:<field>": moved into the file (in kubeadm-flags.env), or removed', () => {
  const env = 'var/lib/kubelet/kubeadm-flags.env';
  const files = {
    'usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf': '[Service]\nEnvironment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"\nEnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS\n',
    [env]: 'KUBELET_KUBEADM_ARGS="--node-ip=10.0.0.4 --max-pods=250"\n',
    'var/lib/kubelet/config.yaml': `${CONFIG_HEAD}maxPods: 110\n`,
  };
  const h = harness(files, {}, [withRemovedFact('max-pods', 'config:maxPods')]);
  const [finding] = only(h.findings(uri(env)), RULE);
  assert.equal(finding?.text, '--max-pods=250');
  assert.equal(finding?.message, '--max-pods was removed in Kubernetes 1.36, so kubelet 1.36 will not start with it. Set `maxPods` in the KubeletConfiguration file instead.');
  assert.deepEqual(h.raw(uri(env))[0]?.fixes.map((fix) => fix.title), ['Move --max-pods=250 to maxPods in var/lib/kubelet/config.yaml', 'Remove --max-pods']);
  const changed = h.applyFix(uri(env), RULE);
  assert.equal(changed.get(uri(env)), 'KUBELET_KUBEADM_ARGS="--node-ip=10.0.0.4"\n');
  assert.equal(changed.get(uri('var/lib/kubelet/config.yaml')), `${CONFIG_HEAD}maxPods: 250\n`);
  assert.deepEqual(only(h.findings(uri(env)), RULE), []);
  // A value that cannot move exactly (a zero the file's defaulting would replace) leaves only the removal.
  const zero = harness({ ...files, [env]: 'KUBELET_KUBEADM_ARGS="--max-pods=0"\n' }, {}, [withRemovedFact('max-pods', 'config:maxPods')]);
  assert.deepEqual(zero.raw(uri(env))[0]?.fixes.map((fix) => [fix.title, fix.preferred]), [['Remove --max-pods', true]]);
});
