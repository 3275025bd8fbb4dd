import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, uri } from '../../support/service-harness.js';
import { parseYamlFile } from '../../../server/src/service/parse/yaml/yaml-file.js';
import { configDuplicateKey } from '../../../server/src/service/rules/config-duplicate-key.js';

const RULE = 'config-duplicate-key';

/** A fixed file must still be YAML (or JSON) the parser accepts. */
function parses(text: string | undefined): void {
  assert.ok(text !== undefined);
  for (const document of parseYamlFile('file:///fixed', text).documents) assert.deepEqual(document.errors, [], text);
}
const HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';

function check(text: string, path = 'config.yaml') {
  return harness({ [path]: text }, {}, [configDuplicateKey]);
}

function at(text: string, needle: string, message: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  assert.ok(start >= 0, `${needle} #${nth} is in the text`);
  return { rule: RULE, severity: 'warning', text: needle, start, end: start + needle.length, message };
}

test('a scalar set twice: reported on the earlier key with the winner\'s line; the fix removes the ignored line', () => {
  const text = `${HEAD}readOnlyPort: 10255 # legacy\nport: 10250\nreadOnlyPort: 0\n`;
  const h = check(text);
  assert.deepEqual(h.findings(uri('config.yaml')), [
    at(text, 'readOnlyPort', '"readOnlyPort" is set again on line 5: the kubelet keeps the later value, so this one (10255) has no effect.'),
  ]);
  const [raw] = h.raw(uri('config.yaml'));
  const winner = text.lastIndexOf('readOnlyPort: 0');
  assert.deepEqual(raw?.related, [{ span: { uri: uri('config.yaml'), start: winner, end: winner + 'readOnlyPort: 0'.length }, message: 'The "readOnlyPort" the kubelet uses.' }]);
  assert.equal(raw?.fixes[0]?.title, 'Remove the ignored "readOnlyPort" line');
  assert.equal(h.applyFix(uri('config.yaml'), RULE).get(uri('config.yaml')), `${HEAD}port: 10250\nreadOnlyPort: 0\n`);
  parses(h.workspace.readFile(uri('config.yaml')));
  assert.deepEqual(h.findings(uri('config.yaml')), []);
});

test('three times: each earlier one is reported, all naming the last', () => {
  const text = `${HEAD}maxPods: 110\nmaxPods: 150\nmaxPods: 200\n`;
  assert.deepEqual(check(text).findings(uri('config.yaml')), [
    at(text, 'maxPods', '"maxPods" is set again on line 5: the kubelet keeps the later value, so this one (110) has no effect.'),
    at(text, 'maxPods', '"maxPods" is set again on line 5: the kubelet keeps the later value, so this one (150) has no effect.', 1),
  ]);
});

test('an empty earlier value is named as such', () => {
  const text = `${HEAD}clusterDomain:\nclusterDomain: cluster.local\n`;
  const h = check(text);
  assert.deepEqual(h.findings(uri('config.yaml')), [
    at(text, 'clusterDomain', '"clusterDomain" is set again on line 4: the kubelet keeps the later value, so this one (empty) has no effect.'),
  ]);
  assert.equal(h.applyFix(uri('config.yaml'), RULE).get(uri('config.yaml')), `${HEAD}clusterDomain: cluster.local\n`);
  parses(h.workspace.readFile(uri('config.yaml')));
  assert.deepEqual(h.findings(uri('config.yaml')), []);
});

test('a block set twice: the later replaces it whole (YAML), so nothing in the earlier counts; no line fix', () => {
  const text = `${HEAD}authentication:\n  anonymous:\n    enabled: false\n  webhook:\n    enabled: true\n    enabled: false\nauthentication:\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt\n`;
  const h = check(text);
  // The duplicate inside the discarded block is not reported on its own: the whole block is.
  assert.deepEqual(h.findings(uri('config.yaml')), [
    at(text, 'authentication', '"authentication" is set again on line 9: the kubelet keeps the later one whole, so nothing in this block takes effect.'),
  ]);
  assert.deepEqual(h.raw(uri('config.yaml'))[0]?.fixes, []);
});

