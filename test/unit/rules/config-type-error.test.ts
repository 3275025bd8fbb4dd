import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KUBEADM_KUBELET_CONFIG } from '../../support/fixtures.js';
import { harness, uri } from '../../support/service-harness.js';
import { parseYamlFile } from '../../../server/src/service/parse/yaml/yaml-file.js';
import { configTypeError } from '../../../server/src/service/rules/config-type-error.js';

const RULE = 'config-type-error';

/** A fixed file must still be YAML (or JSON) the parser accepts. */
function parses(text: string | undefined): void {
  assert.ok(text !== undefined);
  for (const document of parseYamlFile('file:///fixed', text).documents) assert.deepEqual(document.errors, [], text);
}
const HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const FATAL = 'the kubelet cannot decode the file and will not start.';

function check(text: string, path = 'config.yaml') {
  return harness({ [path]: text }, {}, [configTypeError]);
}

/** The finding on the `nth` occurrence of `needle`. */
function at(text: string, needle: string, message: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  assert.ok(start >= 0, `${needle} #${nth} is in the text`);
  return { rule: RULE, severity: 'error', text: needle, start, end: start + needle.length, message };
}

/** Findings as [text, message] plus the title of each one's fix (or null). */
function seen(text: string, path = 'config.yaml'): [string, string, string | null][] {
  const h = check(text, path);
  const raw = h.raw(uri(path));
  return h.findings(uri(path)).map((f, i) => [f.text, f.message, raw[i]?.fixes[0]?.title ?? null]);
}

/** Applies the first fix of every finding, one at a time, and checks nothing is left. */
function fixAll(text: string, path = 'config.yaml'): string {
  const h = check(text, path);
  for (let guard = 0; guard < 20; guard++) {
    const index = h.raw(uri(path)).findIndex((f) => f.fixes.length > 0);
    if (index < 0) break;
    h.applyFix(uri(path), RULE, index);
  }
  parses(h.workspace.readFile(uri(path)));
  return h.workspace.readFile(uri(path)) ?? '';
}

test('a duration written as a number: reported on the value, no fix (60 needs a unit), except a bare 0 which quoting keeps', () => {
  const text = `${HEAD}syncFrequency: 60\nfileCheckFrequency: 0 # off?\nauthentication:\n  webhook:\n    cacheTTL: 120\n`;
  const h = check(text);
  assert.deepEqual(h.findings(uri('config.yaml')), [
    at(text, '60', `syncFrequency must be a duration string such as "1m", but 60 is a number: ${FATAL}`),
    at(text, '0', `fileCheckFrequency must be a duration string such as "20s", but 0 is a number: ${FATAL}`, 1),
    at(text, '120', `authentication.webhook.cacheTTL must be a duration string such as "2m", but 120 is a number: ${FATAL}`),
  ]);
  assert.deepEqual(h.raw(uri('config.yaml')).map((f) => f.fixes.map((fix) => fix.title)), [[], ['Quote the value: "0"'], []]);
  assert.equal(h.applyFix(uri('config.yaml'), RULE, 1).get(uri('config.yaml')), text.replace('fileCheckFrequency: 0', 'fileCheckFrequency: "0"'));
  parses(h.workspace.readFile(uri('config.yaml')));
  assert.deepEqual(h.findings(uri('config.yaml')).map((f) => f.text), ['60', '120']);
});

test('an empty non-pointer duration fails to decode; the fix removes the line so the default applies', () => {
  const text = `${HEAD}streamingConnectionIdleTimeout:\nauthorization:\n  webhook:\n    cacheAuthorizedTTL: ~\nimageMaximumGCAge: null # unset\n`;
  const h = check(text);
  assert.deepEqual(h.findings(uri('config.yaml')), [
    at(text, 'streamingConnectionIdleTimeout', `streamingConnectionIdleTimeout is empty, and an empty value is not a duration: ${FATAL} Remove the key to get the default (4h), or give a duration string such as "4h".`),
    at(text, '~', `authorization.webhook.cacheAuthorizedTTL is empty, and an empty value is not a duration: ${FATAL} Remove the key to get the default (5m), or give a duration string such as "5m".`),
    at(text, 'null', `imageMaximumGCAge is empty, and an empty value is not a duration: ${FATAL} Remove the key to get the default (0s), or give a duration string such as "30s".`),
  ]);
  assert.equal(fixAll(text), `${HEAD}authorization:\n  webhook:\n`);
});

