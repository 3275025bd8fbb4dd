import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeletInvalidValue } from '../../../server/src/service/rules/kubelet-invalid-value.js';

const RULE = 'kubelet-invalid-value';
const UNIT = 'kubelet.service';
const CONFIG = 'var/lib/kubelet/config.yaml';
const HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const rules = [kubeletInvalidValue];
const unit = (args: string): string => `[Service]\nExecStart=/usr/bin/kubelet ${args}\n`;
const withConfig = (args: string): string => unit(`--config=/var/lib/kubelet/config.yaml ${args}`);

/** [text under the range, message] of the rule's findings in `path`. */
function seen(files: Record<string, string>, path: string, settings = {}): [string, string][] {
  return only(harness(files, settings, rules).findings(uri(path)), RULE).map((f) => [f.text, f.message]);
}

test('a boolean flag with a YAML-style value: exact range, message and severity', () => {
  const text = unit('--anonymous-auth=yes --v=2');
  assert.deepEqual(only(harness({ [UNIT]: text }, {}, rules).findings(uri(UNIT)), RULE), [
    {
      rule: RULE,
      severity: 'error',
      text: 'yes',
      start: text.indexOf('yes'),
      end: text.indexOf(' --v'),
      message: '"yes" is not a valid value for --anonymous-auth, so the kubelet will not start: it is not a boolean (write true or false). It is set by `--anonymous-auth=yes` in kubelet.service:2.',
    },
  ]);
});

test('an empty boolean value ("--flag="): the whole word is marked', () => {
  assert.deepEqual(seen({ [UNIT]: unit('--fail-swap-on= --v=2') }, UNIT), [
    ['--fail-swap-on=', '"" is not a valid value for --fail-swap-on, so the kubelet will not start: an empty value is not a boolean (write true or false). It is set by `--fail-swap-on=` in kubelet.service:2.'],
  ]);
});

test('integers: not a number, too large for the type, negative where not allowed, out of range', () => {
  assert.deepEqual(seen({ [UNIT]: unit('--max-pods=110abc --node-status-max-images=3000000000 --event-qps=-1 --port=0 --read-only-port 70000 --oom-score-adj=-1001 --image-gc-high-threshold=101') }, UNIT), [
    ['110abc', '"110abc" is not a valid value for --max-pods, so the kubelet will not start: it is not a whole number. It is set by `--max-pods=110abc` in kubelet.service:2.'],
    ['3000000000', '"3000000000" is not a valid value for --node-status-max-images, so the kubelet will not start: it does not fit in a 32-bit integer. It is set by `--node-status-max-images=3000000000` in kubelet.service:2.'],
    ['-1', '-1 is not a valid value for --event-qps, so the kubelet will not start: it must not be negative. It is set by `--event-qps=-1` in kubelet.service:2.'],
    ['0', '0 is not a valid value for --port, so the kubelet will not start: it must be between 1 and 65535. It is set by `--port=0` in kubelet.service:2.'],
    ['70000', '70000 is not a valid value for --read-only-port, so the kubelet will not start: it must be between 0 and 65535. It is set by `--read-only-port 70000` in kubelet.service:2.'],
    ['-1001', '-1001 is not a valid value for --oom-score-adj, so the kubelet will not start: it must be between -1000 and 1000. It is set by `--oom-score-adj=-1001` in kubelet.service:2.'],
    ['101', '101 is not a valid value for --image-gc-high-threshold, so the kubelet will not start: it must be between 0 and 100. It is set by `--image-gc-high-threshold=101` in kubelet.service:2.'],
  ]);
});

test('durations: "d" is not a unit, a number needs one; negative ages and out-of-range periods', () => {
  assert.deepEqual(seen({ [UNIT]: unit('--streaming-connection-idle-timeout=4d --sync-frequency 30 --minimum-image-ttl-duration=-1m --cpu-cfs-quota-period=2s --streaming-connection-idle-timeout=0') }, UNIT), [
    ['4d', '"4d" is not a valid value for --streaming-connection-idle-timeout, so the kubelet will not start: "d" is not a duration unit (use ns, us, ms, s, m or h). It is set by `--streaming-connection-idle-timeout=4d` in kubelet.service:2.'],
    ['30', '"30" is not a valid value for --sync-frequency, so the kubelet will not start: a number needs a unit (ns, us, ms, s, m or h); only a bare 0 may go without one. It is set by `--sync-frequency 30` in kubelet.service:2.'],
    ['-1m', '"-1m" is not a valid value for --minimum-image-ttl-duration, so the kubelet will not start: it must not be negative. It is set by `--minimum-image-ttl-duration=-1m` in kubelet.service:2.'],
    ['2s', '"2s" is not a valid value for --cpu-cfs-quota-period, so the kubelet will not start: it must be between 1ms and 1s. It is set by `--cpu-cfs-quota-period=2s` in kubelet.service:2.'],
  ]);
});

