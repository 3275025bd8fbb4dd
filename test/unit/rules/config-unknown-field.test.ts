import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KUBEADM_KUBELET_CONFIG } from '../../support/fixtures.js';
import { harness, uri } from '../../support/service-harness.js';
import { parseYamlFile } from '../../../server/src/service/parse/yaml/yaml-file.js';
import { configUnknownField } from '../../../server/src/service/rules/config-unknown-field.js';

const RULE = 'config-unknown-field';

/** A fixed file must still be YAML (or JSON) the parser accepts. */
function parses(text: string | undefined): void {
  assert.ok(text !== undefined);
  for (const document of parseYamlFile('file:///fixed', text).documents) assert.deepEqual(document.errors, [], text);
}
const HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const DROPPED = 'The kubelet drops fields it does not know, so this setting has no effect.';

function check(text: string, path = 'config.yaml', extra: Record<string, string> = {}) {
  return harness({ [path]: text, ...extra }, {}, [configUnknownField]);
}

function finding(text: string, needle: string, message: string, from = 0) {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `${needle} is in the text`);
  return { rule: RULE, severity: 'warning', text: needle, start, end: start + needle.length, message };
}

test('a field in the wrong case: found, named, and renamed in place by the fix', () => {
  const text = `${HEAD}Port: 10250 # the API\nreadOnlyPort: 0\n`;
  const h = check(text);
  assert.deepEqual(h.findings(uri('config.yaml')), [
    finding(text, 'Port', `"Port" is not a KubeletConfiguration field: field names are case-sensitive, and this one is spelt "port". ${DROPPED}`),
  ]);
  const fixed = h.applyFix(uri('config.yaml'), RULE).get(uri('config.yaml'));
  assert.equal(fixed, `${HEAD}port: 10250 # the API\nreadOnlyPort: 0\n`);
  parses(h.workspace.readFile(uri('config.yaml')));
  assert.deepEqual(h.findings(uri('config.yaml')), []);
});

test('no rename when the right name is already set (renaming would create a duplicate)', () => {
  const text = `${HEAD}port: 10250\nPort: 10251\n`;
  const h = check(text);
  assert.equal(h.findings(uri('config.yaml'))[0]?.text, 'Port');
  assert.deepEqual(h.raw(uri('config.yaml'))[0]?.fixes, []);
});

test('a misspelt field: the nearest field of the same object, with a rename fix; nested too', () => {
  const text = `${HEAD}readOnlyPrt: 0\nauthentication:\n  anonymous:\n    enable: false\n`;
  const h = check(text);
  assert.deepEqual(h.findings(uri('config.yaml')), [
    finding(text, 'readOnlyPrt', `"readOnlyPrt" is not a KubeletConfiguration field; did you mean "readOnlyPort"? ${DROPPED}`),
    finding(text, 'enable', `"enable" is not a field of "authentication.anonymous"; did you mean "enabled"? ${DROPPED}`),
  ]);
  h.applyFix(uri('config.yaml'), RULE, 1);
  h.applyFix(uri('config.yaml'), RULE, 0);
  assert.equal(h.workspace.readFile(uri('config.yaml')), `${HEAD}readOnlyPort: 0\nauthentication:\n  anonymous:\n    enabled: false\n`);
  parses(h.workspace.readFile(uri('config.yaml')));
  assert.deepEqual(h.findings(uri('config.yaml')), []);
});

test('a field at the wrong level says where it belongs, and offers no fix', () => {
  const text = `${HEAD}anonymous:\n  enabled: false\nauthentication:\n  clientCAFile: /etc/kubernetes/pki/ca.crt\n  readOnlyPort: 0\nenabled: true\n`;
  const h = check(text);
  assert.deepEqual(h.findings(uri('config.yaml')), [
    finding(text, 'anonymous', `"anonymous" is not a top-level field: it belongs under "authentication". ${DROPPED}`),
    finding(text, 'clientCAFile', `"clientCAFile" is not a field of "authentication": it belongs under "authentication.x509". ${DROPPED}`),
    finding(text, 'readOnlyPort', `"readOnlyPort" is not a field of "authentication": it belongs at the top level. ${DROPPED}`),
    finding(text, 'enabled', `"enabled" is not a top-level field: it belongs under "authentication.anonymous" or under "authentication.webhook". ${DROPPED}`, text.indexOf('enabled: true')),
  ]);
  assert.deepEqual(h.raw(uri('config.yaml')).map((f) => f.fixes.length), [0, 0, 0, 0]);
});

