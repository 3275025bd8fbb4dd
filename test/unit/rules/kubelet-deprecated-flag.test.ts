import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeletDeprecatedFlag } from '../../../server/src/service/rules/kubelet-deprecated-flag.js';
import { yamlString } from '../../../server/src/service/rules/kinds/move-to-config.js';

const RULE = 'kubelet-deprecated-flag';
const UNIT = 'kubelet.service';
const CONFIG = 'var/lib/kubelet/config.yaml';
const HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const rules = [kubeletDeprecatedFlag];
const unit = (args: string): string => `[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml ${args}\n`;

/** Applies the fix of the only finding and returns the unit and the config file afterwards; checks the finding is gone and the file parses. */
function moved(args: string, config: string, settings = {}): { unit: string; config: string } {
  const h = harness({ [UNIT]: unit(args), [CONFIG]: config }, settings, rules);
  assert.equal(only(h.findings(uri(UNIT)), RULE).length, 1);
  h.applyFix(uri(UNIT), RULE);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), []);
  const after = h.workspace.readFile(uri(CONFIG)) ?? '';
  assert.deepEqual(parseAllDocuments(after, { version: '1.1' }).flatMap((d) => d.errors), []);
  return { unit: h.workspace.readFile(uri(UNIT)) ?? '', config: after };
}

test('a flag with a config field: a hint on the flag name; the fix moves it into the --config file', () => {
  const text = unit('--anonymous-auth=false --v=2');
  const config = `${HEAD}authentication:\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt # cluster CA\n`;
  const h = harness({ [UNIT]: text, [CONFIG]: config }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), [
    {
      rule: RULE,
      severity: 'hint',
      text: '--anonymous-auth',
      start: text.indexOf('--anonymous-auth'),
      end: text.indexOf('=false'),
      message: '--anonymous-auth is deprecated: set `authentication.anonymous.enabled` in var/lib/kubelet/config.yaml instead.',
    },
  ]);
  assert.deepEqual(h.raw(uri(UNIT))[0]?.fixes.map((f) => [f.title, f.preferred]), [['Move --anonymous-auth=false to authentication.anonymous.enabled in var/lib/kubelet/config.yaml', true]]);
  const changed = h.applyFix(uri(UNIT), RULE);
  assert.equal(changed.get(uri(UNIT)), unit('--v=2'));
  assert.equal(changed.get(uri(CONFIG)), `${HEAD}authentication:\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt # cluster CA\n  anonymous:\n    enabled: false\n`);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), []);
  assert.throws(() => h.applyFix(uri(UNIT), RULE), /no kubelet-deprecated-flag finding/);
  // The kubelet runs with the same value, now from the file.
  assert.deepEqual(h.effective(uri(UNIT), 'authentication.anonymous.enabled'), { value: false, origin: 'config:var/lib/kubelet/config.yaml:7', overridden: [] });
});

test('the field already in the file: its value is replaced, its comment kept', () => {
  const result = moved('--read-only-port 0', `${HEAD}readOnlyPort: 10255 # legacy\nport: 10250\n`);
  assert.equal(result.unit, '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml\n');
  assert.equal(result.config, `${HEAD}readOnlyPort: 0 # legacy\nport: 10250\n`);
});

test('values are converted to YAML exactly: booleans, numbers, durations, quoted strings, lists', () => {
  assert.equal(moved('--rotate-certificates', HEAD).config, `${HEAD}rotateCertificates: true\n`);
  assert.equal(moved('--max-pods=0x6E', HEAD).config, `${HEAD}maxPods: 110\n`);
  assert.equal(moved('--streaming-connection-idle-timeout=5m', HEAD).config, `${HEAD}streamingConnectionIdleTimeout: 5m\n`);
  assert.equal(moved('--kube-reserved-cgroup=', HEAD).config, `${HEAD}kubeReservedCgroup: ""\n`);
  assert.equal(moved('--cluster-domain=yes', HEAD).config, `${HEAD}clusterDomain: "yes"\n`);
  assert.equal(moved('--cluster-dns=10.96.0.10,fd00::10', HEAD).config, `${HEAD}clusterDNS: [10.96.0.10, "fd00::10"]\n`);
  assert.equal(moved('--tls-curve-preferences=23,29', HEAD).config, `${HEAD}tlsCurvePreferences: [23, 29]\n`);
  assert.equal(moved('--pod-manifest-path=/etc/kubernetes/manifests', HEAD).config, `${HEAD}staticPodPath: /etc/kubernetes/manifests\n`);
});