test('an enum with the wrong case: the fix writes the listed spelling; an unknown value has no fix', () => {
  const h = harness({ [UNIT]: unit('--authorization-mode=webhook --tls-min-version=TLS12') }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE).map((f) => [f.text, f.message]), [
    ['webhook', '"webhook" is not a valid value for --authorization-mode, so the kubelet will not start: values are case-sensitive (write Webhook). It is set by `--authorization-mode=webhook` in kubelet.service:2.'],
    ['TLS12', '"TLS12" is not a valid value for --tls-min-version, so the kubelet will not start: use one of VersionTLS10, VersionTLS11, VersionTLS12, VersionTLS13. It is set by `--tls-min-version=TLS12` in kubelet.service:2.'],
  ]);
  assert.deepEqual(h.raw(uri(UNIT))[1]?.fixes, []);
  const fixed = unit('--authorization-mode=Webhook --tls-min-version=TLS12');
  assert.equal(h.applyFix(uri(UNIT), RULE).get(uri(UNIT)), fixed);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE).map((f) => f.text), ['TLS12']);
  assert.equal(h.workspace.readFile(uri(UNIT)), fixed);
});

test('empty enum values: refused where the kubelet has no default for them, accepted where empty means the default', () => {
  assert.deepEqual(seen({ [UNIT]: unit('--topology-manager-policy= --tls-min-version= --cloud-provider=') }, UNIT), [
    ['--topology-manager-policy=', '"" is not a valid value for --topology-manager-policy, so the kubelet will not start: an empty value is not allowed; use one of none, best-effort, restricted, single-numa-node. It is set by `--topology-manager-policy=` in kubelet.service:2.'],
  ]);
});

test('flags of the command line only: cloud provider, node IP, an empty runtime endpoint, run-once mode', () => {
  assert.deepEqual(seen({ [UNIT]: unit('--cloud-provider=aws --node-ip=10.0.0.4,10.0.0.300 --container-runtime-endpoint= --runonce') }, UNIT), [
    ['aws', '"aws" is not a valid value for --cloud-provider, so the kubelet will not start: use external (or leave it empty). It is set by `--cloud-provider=aws` in kubelet.service:2.'],
    ['10.0.0.300', '"10.0.0.300" is not a valid address in --node-ip, so the kubelet will not start: it is not an IP address. It is set by `--node-ip=10.0.0.4,10.0.0.300` in kubelet.service:2.'],
    ['--container-runtime-endpoint=', '"" is not a valid value for --container-runtime-endpoint, so the kubelet will not start: the kubelet needs a container runtime endpoint. It is set by `--container-runtime-endpoint=` in kubelet.service:2.'],
    ['--runonce', 'true is not a valid value for --runonce, so the kubelet will not start: run-once mode is no longer supported. It is set by `--runonce` in kubelet.service:2.'],
  ]);
});