test('empty values that decode: pointer durations, flushFrequency, other scalars, objects, maps and lists', () => {
  const text = `${HEAD}cpuCFSQuotaPeriod:\ncontainerLogMonitorInterval: null\ncrashLoopBackOff:\n  maxContainerRestartPeriod:\nlogging:\n  flushFrequency:\nport:\naddress: ~\nfailSwapOn:\nauthentication:\nfeatureGates:\nclusterDNS:\n`;
  assert.deepEqual(check(text).findings(uri('config.yaml')), []);
});

test('YAML 1.1 booleans and numbers are not strings: no coercion for string fields', () => {
  const text = `${HEAD}cgroupDriver: yes\naddress: 0\nproviderID: 0o17\nclusterDomain: cluster.local\nhairpinMode: none\nhealthzBindAddress: 12:30\n`;
  assert.deepEqual(seen(text), [
    ['yes', `cgroupDriver must be a string, but yes is the boolean true in YAML 1.1: ${FATAL}`, null],
    ['0', `address must be a string, but 0 is a number: ${FATAL}`, null],
    ['0o17', `providerID must be a string, but 0o17 is a number: ${FATAL}`, null],
  ]);
});

test('quoting fixes only where the quoted text is what was meant and is accepted', () => {
  const text = `${HEAD}containerLogMaxSize: 10\nreservedSystemCPUs: 0\nshowHiddenMetricsForVersion: 1.35\nsystemReserved:\n  cpu: 500m\n  pid: 1000\nkubeReserved:\n  memory: 1.5\nevictionHard:\n  memory.available: 100\n  nodefs.available: yes\nevictionSoftGracePeriod:\n  memory.available: 90\n  nodefs.available: 0\ncpuManagerPolicyOptions:\n  full-pcpus-only: true\n  distribute-cpus-across-numa: on\ntopologyManagerPolicyOptions:\n  max-allowable-numa-nodes: 8\nregisterWithTaints:\n- key: dedicated\n  value: 1\n  effect: NoSchedule\n`;
  assert.deepEqual(seen(text), [
    ['10', `containerLogMaxSize must be a string, but 10 is a number: ${FATAL}`, 'Quote the value: "10"'],
    ['0', `reservedSystemCPUs must be a string, but 0 is a number: ${FATAL}`, 'Quote the value: "0"'],
    ['1.35', `showHiddenMetricsForVersion must be a string, but 1.35 is a number: ${FATAL}`, 'Quote the value: "1.35"'],
    ['1000', `systemReserved.pid must be a string, but 1000 is a number: ${FATAL}`, 'Quote the value: "1000"'],
    ['1.5', `kubeReserved.memory must be a string, but 1.5 is a number: ${FATAL}`, 'Quote the value: "1.5"'],
    ['100', `evictionHard.memory.available must be a string, but 100 is a number: ${FATAL}`, 'Quote the value: "100"'],
    ['yes', `evictionHard.nodefs.available must be a string, but yes is the boolean true in YAML 1.1: ${FATAL}`, null],
    ['90', `evictionSoftGracePeriod.memory.available must be a string, but 90 is a number: ${FATAL}`, null],
    ['0', `evictionSoftGracePeriod.nodefs.available must be a string, but 0 is a number: ${FATAL}`, 'Quote the value: "0"'],
    ['true', `cpuManagerPolicyOptions.full-pcpus-only must be a string, but true is a boolean: ${FATAL}`, 'Quote the value: "true"'],
    ['on', `cpuManagerPolicyOptions.distribute-cpus-across-numa must be a string, but on is the boolean true in YAML 1.1: ${FATAL}`, null],
    ['8', `topologyManagerPolicyOptions.max-allowable-numa-nodes must be a string, but 8 is a number: ${FATAL}`, 'Quote the value: "8"'],
    ['1', `registerWithTaints[0].value must be a string, but 1 is a number: ${FATAL}`, 'Quote the value: "1"'],
  ]);
  const fixed = fixAll(text);
  assert.equal(
    fixed,
    text
      .replace(': 10\n', ': "10"\n')
      .replace('CPUs: 0', 'CPUs: "0"')
      .replace('1.35', '"1.35"')
      .replace('1000', '"1000"')
      .replace('1.5', '"1.5"')
      .replace(': 100\n', ': "100"\n')
      .replace('nodefs.available: 0', 'nodefs.available: "0"')
      .replace('only: true', 'only: "true"')
      .replace('nodes: 8', 'nodes: "8"')
      .replace('value: 1', 'value: "1"'),
  );
  assert.deepEqual(seen(fixed).map((f) => f[0]), ['yes', '90', 'on']);
});

