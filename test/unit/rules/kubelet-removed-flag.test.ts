import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';

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