test('map flags: each bad pair, key or value gets its own range', () => {
  assert.deepEqual(seen({ [UNIT]: unit('--feature-gates=KubeletPSI=true,MaxUnavailableStatefulSet=yes,RotateKubeletServerCertificate --eviction-hard=memory.available<-1Gi,foo.available<1Gi,nodefs.available<120% --system-reserved=cpu=500m,gpu=1,memory=1Kb') }, UNIT), [
    ['yes', '"yes" is not a valid value for MaxUnavailableStatefulSet in --feature-gates, so the kubelet will not start: it is not a boolean (write true or false). It is set by `--feature-gates=KubeletPSI=true,MaxUnavailableStatefulSet=yes,RotateKubeletServerCertificate` in kubelet.service:2.'],
    ['RotateKubeletServerCertificate', '"RotateKubeletServerCertificate" is not a valid entry for --feature-gates, so the kubelet will not start: write name=true or name=false. It is set by `--feature-gates=KubeletPSI=true,MaxUnavailableStatefulSet=yes,RotateKubeletServerCertificate` in kubelet.service:2.'],
    ['-1Gi', '"-1Gi" is not a valid value for memory.available in --eviction-hard, so the kubelet will not start: a threshold must be above zero. It is set by `--eviction-hard=memory.available<-1Gi,foo.available<1Gi,nodefs.available<120%` in kubelet.service:2.'],
    ['foo.available', '"foo.available" is not a valid key in --eviction-hard, so the kubelet will not start: use memory.available, nodefs.available, nodefs.inodesFree, imagefs.available, imagefs.inodesFree, containerfs.available, containerfs.inodesFree, allocatableMemory.available, pid.available. It is set by `--eviction-hard=memory.available<-1Gi,foo.available<1Gi,nodefs.available<120%` in kubelet.service:2.'],
    ['120%', '"120%" is not a valid value for nodefs.available in --eviction-hard, so the kubelet will not start: a percentage must be between 0% and 100%. It is set by `--eviction-hard=memory.available<-1Gi,foo.available<1Gi,nodefs.available<120%` in kubelet.service:2.'],
    ['gpu', '"gpu" is not a valid key in --system-reserved, so the kubelet will not start: use cpu, memory, ephemeral-storage, pid. It is set by `--system-reserved=cpu=500m,gpu=1,memory=1Kb` in kubelet.service:2.'],
    ['1Kb', '"1Kb" is not a valid value for memory in --system-reserved, so the kubelet will not start: it is not a quantity such as 500m, 100Mi or 1G. It is set by `--system-reserved=cpu=500m,gpu=1,memory=1Kb` in kubelet.service:2.'],
  ]);
});

test('list flags: cipher suites by exact name, enforcement keys, taints', () => {
  assert.deepEqual(seen({ [UNIT]: unit('--tls-cipher-suites=TLS_FOO,tls_aes_128_gcm_sha256 --enforce-node-allocatable=pods,none --register-with-taints=a=b:NoSchedul') }, UNIT), [
    ['TLS_FOO', '"TLS_FOO" is not a valid entry in --tls-cipher-suites, so the kubelet will not start: it is not a cipher suite name Go knows (such as TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256). It is set by `--tls-cipher-suites=TLS_FOO,tls_aes_128_gcm_sha256` in kubelet.service:2.'],
    ['tls_aes_128_gcm_sha256', '"tls_aes_128_gcm_sha256" is not a valid entry in --tls-cipher-suites, so the kubelet will not start: names are exact: write TLS_AES_128_GCM_SHA256. It is set by `--tls-cipher-suites=TLS_FOO,tls_aes_128_gcm_sha256` in kubelet.service:2.'],
    ['none', '"none" is not a valid entry in --enforce-node-allocatable, so the kubelet will not start: "none" cannot be combined with other values. It is set by `--enforce-node-allocatable=pods,none` in kubelet.service:2.'],
    ['a=b:NoSchedul', '"a=b:NoSchedul" is not a valid entry for --register-with-taints, so the kubelet will not start: "NoSchedul" is not a taint effect; use NoSchedule, PreferNoSchedule or NoExecute. It is set by `--register-with-taints=a=b:NoSchedul` in kubelet.service:2.'],
  ]);
});

test('a flag left without its value at the end of the command line, and one that swallows the next flag', () => {
  assert.deepEqual(seen({ [UNIT]: unit('--v=2 --config') }, UNIT), [
    ['--config', '--config needs a value, but nothing follows it, so the kubelet will not start ("flag needs an argument").'],
  ]);
  assert.deepEqual(seen({ [UNIT]: unit('--kubeconfig --v=2') }, UNIT), [
    ['--kubeconfig', '--kubeconfig has no value of its own: it takes the next word, "--v=2", as its value, so that flag is lost. Give --kubeconfig a value.'],
  ]);
});

test('a single dash before a long name: read as -v with a value', () => {
  assert.deepEqual(seen({ [UNIT]: unit('-verbose') }, UNIT), [
    ['erbose', '"erbose" is not a valid value for --v, so the kubelet will not start: it is not a whole number. It is set by `-verbose` in kubelet.service:2. A single dash makes "-verbose" the one-letter flag -v with the value "erbose"; long flags take two dashes.'],
  ]);
});

