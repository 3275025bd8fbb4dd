import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlFile } from '../../../server/src/service/parse/yaml/yaml-file.js';

test('YAML 1.1 scalars, as the kubelet decodes them: yes/on/y are true, 010 is octal', () => {
  const doc = parseYamlFile('file:///c', 'a: yes\nb: on\nc: y\nd: off\ne: 010\nf: 0x1F\ng: 1_000\n').documents[0];
  assert.ok(doc);
  assert.deepEqual(doc.entries.map((e) => [e.key, e.value]), [['a', true], ['b', true], ['c', true], ['d', false], ['e', 8], ['f', 31], ['g', 1000]]);
});

test('sexagesimal numbers and timestamps stay strings, as in yaml.v2', () => {
  const doc = parseYamlFile('file:///c', 'a: 1:20\nb: 2001-12-14\nc: 1:20.5\n').documents[0];
  assert.deepEqual(doc?.entries.map((e) => e.value), ['1:20', '2001-12-14', '1:20.5']);
});

test('duplicate keys are all kept, in order (the later one wins when decoded)', () => {
  const doc = parseYamlFile('file:///c', 'readOnlyPort: 10255\nreadOnlyPort: 0\n').documents[0];
  assert.deepEqual(doc?.entries.map((e) => e.value), [10255, 0]);
  assert.deepEqual(doc?.errors, []);
});

test('nested paths, exact key and value ranges, comments outside the value range', () => {
  const text = 'kind: KubeletConfiguration\nauthentication:\n  anonymous:\n    enabled: true # on\n';
  const doc = parseYamlFile('file:///c', text).documents[0];
  const entry = doc?.entries.find((e) => e.path === 'authentication.anonymous.enabled');
  assert.ok(entry);
  assert.equal(text.slice(entry.keyStart, entry.keyEnd), 'enabled');
  assert.equal(text.slice(entry.valueStart, entry.valueEnd), 'true');
  assert.equal(entry.depth, 2);
  assert.equal(doc?.kind, 'kubelet-config');
});

test('document kinds: KubeletConfiguration inside a multi-document kubeadm file, kubeconfig, other', () => {
  const text = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n---\napiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n---\nclusters: []\n';
  assert.deepEqual(parseYamlFile('file:///c', text).documents.map((d) => d.kind), ['other', 'kubelet-config', 'kubeconfig']);
});

test('syntax errors are reported with a position and do not throw; JSON is YAML too', () => {
  const broken = parseYamlFile('file:///c', 'kind: KubeletConfiguration\nauthentication:\n  anonymous: [\n');
  assert.ok((broken.documents[0]?.errors.length ?? 0) > 0);
  const json = parseYamlFile('file:///c', '{"kind": "KubeletConfiguration", "readOnlyPort": 10255}');
  assert.deepEqual(json.documents[0]?.entries.map((e) => [e.path, e.value]), [['kind', 'KubeletConfiguration'], ['readOnlyPort', 10255]]);
});

test('list items share an item start, so siblings can be found', () => {
  const text = 'clusters:\n- name: a\n  cluster:\n    server: https://a\n- name: b\n  cluster:\n    server: https://b\n';
  const doc = parseYamlFile('file:///c', text).documents[0];
  const servers = doc?.entries.filter((e) => e.path === 'clusters[].cluster.server') ?? [];
  const names = doc?.entries.filter((e) => e.path === 'clusters[].name') ?? [];
  assert.deepEqual(servers.map((s) => names.find((n) => n.itemStart === s.itemStart)?.value), ['a', 'b']);
});

test('kube YAML is recognised in block YAML and in JSON written on one line; other files are not', async () => {
  const { looksLikeKubeYaml } = await import('../../../server/src/service/parse/yaml/yaml-file.js');
  assert.equal(looksLikeKubeYaml('apiVersion: v1\nkind: Config\n'), true);
  assert.equal(looksLikeKubeYaml('{"kind": "KubeletConfiguration", "apiVersion": "kubelet.config.k8s.io/v1beta1"}'), true);
  assert.equal(looksLikeKubeYaml('name: web\nimage: nginx\n'), false);
  assert.equal(looksLikeKubeYaml('{"name": "x", "nested": {"other": 1}}'), false);
});