test('map flags: one key becomes a block entry; several a flow map', () => {
  assert.equal(moved('--system-reserved=memory=1Gi', HEAD).config, `${HEAD}systemReserved:\n  memory: 1Gi\n`);
  assert.equal(moved('--eviction-hard=memory.available<100Mi,nodefs.available<10%', HEAD).config, `${HEAD}evictionHard: {memory.available: 100Mi, nodefs.available: 10%}\n`);
});

test('feature gates merge with the file: gates are set or added one by one, comments kept', () => {
  const result = moved('--feature-gates=A=true,B=false', `${HEAD}featureGates:\n  C: true\n  A: false # old\nrotateCertificates: true\n`);
  assert.equal(result.config, `${HEAD}featureGates:\n  C: true\n  A: true # old\n  B: false\nrotateCertificates: true\n`);
  assert.equal(moved('--feature-gates=A=true,B=false', `${HEAD}featureGates:\nport: 10250\n`).config, `${HEAD}featureGates:\n  A: true\n  B: false\nport: 10250\n`);
});

test('from kubeadm-flags.env: the flag leaves the quoted value, the field goes into config.yaml', () => {
  const env = 'var/lib/kubelet/kubeadm-flags.env';
  const h = harness({
    'usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf': '[Service]\nEnvironment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"\nEnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS\n',
    [env]: 'KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///run/containerd/containerd.sock --node-ip=10.0.0.4"\n',
    [CONFIG]: `${HEAD}cgroupDriver: systemd\n`,
  }, {}, rules);
  assert.deepEqual(only(h.findings(uri(env)), RULE).map((f) => [f.text, f.message]), [
    ['--container-runtime-endpoint', '--container-runtime-endpoint is deprecated: set `containerRuntimeEndpoint` in var/lib/kubelet/config.yaml instead.'],
  ]);
  const changed = h.applyFix(uri(env), RULE);
  assert.equal(changed.get(uri(env)), 'KUBELET_KUBEADM_ARGS="--node-ip=10.0.0.4"\n');
  assert.equal(changed.get(uri(CONFIG)), `${HEAD}cgroupDriver: systemd\ncontainerRuntimeEndpoint: unix:///run/containerd/containerd.sock\n`);
});