test('repeated flags: every occurrence must parse, but only the one in force must be in range', () => {
  assert.deepEqual(seen({ [UNIT]: unit('--max-pods=abc --max-pods=10 --event-qps=-1 --event-qps=5') }, UNIT).map(([text]) => text), ['abc']);
});

test('continuation lines: the range is the value on its own line', () => {
  const text = '[Service]\nExecStart=/usr/bin/kubelet \\\n    --max-pods \\\n    many \\\n    --v=2\n';
  const [finding] = only(harness({ [UNIT]: text }, {}, rules).findings(uri(UNIT)), RULE);
  assert.deepEqual([finding?.text, finding?.start], ['many', text.indexOf('many')]);
});

test('kubeadm layout: a value in kubeadm-flags.env, named with the variable it came through', () => {
  const env = 'var/lib/kubelet/kubeadm-flags.env';
  const dropIn = 'usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf';
  const h = harness({
    [dropIn]: '[Service]\nEnvironment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"\nEnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS\n',
    [env]: 'KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///run/containerd/containerd.sock --pod-max-pids=lots"\n',
    [CONFIG]: HEAD,
  }, {}, rules);
  assert.deepEqual(only(h.findings(uri(env)), RULE).map((f) => [f.text, f.message]), [
    ['lots', '"lots" is not a valid value for --pod-max-pids, so the kubelet will not start: it is not a whole number. It is set by `--pod-max-pids=lots` in var/lib/kubelet/kubeadm-flags.env:1 (through $KUBELET_KUBEADM_ARGS).'],
  ]);
  assert.deepEqual(only(h.findings(uri(dropIn)), RULE), []);
});

test('a drop-in Environment= value used as $VAR', () => {
  const dropIn = 'kubelet.service.d/20-extra.conf';
  assert.deepEqual(seen({ [UNIT]: unit('$KUBELET_EXTRA_ARGS'), [dropIn]: '[Service]\nEnvironment="KUBELET_EXTRA_ARGS=--container-log-max-size=10MB"\n' }, dropIn), [
    ['10MB', '"10MB" is not a valid value for --container-log-max-size, so the kubelet will not start: it is not a quantity such as 500m, 100Mi or 1G. It is set by `--container-log-max-size=10MB` in kubelet.service.d/20-extra.conf:2 (through $KUBELET_EXTRA_ARGS).'],
  ]);
});

test('config file values of the right type but bad content', () => {
  const config = `${HEAD}streamingConnectionIdleTimeout: 4d\nauthorization:\n  mode: Alwaysallow\nreadOnlyPort: 70000\ncontainerLogMaxSize: 10MB\npodLogsDir: var/log/pods\nshutdownGracePeriod: 500ms\nrunOnce: true\n`;
  assert.deepEqual(seen({ [UNIT]: withConfig(''), [CONFIG]: config }, CONFIG), [
    ['4d', '"4d" is not a valid value for streamingConnectionIdleTimeout, so the kubelet will not start: "d" is not a duration unit (use ns, us, ms, s, m or h). It is set by `streamingConnectionIdleTimeout: 4d` in var/lib/kubelet/config.yaml:3.'],
    ['Alwaysallow', '"Alwaysallow" is not a valid value for authorization.mode, so the kubelet will not start: values are case-sensitive (write AlwaysAllow). It is set by `authorization.mode: Alwaysallow` in var/lib/kubelet/config.yaml:5.'],
    ['70000', '70000 is not a valid value for readOnlyPort, so the kubelet will not start: it must be between 0 and 65535. It is set by `readOnlyPort: 70000` in var/lib/kubelet/config.yaml:6.'],
    ['10MB', '"10MB" is not a valid value for containerLogMaxSize, so the kubelet will not start: it is not a quantity such as 500m, 100Mi or 1G. It is set by `containerLogMaxSize: 10MB` in var/lib/kubelet/config.yaml:7.'],
    ['var/log/pods', '"var/log/pods" is not a valid value for podLogsDir, so the kubelet will not start: it must be an absolute path. It is set by `podLogsDir: var/log/pods` in var/lib/kubelet/config.yaml:8.'],
    ['500ms', '"500ms" is not a valid value for shutdownGracePeriod, so the kubelet will not start: it must be 0 or at least 1s. It is set by `shutdownGracePeriod: 500ms` in var/lib/kubelet/config.yaml:9.'],
    ['true', 'true is not a valid value for runOnce, so the kubelet will not start: run-once mode is no longer supported. It is set by `runOnce: true` in var/lib/kubelet/config.yaml:10.'],
  ]);
});