test('numbers for integer fields: a quoted number is a string (the fix unquotes), fractions and overflow fail, whole floats pass', () => {
  const text = `${HEAD}port: "10250"\nhealthzPort: '10248'\nmaxPods: 1.5\nkubeAPIQPS: 1.0\nkubeAPIBurst: 1e2\nregistryBurst: 0x0A\nreadOnlyPort: 99999999999\nlogging:\n  verbosity: -1\neventRecordQPS: true\nmaxOpenFiles: "1e6"\n`;
  assert.deepEqual(seen(text), [
    ['"10250"', `port must be a whole number, but "10250" is a string: ${FATAL}`, 'Remove the quotes: 10250'],
    ["'10248'", `healthzPort must be a whole number, but '10248' is a string: ${FATAL}`, 'Remove the quotes: 10248'],
    ['1.5', `maxPods must be a whole number, but 1.5 has a fraction: ${FATAL}`, null],
    ['99999999999', `readOnlyPort must be a whole number, but 99999999999 is out of range for a 32-bit integer: ${FATAL}`, null],
    ['-1', `logging.verbosity must be a whole number, 0 or more, but -1 is negative: ${FATAL}`, null],
    ['true', `eventRecordQPS must be a whole number, but true is a boolean: ${FATAL}`, null],
    ['"1e6"', `maxOpenFiles must be a whole number, but "1e6" is a string: ${FATAL}`, null],
  ]);
  assert.equal(fixAll(text), text.replace('"10250"', '10250').replace("'10248'", '10248'));
});

test('booleans: quoted true/false are strings (unquoted by the fix); other words and numbers get no fix', () => {
  const text = `${HEAD}failSwapOn: "false"\nserverTLSBootstrap: "yes"\nprotectKernelDefaults: 1\nrotateCertificates: on\nfeatureGates:\n  RotateKubeletServerCertificate: "true"\n  SomeGate: Yes\nmemoryThrottlingFactor: "0.8"\n`;
  assert.deepEqual(seen(text), [
    ['"false"', `failSwapOn must be true or false, but "false" is a string: ${FATAL}`, 'Remove the quotes: false'],
    ['"yes"', `serverTLSBootstrap must be true or false, but "yes" is a string: ${FATAL}`, null],
    ['1', `protectKernelDefaults must be true or false, but 1 is a number: ${FATAL}`, null],
    ['"true"', `featureGates.RotateKubeletServerCertificate must be true or false, but "true" is a string: ${FATAL}`, 'Remove the quotes: true'],
    ['"0.8"', `memoryThrottlingFactor must be a number, but "0.8" is a string: ${FATAL}`, 'Remove the quotes: 0.8'],
  ]);
  assert.equal(fixAll(text), text.replace('"false"', 'false').replace('"true"', 'true').replace('"0.8"', '0.8'));
});

