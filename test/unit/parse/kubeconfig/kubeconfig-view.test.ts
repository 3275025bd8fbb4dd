import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlFile, type YamlDocumentInfo } from '../../../../server/src/service/parse/yaml/yaml-file.js';
import { describeItem, describeItemCapitalized, keyValueRange, kubeconfigView, valueRange } from '../../../../server/src/service/parse/kubeconfig/kubeconfig-view.js';

function document(text: string): YamlDocumentInfo {
  const doc = parseYamlFile('file:///k', text).documents[0];
  if (!doc) throw new Error('no document');
  return doc;
}

const TEXT = `clusters:
- cluster:
    server: https://a:6443
  name: a
- name: b
  cluster: {server: https://b:6443, server: https://b2:6443}
users:
- name: u
  user:
    exec:
      env:
      - name: X
        value: y
      command: tool
contexts: []
`;

test('items group the keys of one list entry, whatever the key order; flow mappings too; later duplicates win', () => {
  const view = kubeconfigView(document(TEXT));
  const clusters = view.items('clusters');
  assert.deepEqual(clusters.map((c) => c.name), ['a', 'b']);
  assert.deepEqual([...(clusters[0]?.fields.keys() ?? [])], ['cluster', 'cluster.server', 'name']);
  const server = clusters[1]?.fields.get('cluster.server');
  assert.equal(server?.value, 'https://b2:6443');
  const users = view.items('users');
  // Keys inside a nested list (exec.env[]) are not fields of the user; the keys after that list are.
  assert.deepEqual([...(users[0]?.fields.keys() ?? [])], ['name', 'user', 'user.exec', 'user.exec.env', 'user.exec.command']);
  assert.deepEqual(view.items('contexts'), []);
  const envName = view.entries.find((e) => e.path === 'users[].user.exec.env[].name');
  assert.ok(envName);
  assert.equal(view.itemOf(envName)?.name, 'u');
  assert.equal(view.itemOf(view.top('clusters') ?? envName), undefined);
});

test('a top-level key given twice: only the later one counts', () => {
  const view = kubeconfigView(document('users:\n- name: old\nusers:\n- name: new\n'));
  assert.deepEqual(view.items('users').map((u) => u.name), ['new']);
  assert.equal(view.entries.filter((e) => e.path === 'users[].name').length, 1);
});

test('names that are not strings are undefined; descriptions name the item', () => {
  const view = kubeconfigView(document('clusters:\n- name: 123\n- cluster: {}\n- name: "x"\n'));
  assert.deepEqual(view.items('clusters').map((c) => c.name), [undefined, undefined, 'x']);
  assert.equal(describeItem(view.items('clusters')[2]), 'cluster "x"');
  assert.equal(describeItem(view.items('clusters')[0]), 'an unnamed cluster');
  assert.equal(describeItem(undefined, 'users'), 'an unnamed user');
  assert.equal(describeItemCapitalized(view.items('clusters')[2]), 'Cluster "x"');
});

test('ranges: key and value without trailing line breaks or comments; the key alone for an empty value', () => {
  const text = 'a: |\n  abc\n  def\nb: "q" # note\nc:\nd: x\n';
  const entries = document(text).entries;
  const [a, b, c] = entries;
  assert.ok(a && b && c);
  const slice = (r: { start: number; end: number }): string => text.slice(r.start, r.end);
  assert.equal(slice(keyValueRange(a, text)), 'a: |\n  abc\n  def');
  assert.equal(slice(valueRange(a, text)), '|\n  abc\n  def');
  assert.equal(slice(keyValueRange(b, text)), 'b: "q"');
  assert.equal(slice(valueRange(b, text)), '"q"');
  assert.equal(slice(keyValueRange(c, text)), 'c');
  assert.equal(slice(valueRange(c, text)), 'c');
});