test('config enum with the wrong case: the fix keeps the quotes and the comment', () => {
  const config = `${HEAD}authorization:\n  mode: "alwaysallow" # legacy\n`;
  const h = harness({ [UNIT]: withConfig(''), [CONFIG]: config }, {}, rules);
  assert.equal(h.applyFix(uri(CONFIG), RULE).get(uri(CONFIG)), `${HEAD}authorization:\n  mode: "AlwaysAllow" # legacy\n`);
  assert.deepEqual(only(h.findings(uri(CONFIG)), RULE), []);
});

test('config maps and lists: eviction thresholds, reservations, cipher suites, enforcement keys, taint effects, quantities', () => {
  const config = `${HEAD}evictionHard:\n  memory.available: 10Q\n  nodefs.available: "0"\nsystemReserved:\n  memory: -1Gi\n  cpu: 1K\ntlsCipherSuites: [TLS_AES_128_GCM_SHA256, TLS_BAR]\nenforceNodeAllocatable:\n- pods\n- foo\nregisterWithTaints:\n- key: a\n  effect: NoSchedul\nlogging:\n  format: JSON\n  options:\n    json:\n      infoBufferSize: 5X\n`;
  assert.deepEqual(seen({ [UNIT]: withConfig(''), [CONFIG]: config }, CONFIG), [
    ['10Q', '"10Q" is not a valid value for memory.available in evictionHard, so the kubelet will not start: it is not a quantity such as 500m, 100Mi or 1G. It is set by `evictionHard.memory.available: 10Q` in var/lib/kubelet/config.yaml:4.'],
    ['"0"', '"0" is not a valid value for nodefs.available in evictionHard, so the kubelet will not start: a threshold must be above zero. It is set by `evictionHard.nodefs.available: 0` in var/lib/kubelet/config.yaml:5.'],
    ['-1Gi', '"-1Gi" is not a valid value for memory in systemReserved, so the kubelet will not start: a reservation cannot be negative. It is set by `systemReserved.memory: -1Gi` in var/lib/kubelet/config.yaml:7.'],
    ['1K', '"1K" is not a valid value for cpu in systemReserved, so the kubelet will not start: "K" is not a quantity suffix (use Ki, Mi, Gi, Ti, Pi, Ei, or n, u, m, k, M, G, T, P, E, or an exponent such as e3; they are case-sensitive). It is set by `systemReserved.cpu: 1K` in var/lib/kubelet/config.yaml:8.'],
    ['TLS_BAR', '"TLS_BAR" is not a valid entry in tlsCipherSuites, so the kubelet will not start: it is not a cipher suite name Go knows (such as TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256). It is set by `tlsCipherSuites: ["TLS_AES_128_GCM_SHA256","TLS_BAR"]` in var/lib/kubelet/config.yaml:9.'],
    ['foo', '"foo" is not a valid entry in enforceNodeAllocatable, so the kubelet will not start: use one of none, pods, system-reserved, system-reserved-compressible, kube-reserved, kube-reserved-compressible. It is set by `enforceNodeAllocatable: ["pods","foo"]` in var/lib/kubelet/config.yaml:10.'],
    ['NoSchedul', '"NoSchedul" is not a valid value for registerWithTaints[].effect, so the kubelet will not start: use one of NoSchedule, PreferNoSchedule, NoExecute. It is set by `registerWithTaints[].effect: NoSchedul` in var/lib/kubelet/config.yaml:15.'],
    ['JSON', '"JSON" is not a valid value for logging.format, so the kubelet will not start: values are case-sensitive (write json). It is set by `logging.format: JSON` in var/lib/kubelet/config.yaml:17.'],
    ['5X', '"5X" is not a valid value for logging.options.json.infoBufferSize, so the kubelet will not start: it is not a quantity such as 500m, 100Mi or 1G. It is set by `logging.options.json.infoBufferSize: 5X` in var/lib/kubelet/config.yaml:20.'],
  ]);
});

test('not this rule: wrong JSON types in the file (config-type-error), zero values the defaulting replaces, empty strings', () => {
  const config = `${HEAD}readOnlyPort: "70000"\nsyncFrequency: 60\nport: 0\nmaxPods: 0\nauthorization:\n  mode: ""\ncgroupDriver: ""\nevictionHard:\n  memory.available: 5\n`;
  assert.deepEqual(seen({ [UNIT]: withConfig(''), [CONFIG]: config }, CONFIG), []);
});