test('lists, maps and objects: a scalar where a list belongs can become a list; the other way round has no fix', () => {
  const text = `${HEAD}clusterDNS: 10.96.0.10\nenforceNodeAllocatable: pods,kube-reserved\ntlsCipherSuites: "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"\nallowedUnsafeSysctls: net.core.somaxconn # one\nauthentication: true\nfeatureGates: RotateKubeletServerCertificate=true\nevictionHard:\n- memory.available<100Mi\nregisterWithTaints:\n  key: a\n`;
  assert.deepEqual(seen(text), [
    ['10.96.0.10', `clusterDNS must be a list of strings, but 10.96.0.10 is a string: ${FATAL}`, 'Make it a list: [10.96.0.10]'],
    ['pods,kube-reserved', `enforceNodeAllocatable must be a list of strings, but pods,kube-reserved is a string: ${FATAL}`, 'Make it a list: [pods,kube-reserved]'],
    ['"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"', `tlsCipherSuites must be a list of strings, but "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256" is a string: ${FATAL}`, 'Make it a list: ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]'],
    ['net.core.somaxconn', `allowedUnsafeSysctls must be a list of strings, but net.core.somaxconn is a string: ${FATAL}`, 'Make it a list: [net.core.somaxconn]'],
    ['true', `authentication must be a mapping of its fields, but true is a boolean: ${FATAL}`, null],
    ['RotateKubeletServerCertificate=true', `featureGates must be a mapping of keys to true or false, but RotateKubeletServerCertificate=true is a string: ${FATAL}`, null],
    ['- memory.available<100Mi', `evictionHard must be a mapping of keys to strings, but it is a list: ${FATAL}`, null],
    ['key: a', `registerWithTaints must be a list of mappings, but it is a mapping: ${FATAL}`, null],
  ]);
  const fixed = fixAll(text);
  assert.equal(
    fixed,
    text
      .replace('10.96.0.10', '[10.96.0.10]')
      .replace('pods,kube-reserved', '[pods,kube-reserved]')
      .replace('"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"', '["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]')
      .replace('net.core.somaxconn', '[net.core.somaxconn]'),
  );
  assert.equal(seen(fixed).length, 4);
});

test('a list of numbers made from a number; a list fix is not offered when an item would have the wrong type', () => {
  const text = `${HEAD}tlsCurvePreferences: 29\nclusterDNS: 10.0\n`;
  assert.deepEqual(seen(text), [
    ['29', `tlsCurvePreferences must be a list of whole numbers, but 29 is a number: ${FATAL}`, 'Make it a list: [29]'],
    ['10.0', `clusterDNS must be a list of strings, but 10.0 is a number: ${FATAL}`, null],
  ]);
});

test('quantities and durations-or-nanoseconds accept numbers; values inside list items are typed too', () => {
  const ok = `${HEAD}logging:\n  flushFrequency: 5000000000\n  options:\n    json:\n      infoBufferSize: 1024\n    text:\n      infoBufferSize: 64Ki\nreservedMemory:\n- numaNode: 0\n  limits:\n    memory: 1073741824\nshutdownGracePeriodByPodPriority:\n- priority: 100000\n  shutdownGracePeriodSeconds: 10\n`;
  assert.deepEqual(seen(ok), []);
  const bad = `${HEAD}logging:\n  flushFrequency: 1.5\n  options:\n    json:\n      infoBufferSize: true\nshutdownGracePeriodByPodPriority:\n- priority: high\n  shutdownGracePeriodSeconds: "30"\n`;
  assert.deepEqual(seen(bad), [
    ['1.5', `logging.flushFrequency must be a duration string such as "5s" or a whole number of nanoseconds, but 1.5 has a fraction: ${FATAL}`, null],
    ['true', `logging.options.json.infoBufferSize must be a quantity such as "64Ki" or a number, but true is a boolean: ${FATAL}`, null],
    ['high', `shutdownGracePeriodByPodPriority[0].priority must be a whole number, but high is a string: ${FATAL}`, null],
    ['"30"', `shutdownGracePeriodByPodPriority[0].shutdownGracePeriodSeconds must be a whole number, but "30" is a string: ${FATAL}`, 'Remove the quotes: 30'],
  ]);
});

test('.inf and .nan have no JSON form: fatal wherever they are, even under a key the kubelet would drop', () => {
  const text = `${HEAD}memoryThrottlingFactor: .inf\nx-notes:\n  ratio: -.Inf\n`;
  assert.deepEqual(check(text).findings(uri('config.yaml')), [
    at(text, '.inf', 'memoryThrottlingFactor is .inf, which JSON cannot represent: the kubelet cannot convert the file and will not start.'),
    at(text, '-.Inf', 'x-notes.ratio is -.Inf, which JSON cannot represent: the kubelet cannot convert the file and will not start.'),
  ]);
});

test('through an alias: reported on the alias, without a fix', () => {
  const text = `${HEAD}x-common: &minute 60\nsyncFrequency: *minute\n`;
  const h = check(text);
  assert.deepEqual(h.findings(uri('config.yaml')), [at(text, '*minute', `syncFrequency must be a duration string such as "1m", but *minute is a number: ${FATAL}`)]);
  assert.deepEqual(h.raw(uri('config.yaml'))[0]?.fixes, []);
});