test('nested mappings, map fields and list items each count on their own', () => {
  const text = `${HEAD}authentication:\n  anonymous:\n    enabled: true\n    enabled: false\nfeatureGates:\n  RotateKubeletServerCertificate: false\n  RotateKubeletServerCertificate: true\nregisterWithTaints:\n- key: a\n  key: b\n  effect: NoSchedule\n- key: a\n  effect: NoSchedule\n`;
  const h = check(text);
  assert.deepEqual(h.findings(uri('config.yaml')), [
    at(text, 'enabled', '"authentication.anonymous.enabled" is set again on line 6: the kubelet keeps the later value, so this one (true) has no effect.'),
    at(text, 'RotateKubeletServerCertificate', '"featureGates.RotateKubeletServerCertificate" is set again on line 9: the kubelet keeps the later value, so this one (false) has no effect.'),
    at(text, 'key', '"registerWithTaints[0].key" is set again on line 12: the kubelet keeps the later value, so this one (a) has no effect.'),
  ]);
  // The list item's first key would take the "- " with it: no fix there (see below).
  assert.deepEqual(h.raw(uri('config.yaml')).map((f) => f.fixes.length), [1, 1, 0]);
  h.applyFix(uri('config.yaml'), RULE, 1);
  h.applyFix(uri('config.yaml'), RULE, 0);
  const fixed = `${HEAD}authentication:\n  anonymous:\n    enabled: false\nfeatureGates:\n  RotateKubeletServerCertificate: true\nregisterWithTaints:\n- key: a\n  key: b\n  effect: NoSchedule\n- key: a\n  effect: NoSchedule\n`;
  assert.equal(h.workspace.readFile(uri('config.yaml')), fixed);
  parses(h.workspace.readFile(uri('config.yaml')));
  assert.deepEqual(h.findings(uri('config.yaml')).map((f) => f.start), [fixed.indexOf('key: a')]);
});

test('the first key of a list item is not removed by line (that would drop the "- ")', () => {
  const text = `${HEAD}registerWithTaints:\n- key: a\n  key: b\n`;
  const h = check(text);
  assert.equal(h.findings(uri('config.yaml')).length, 1);
  assert.deepEqual(h.raw(uri('config.yaml'))[0]?.fixes, []);
});

test('a JSON config: nested objects are both decoded (their keys merge); scalars keep the later; no line fixes', () => {
  const text = '{\n  "apiVersion": "kubelet.config.k8s.io/v1beta1",\n  "kind": "KubeletConfiguration",\n  "authentication": {"anonymous": {"enabled": false}},\n  "readOnlyPort": 10255,\n  "authentication": {"webhook": {"enabled": true}},\n  "readOnlyPort": 0\n}\n';
  const h = check(text, 'config.json');
  assert.deepEqual(h.findings(uri('config.json')), [
    at(text, '"authentication"', '"authentication" is set again on line 6: the kubelet decodes both objects in order, so keys given only here still apply and keys given in both take the later value.'),
    at(text, '"readOnlyPort"', '"readOnlyPort" is set again on line 7: the kubelet keeps the later value, so this one (10255) has no effect.'),
  ]);
  assert.deepEqual(h.raw(uri('config.json')).map((f) => f.fixes.length), [0, 0]);
});

test('a kubeadm file: the duplicate in the KubeletConfiguration document, exact range and line', () => {
  const text = `apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nnodeRegistration:\n  name: a\n  name: b\n---\n${HEAD}cgroupDriver: cgroupfs\ncgroupDriver: systemd\n`;
  const h = check(text, 'kubeadm.yaml');
  assert.deepEqual(h.findings(uri('kubeadm.yaml')), [
    at(text, 'cgroupDriver', '"cgroupDriver" is set again on line 10: the kubelet keeps the later value, so this one (cgroupfs) has no effect.'),
  ]);
  assert.equal(h.applyFix(uri('kubeadm.yaml'), RULE).get(uri('kubeadm.yaml')), text.replace('cgroupDriver: cgroupfs\n', ''));
});

test('not duplicates: keys from a merge key overridden in place, the same key in different mappings or list items', () => {
  const text = `${HEAD}x-defaults: &defaults\n  cacheAuthorizedTTL: 5m\n  cacheUnauthorizedTTL: 30s\nauthorization:\n  mode: Webhook\n  webhook:\n    <<: *defaults\n    cacheAuthorizedTTL: 1m\nauthentication:\n  webhook:\n    enabled: true\n  anonymous:\n    enabled: false\nregisterWithTaints:\n- key: a\n- key: b\n`;
  assert.deepEqual(check(text).findings(uri('config.yaml')), []);
});

test('a mapping used through an alias is reported once, where it is written', () => {
  const text = `${HEAD}evictionHard: &hard\n  memory.available: 100Mi\n  memory.available: 200Mi\nevictionSoft: *hard\n`;
  assert.deepEqual(check(text).findings(uri('config.yaml')).map((f) => [f.text, f.start]), [['memory.available', text.indexOf('memory.available')]]);
});

test('not judged: keys under an unknown field, other documents and kubeconfigs', () => {
  const files = {
    'a.yaml': `${HEAD}extra:\n  x: 1\n  x: 2\n`,
    'deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec: {}\nspec: {}\n',
    'kubelet.conf': 'apiVersion: v1\nkind: Config\nclusters: []\nclusters: []\n',
  };
  const h = harness(files, {}, [configDuplicateKey]);
  for (const path of Object.keys(files)) assert.deepEqual(h.findings(uri(path)), [], path);
});