test('a flag that overrides a bad config value: a range problem goes away, a duration the file cannot decode stays', () => {
  const config = `${HEAD}readOnlyPort: 70000\nstreamingConnectionIdleTimeout: 4d\n`;
  const files = { [UNIT]: withConfig('--read-only-port=0 --streaming-connection-idle-timeout=1h'), [CONFIG]: config };
  assert.deepEqual(seen(files, CONFIG).map(([text]) => text), ['4d']);
  assert.deepEqual(seen(files, UNIT), []);
});

test('--config-dir fragments: the value in force is judged, and the main file must still decode', () => {
  const files = {
    [UNIT]: withConfig('--config-dir=/etc/kubernetes/kubelet.conf.d'),
    [CONFIG]: `${HEAD}readOnlyPort: 70000\nstreamingConnectionIdleTimeout: 4d\n`,
    'etc/kubernetes/kubelet.conf.d/10-ports.conf': `${HEAD}readOnlyPort: 0\nstreamingConnectionIdleTimeout: 1h\nhealthzPort: -5\n`,
  };
  assert.deepEqual(seen(files, CONFIG).map(([text]) => text), ['4d']);
  assert.deepEqual(seen(files, 'etc/kubernetes/kubelet.conf.d/10-ports.conf'), [
    ['-5', '-5 is not a valid value for healthzPort, so the kubelet will not start: it must be between 0 and 65535. It is set by `healthzPort: -5` in the --config-dir fragment etc/kubernetes/kubelet.conf.d/10-ports.conf:5.'],
  ]);
});

test('a config file no unit names is checked on its own', () => {
  assert.deepEqual(seen({ 'config.yaml': `${HEAD}eventRecordQPS: -5\n` }, 'config.yaml'), [
    ['-5', '-5 is not a valid value for eventRecordQPS, so the kubelet will not start: it must not be negative. It is set by `eventRecordQPS: -5` in config.yaml:3.'],
  ]);
});

test('of duplicate keys in the file, only the later one counts', () => {
  assert.deepEqual(seen({ [UNIT]: withConfig(''), [CONFIG]: `${HEAD}readOnlyPort: 70000\nreadOnlyPort: 0\nsyncFrequency: 1d\nsyncFrequency: 1m\n` }, CONFIG), []);
});

test('valid values in every form are not reported', () => {
  const config = `${HEAD}streamingConnectionIdleTimeout: 5m\nauthorization:\n  mode: Webhook\nreadOnlyPort: 0\nevictionHard:\n  memory.available: 100Mi\n  nodefs.available: 10%\nsystemReserved:\n  cpu: 500m\ntlsCipherSuites: [TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256]\ncpuCFSQuotaPeriod: 100ms\nreservedSystemCPUs: 0-1,4\n`;
  const files = {
    [UNIT]: withConfig('--anonymous-auth=false --rotate-certificates -v 2 --max-pods=0x6E --feature-gates=MaxUnavailableStatefulSet=true,RotateKubeletServerCertificate=F --node-ip=10.0.0.4,fd00::4 --eviction-soft=memory.available<1Gi --eviction-soft-grace-period=memory.available=1m30s --cloud-provider=external --tls-min-version=VersionTLS12'),
    [CONFIG]: config,
  };
  assert.deepEqual(seen(files, UNIT), []);
  assert.deepEqual(seen(files, CONFIG), []);
});

test('flags inside a "#" comment in ExecStart= are left to kubelet-positional-arg', () => {
  assert.deepEqual(seen({ [UNIT]: unit('--v=2 # --max-pods=abc') }, UNIT), []);
});