test('of duplicate YAML keys only the later is decoded: a bad earlier value does not matter', () => {
  assert.deepEqual(seen(`${HEAD}port: "10250"\nport: 10250\n`), []);
  assert.deepEqual(seen(`${HEAD}port: 10250\nport: "10250"\n`).map((f) => f[0]), ['"10250"']);
});

test('a JSON config: JSON types only; an integer field wants an integer literal; every duplicate is decoded', () => {
  const text = '{\n  "apiVersion": "kubelet.config.k8s.io/v1beta1",\n  "kind": "KubeletConfiguration",\n  "port": "10250",\n  "maxPods": 1.0,\n  "syncFrequency": null,\n  "failSwapOn": yes,\n  "clusterDNS": "10.96.0.10",\n  "readOnlyPort": "0",\n  "readOnlyPort": 0\n}\n';
  assert.deepEqual(seen(text, 'config.json'), [
    ['"10250"', `port must be a whole number, but "10250" is a string: ${FATAL}`, 'Remove the quotes: 10250'],
    ['1.0', `maxPods must be a whole number, but 1.0 is not written as a whole number: ${FATAL}`, null],
    ['null', `syncFrequency is empty, and an empty value is not a duration: ${FATAL} Remove the key to get the default (1m), or give a duration string such as "1m".`, null],
    ['"10.96.0.10"', `clusterDNS must be a list of strings, but "10.96.0.10" is a string: ${FATAL}`, 'Make it a list: ["10.96.0.10"]'],
    ['"0"', `readOnlyPort must be a whole number, but "0" is a string: ${FATAL}`, 'Remove the quotes: 0'],
  ]);
  assert.equal(
    fixAll(text, 'config.json'),
    text.replace('"10250"', '10250').replace('"10.96.0.10"', '["10.96.0.10"]').replace('"readOnlyPort": "0"', '"readOnlyPort": 0'),
  );
});

test('a kubeadm file: the type error in the KubeletConfiguration document, exact range; other documents not judged', () => {
  const text = `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer:\n  timeoutForControlPlane: 240\n---\n${HEAD}cgroupDriver: systemd\nsyncFrequency: 60\n`;
  const h = check(text, 'kubeadm.yaml');
  assert.deepEqual(h.findings(uri('kubeadm.yaml')), [at(text, '60', `syncFrequency must be a duration string such as "1m", but 60 is a number: ${FATAL}`)]);
});

test('the same file is checked as a unit\'s --config file and as a --config-dir fragment', () => {
  const text = `${HEAD}port: "10250"\n`;
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --config-dir=/etc/kubernetes/kubelet.conf.d\n';
  const h = harness({ 'kubelet.service': unit, 'var/lib/kubelet/config.yaml': text, 'etc/kubernetes/kubelet.conf.d/20-port.conf': text }, {}, [configTypeError]);
  assert.deepEqual(h.findings(uri('var/lib/kubelet/config.yaml')).map((f) => f.text), ['"10250"']);
  assert.deepEqual(h.findings(uri('etc/kubernetes/kubelet.conf.d/20-port.conf')).map((f) => f.text), ['"10250"']);
});

test('not judged: string content (bad durations, enum values, timestamps), unknown fields, apiVersion/kind, other documents', () => {
  const files = {
    'content.yaml': `${HEAD}syncFrequency: 1d\nfileCheckFrequency: "60"\ncgroupDriver: system\ntlsMinVersion: VersionTLS99\nregisterWithTaints:\n- key: a\n  effect: NoSchedule\n  timeAdded: 2024-01-02T03:04:05Z\nnotAField: 60\nauthentcation:\n  anonymous:\n    enabled: "no"\n`,
    'types.yaml': 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: 5\n',
    'deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nport: "1"\nsyncFrequency: 60\n',
    'broken.yaml': `${HEAD}port: "1"\nauthentication: {anonymous: \n`,
  };
  const h = harness(files, {}, [configTypeError]);
  for (const path of Object.keys(files)) assert.deepEqual(h.findings(uri(path)), [], path);
});

test('the config kubeadm writes (zero durations, flushFrequency: 0, empty strings, an empty memorySwap) has no findings', () => {
  const text = KUBEADM_KUBELET_CONFIG;
  assert.deepEqual(harness({ 'var/lib/kubelet/config.yaml': text }, {}, [configTypeError]).findings(uri('var/lib/kubelet/config.yaml')), []);
});