test('a drop-in Environment= value used as $VAR, on a continued ExecStart=', () => {
  const dropIn = 'kubelet.service.d/20-extra.conf';
  const h = harness({
    [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet \\\n    --config=/var/lib/kubelet/config.yaml \\\n    $KUBELET_EXTRA_ARGS\n',
    [dropIn]: '[Service]\nEnvironment="KUBELET_EXTRA_ARGS=--max-pods=250"\n',
    [CONFIG]: HEAD,
  }, {}, rules);
  const changed = h.applyFix(uri(dropIn), RULE);
  assert.equal(changed.get(uri(dropIn)), '[Service]\nEnvironment="KUBELET_EXTRA_ARGS="\n');
  assert.equal(changed.get(uri(CONFIG)), `${HEAD}maxPods: 250\n`);
});

test('no move when it would change what the kubelet runs with, or could not be exact', () => {
  const noFix = (args: string, config = HEAD, extra: Record<string, string> = {}): void => {
    const h = harness({ [UNIT]: unit(args), [CONFIG]: config, ...extra }, {}, rules);
    const findings = h.raw(uri(UNIT)).filter((f) => f.ruleId === RULE);
    assert.ok(findings.length > 0, args);
    assert.deepEqual(findings.map((f) => f.fixes), findings.map(() => []), args);
  };
  noFix('--streaming-connection-idle-timeout=0'); // a zero the file's defaulting would turn into 4h
  noFix('--max-pods=0');
  noFix('--pod-manifest-path=manifests'); // the file resolves relative paths against its own folder
  noFix('--max-pods=lots'); // a value the kubelet rejects
  noFix('--anonymous-auth false'); // the stray "false" must be fixed first
  noFix('--node-labels=a=b --feature-gates=A=true --feature-gates=B=true'); // a repeated map flag
  noFix('--eviction-hard=memory.available<1Gi', `${HEAD}mergeDefaultEvictionSettings: true\n`);
  noFix('--eviction-hard=memory.available<1Gi', `${HEAD}evictionHard:\n  nodefs.available: 5%\n`); // the flag replaces the whole map
  noFix('--anonymous-auth=false', '{"apiVersion": "kubelet.config.k8s.io/v1beta1", "kind": "KubeletConfiguration"}\n');
  noFix('--max-pods=250 --config-dir=/etc/kubernetes/kubelet.conf.d', HEAD, { 'etc/kubernetes/kubelet.conf.d/10-pods.conf': `${HEAD}maxPods: 200\n` });
  noFix('--manifest-url-header=a:b'); // no exact YAML for this type
});

test('a repeated scalar flag: only the occurrence in force can move', () => {
  const h = harness({ [UNIT]: unit('--max-pods=100 --max-pods=110'), [CONFIG]: HEAD }, {}, rules);
  assert.deepEqual(h.raw(uri(UNIT)).map((f) => f.fixes.length), [0, 1]);
  assert.equal(h.applyFix(uri(UNIT), RULE, 1).get(uri(CONFIG)), `${HEAD}maxPods: 110\n`);
});

test('without a config file in the workspace: the hint only', () => {
  const files = { [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth=false\n' };
  const h = harness(files, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE).map((f) => f.message), ['--anonymous-auth is deprecated: set `authentication.anonymous.enabled` in the KubeletConfiguration file instead.']);
  assert.deepEqual(h.raw(uri(UNIT))[0]?.fixes, []);
  const missing = harness({ [UNIT]: unit('--anonymous-auth=false') }, {}, rules);
  assert.deepEqual(missing.raw(uri(UNIT))[0]?.fixes, []);
});

test('deprecated flags without a config field: the removal release, the replacement, or none', () => {
  const h = harness({ [UNIT]: unit('--containerd=/run/containerd/containerd.sock --minimum-container-ttl-duration=1m --experimental-mounter-path=/bin/mount') }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE).map((f) => [f.text, f.message]), [
    ['--containerd', '--containerd is deprecated and goes away in Kubernetes 1.37, with no replacement.'],
    ['--minimum-container-ttl-duration', '--minimum-container-ttl-duration is deprecated. Instead: eviction-hard / eviction-soft (config: evictionHard / evictionSoft).'],
    ['--experimental-mounter-path', '--experimental-mounter-path is deprecated and has no replacement.'],
  ]);
  assert.deepEqual(h.raw(uri(UNIT)).map((f) => f.fixes), [[], [], []]);
});

test('the target version decides: a flag removed in the target release is kubelet-removed-flag\'s', () => {
  const files = { [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --containerd=/run/containerd/containerd.sock\n' };
  assert.equal(only(harness(files, { kubernetesVersion: '1.36' }, rules).findings(uri(UNIT)), RULE).length, 1);
  assert.deepEqual(only(harness(files, { kubernetesVersion: '1.37' }, rules).findings(uri(UNIT)), RULE), []);
});

test('current flags are not reported', () => {
  const h = harness({ [UNIT]: unit('--kubeconfig=/etc/kubernetes/kubelet.conf --node-ip=10.0.0.4 --v=2 -v 3 --hostname-override=n1 --seccomp-default'), [CONFIG]: HEAD }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), []);
});

test('YAML scalars read back as the same string', () => {
  assert.equal(yamlString('unix:///run/containerd/containerd.sock'), 'unix:///run/containerd/containerd.sock');
  assert.equal(yamlString('on'), '"on"');
  assert.equal(yamlString('0755'), '"0755"');
  assert.equal(yamlString('1e3'), '"1e3"');
  assert.equal(yamlString(''), '""');
  assert.equal(yamlString('a: b'), '"a: b"');
  assert.equal(yamlString('#x'), '"#x"');
  assert.equal(yamlString(' lead'), '" lead"');
  assert.equal(yamlString('a,b', true), '"a,b"');
  assert.equal(yamlString('a,b'), 'a,b');
  assert.equal(yamlString('say "hi"\n'), '"say \\"hi\\"\\n"');
});

test('a deprecated flag inside a "#" comment in ExecStart= gets no hint', () => {
  const h = harness({ [UNIT]: unit('--v=2 # --max-pods=10'), [CONFIG]: HEAD }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE), []);
});