test('wrong level and wrong case together; an eviction signal written as a field; a misspelling of a field elsewhere', () => {
  const text = `${HEAD}X509:\n  clientCAFile: /ca.crt\nmemory.available: 100Mi\nanonymus:\n  enabled: false\n`;
  assert.deepEqual(check(text).findings(uri('config.yaml')), [
    finding(text, 'X509', `"X509" is not a top-level field: it belongs under "authentication" (spelt "x509"). ${DROPPED}`),
    finding(text, 'memory.available', `"memory.available" is not a top-level field: it is a key of the "evictionHard", "evictionSoft", "evictionSoftGracePeriod" and "evictionMinimumReclaim" maps. ${DROPPED}`),
    finding(text, 'anonymus', `"anonymus" is not a KubeletConfiguration field; did you mean "anonymous" under "authentication"? ${DROPPED}`),
  ]);
});

test('nothing close: the plain statement (metadata is not part of a KubeletConfiguration)', () => {
  const text = `${HEAD}metadata:\n  name: node-1\n`;
  assert.deepEqual(check(text).findings(uri('config.yaml')), [finding(text, 'metadata', `"metadata" is not a KubeletConfiguration field. ${DROPPED}`)]);
});

test('fields of list items: the item path is named and the fix renames', () => {
  const text = `${HEAD}registerWithTaints:\n- key: dedicated\n  value: infra\n  efect: NoSchedule\n`;
  const h = check(text);
  assert.deepEqual(h.findings(uri('config.yaml')), [finding(text, 'efect', `"efect" is not a field of "registerWithTaints[0]"; did you mean "effect"? ${DROPPED}`)]);
  assert.equal(h.applyFix(uri('config.yaml'), RULE).get(uri('config.yaml')), text.replace('efect', 'effect'));
  parses(h.workspace.readFile(uri('config.yaml')));
  assert.deepEqual(h.findings(uri('config.yaml')), []);
});

test('map fields take any key: feature gates, eviction signals (even unlisted ones), reserved resources', () => {
  const text = `${HEAD}featureGates:\n  NotARealGate: true\n  rotatekubeletservercertificate: true\nevictionHard:\n  memory.availble: 100Mi\nsystemReserved:\n  gpu: "1"\ncpuManagerPolicyOptions:\n  anything-goes: "true"\nreservedMemory:\n- numaNode: 0\n  limits:\n    memory: 1Gi\n`;
  assert.deepEqual(check(text).findings(uri('config.yaml')), []);
});

test('apiVersion and kind are not reported; their wrong case is, with a fix (the type is still found)', () => {
  const text = 'apiVersion: kubelet.config.k8s.io/v1beta1\nKind: KubeletConfiguration\nport: 10250\n';
  const h = check(text);
  assert.deepEqual(h.findings(uri('config.yaml')), [
    finding(text, 'Kind', '"Kind" should be spelt "kind": field names are case-sensitive. The kubelet still finds the type (it reads apiVersion and kind ignoring case), but then drops "Kind" as an unknown field.'),
  ]);
  assert.equal(h.applyFix(uri('config.yaml'), RULE).get(uri('config.yaml')), text.replace('Kind', 'kind'));
  parses(h.workspace.readFile(uri('config.yaml')));
  assert.deepEqual(h.findings(uri('config.yaml')), []);
});

test('only the unknown key is reported, not what lies under it', () => {
  const text = `${HEAD}authentcation:\n  anonymous:\n    enabled: false\n    whatever: 1\n`;
  assert.deepEqual(check(text).findings(uri('config.yaml')).map((f) => f.text), ['authentcation']);
});

test('a YAML 1.1 key: "on" is read as "true"', () => {
  const text = `${HEAD}on: 1\n`;
  assert.deepEqual(check(text).findings(uri('config.yaml')), [finding(text, 'on', `"on" (read as "true") is not a KubeletConfiguration field. ${DROPPED}`, text.indexOf('on: 1'))]);
});

test('a duplicated unknown key: in YAML only the later is decoded (and reported); in JSON both', () => {
  const yaml = `${HEAD}readonlyport: 1\nreadonlyport: 2\n`;
  assert.deepEqual(check(yaml).findings(uri('config.yaml')).map((f) => f.start), [yaml.lastIndexOf('readonlyport')]);
  const json = '{\n  "apiVersion": "kubelet.config.k8s.io/v1beta1",\n  "kind": "KubeletConfiguration",\n  "readonlyport": 1,\n  "readonlyport": 2\n}\n';
  assert.deepEqual(check(json, 'config.json').findings(uri('config.json')).map((f) => f.start), [json.indexOf('"readonlyport"'), json.lastIndexOf('"readonlyport"')]);
});