test('more map and list syntax: reclaim, grace periods, QoS reservations, vmodule, headers, curves, policy options, IP flags', () => {
  assert.deepEqual(
    seen({ [UNIT]: unit('--eviction-minimum-reclaim=memory.available=-1Mi,nodefs.available=0% --eviction-soft-grace-period=memory.available=1x --qos-reserved=memory=150%,cpu=10% --vmodule=server=x --manifest-url-header=Authorization --tls-curve-preferences=23,x --cpu-manager-policy-options=full-pcpus-only --healthz-bind-address=localhost') }, UNIT)
      .map(([text, message]) => [text, message.slice(0, message.indexOf(' It is set by'))]),
    [
      ['-1Mi', '"-1Mi" is not a valid value for memory.available in --eviction-minimum-reclaim, so the kubelet will not start: a minimum reclaim cannot be negative.'],
      ['0%', '"0%" is not a valid value for nodefs.available in --eviction-minimum-reclaim, so the kubelet will not start: a percentage must be above 0%.'],
      ['1x', '"1x" is not a valid value for memory.available in --eviction-soft-grace-period, so the kubelet will not start: "x" is not a duration unit (use ns, us, ms, s, m or h).'],
      ['150%', '"150%" is not a valid value for memory in --qos-reserved, so the kubelet will not start: write a percentage between 0% and 100%.'],
      ['cpu', '"cpu" is not a valid key in --qos-reserved, so the kubelet will not start: use memory.'],
      ['server=x', '"server=x" is not a valid entry for --vmodule, so the kubelet will not start: write pattern=N, such as server=4.'],
      ['Authorization', '"Authorization" is not a valid entry for --manifest-url-header, so the kubelet will not start: write name:value.'],
      ['x', '"x" is not a valid entry for --tls-curve-preferences, so the kubelet will not start: it is not a whole number.'],
      ['full-pcpus-only', '"full-pcpus-only" is not a valid entry for --cpu-manager-policy-options, so the kubelet will not start: write key=value.'],
      ['localhost', '"localhost" is not a valid value for --healthz-bind-address, so the kubelet will not start: it is not an IP address.'],
    ],
  );
});

test('more config checks: factors, periods, intervals, quantities in lists, minimums', () => {
  const config = `${HEAD}memoryThrottlingFactor: 0\ncrashLoopBackOff:\n  maxContainerRestartPeriod: 10m\ncontainerLogMonitorInterval: 1s\nreservedMemory:\n- numaNode: 0\n  limits:\n    memory: 1Gb\nmaxParallelImagePulls: 0\ncontainerLogMaxFiles: 1\n`;
  assert.deepEqual(seen({ [UNIT]: withConfig(''), [CONFIG]: config }, CONFIG).map(([text, message]) => [text, message.slice(message.indexOf('start: ') + 7, message.indexOf(' It is set by'))]), [
    ['0', 'it must be above 0 and at most 1.'],
    ['10m', 'it must be between 1s and 300s.'],
    ['1s', 'it must be at least 3s.'],
    ['1Gb', 'it is not a quantity such as 500m, 100Mi or 1G.'],
    ['0', 'it must be at least 1.'],
    ['1', 'it must be at least 2.'],
  ]);
});

test('a single dash before a long name with a value: -vmodule=... is -v with the value "module=..."', () => {
  assert.deepEqual(seen({ [UNIT]: unit('-vmodule=server=4') }, UNIT).map(([text, message]) => [text, message.slice(message.indexOf('. A single'))]), [
    ['module=server=4', '. A single dash makes "-vmodule=server=4" the one-letter flag -v with the value "module=server=4"; long flags take two dashes.'],
  ]);
});

test('feature gates the kubelet refuses: an unknown name (with a case hint) and a locked gate set against its default', () => {
  const text = '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --feature-gates=rotateKubeletServerCertificate=true,NodeSwap=false,KubeletPSI=true\n';
  const h = harness({ [UNIT]: text, 'c.yaml': 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nfeatureGates:\n  NoSuchGate: true\n  KubeletTracing: true\n' }, {}, rules);
  assert.deepEqual(only(h.findings(uri(UNIT)), RULE).map((f) => [f.text, f.message]), [
    ['rotateKubeletServerCertificate=true', 'rotateKubeletServerCertificate is not a feature gate the kubelet of Kubernetes 1.36 knows, so it will not start ("unrecognized feature gate") (gate names are case-sensitive: did you mean RotateKubeletServerCertificate?).'],
    ['NodeSwap=false', 'NodeSwap is GA and locked to true in Kubernetes 1.36: the kubelet refuses to set it to false and will not start. Remove it.'],
  ]);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE).map((f) => f.text), ['NoSuchGate: true']);
  // The gate table describes 1.36: other targets are not judged by it.
  assert.deepEqual(only(harness({ [UNIT]: text }, { kubernetesVersion: '1.35' }, rules).findings(uri(UNIT)), RULE).filter((f) => f.message.includes('feature gate')), []);
});