test('a JSON config: the rename keeps the quotes', () => {
  const text = '{\n  "apiVersion": "kubelet.config.k8s.io/v1beta1",\n  "kind": "KubeletConfiguration",\n  "Address": "127.0.0.1"\n}\n';
  const h = check(text, 'config.json');
  assert.deepEqual(h.findings(uri('config.json')), [
    finding(text, '"Address"', `"Address" is not a KubeletConfiguration field: field names are case-sensitive, and this one is spelt "address". ${DROPPED}`),
  ]);
  assert.equal(h.applyFix(uri('config.json'), RULE).get(uri('config.json')), text.replace('"Address"', '"address"'));
  parses(h.workspace.readFile(uri('config.json')));
  assert.deepEqual(h.findings(uri('config.json')), []);
});

test('a kubeadm file: the KubeletConfiguration in the second document, exact ranges; the other documents are not judged', () => {
  const text = `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkubernetesVersion: v1.36.0\nnetworking:\n  podSubnet: 10.244.0.0/16\n---\n${HEAD}cgroupDriver: systemd\nreadOnlyPrt: 0\n---\napiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: ipvs\n`;
  const h = check(text, 'kubeadm.yaml');
  assert.deepEqual(h.findings(uri('kubeadm.yaml')), [finding(text, 'readOnlyPrt', `"readOnlyPrt" is not a KubeletConfiguration field; did you mean "readOnlyPort"? ${DROPPED}`)]);
  assert.equal(h.applyFix(uri('kubeadm.yaml'), RULE).get(uri('kubeadm.yaml')), text.replace('readOnlyPrt', 'readOnlyPort'));
});

test('keys brought in through an alias or a merge key are reported on the alias, without a fix', () => {
  const text = `${HEAD}authorization:\n  mode: Webhook\n  <<: *extra\n`.replace(HEAD, `${HEAD}x-extra: &extra\n  cacheTTL: 2m\n`);
  const h = check(text);
  const alias = text.indexOf('*extra');
  assert.deepEqual(h.findings(uri('config.yaml')), [
    finding(text, 'x-extra', `"x-extra" is not a KubeletConfiguration field. ${DROPPED}`),
    { rule: RULE, severity: 'warning', text: '*extra', start: alias, end: alias + 6, message: `"cacheTTL" (brought in by *extra) is not a field of "authorization": it belongs under "authentication.webhook". ${DROPPED}` },
  ]);
  assert.deepEqual(h.raw(uri('config.yaml'))[1]?.fixes, []);
});

test('the same file is checked whether it is the --config file of a unit, a --config-dir fragment, or on its own', () => {
  const text = `${HEAD}Port: 10250\n`;
  const unit = '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --config-dir=/etc/kubernetes/kubelet.conf.d\n';
  const h = harness({ 'kubelet.service': unit, 'var/lib/kubelet/config.yaml': text, 'etc/kubernetes/kubelet.conf.d/10-port.conf': text }, {}, [configUnknownField]);
  assert.deepEqual(h.findings(uri('var/lib/kubelet/config.yaml')).map((f) => f.text), ['Port']);
  assert.deepEqual(h.findings(uri('etc/kubernetes/kubelet.conf.d/10-port.conf')).map((f) => f.text), ['Port']);
  assert.deepEqual(h.findings(uri('kubelet.service')), []);
});

test('not judged: other YAML, kubeconfigs, credential provider configs, documents with syntax errors', () => {
  const files = {
    'deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  Port: 1\n',
    'kubelet.conf': 'apiVersion: v1\nkind: Config\nclusters: []\nPort: 1\n',
    'credentials.yaml': 'apiVersion: kubelet.config.k8s.io/v1\nkind: CredentialProviderConfig\nproviders:\n- name: ecr-credential-provider\n  matchImages: ["*.dkr.ecr.*.amazonaws.com"]\n  defaultCacheDuration: 12h\n  apiVersion: credentialprovider.kubelet.k8s.io/v1\n',
    'broken.yaml': `${HEAD}Port: 1\nauthentication: {anonymous: \n`,
  };
  const h = harness(files, {}, [configUnknownField]);
  for (const path of Object.keys(files)) assert.deepEqual(h.findings(uri(path)), [], path);
});

test('the config kubeadm writes (zero durations, flushFrequency: 0, empty strings, an empty memorySwap) has no findings', () => {
  const text = KUBEADM_KUBELET_CONFIG;
  assert.deepEqual(harness({ 'var/lib/kubelet/config.yaml': text }, {}, [configUnknownField]).findings(uri('var/lib/kubelet/config.yaml')), []);
});
