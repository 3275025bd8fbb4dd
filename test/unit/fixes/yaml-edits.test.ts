import { test } from 'node:test';
import assert from 'node:assert/strict';
import { insertYamlPath } from '../../../server/src/service/fixes/yaml-edits.js';
import { parseYamlFile } from '../../../server/src/service/parse/yaml/yaml-file.js';
import { applyEdits } from '../../support/service-harness.js';

function insert(text: string, path: string, value: string): string | undefined {
  const document = parseYamlFile('file:///c', text).documents[0];
  if (!document) return undefined;
  const edit = insertYamlPath('file:///c', text, document, path, value);
  return edit ? applyEdits(text, [edit]) : undefined;
}

const HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';

test('a top-level field goes after the last top-level entry, comments kept', () => {
  assert.equal(insert(`${HEAD}cgroupDriver: systemd # driver\n`, 'seccompDefault', 'true'), `${HEAD}cgroupDriver: systemd # driver\nseccompDefault: true\n`);
});

test('a nested field goes under its existing parent, with the indentation already in use', () => {
  const text = `${HEAD}authentication:\n    webhook:\n        enabled: true\nreadOnlyPort: 0\n`;
  assert.equal(insert(text, 'authentication.anonymous.enabled', 'false'), `${HEAD}authentication:\n    webhook:\n        enabled: true\n    anonymous:\n        enabled: false\nreadOnlyPort: 0\n`);
});

test('missing parents are created; a file without a final newline works', () => {
  assert.equal(insert(`${HEAD}readOnlyPort: 0`, 'authentication.x509.clientCAFile', '/etc/kubernetes/pki/ca.crt'), `${HEAD}readOnlyPort: 0\nauthentication:\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt`);
});

test('under an empty parent, one level deeper than the parent', () => {
  assert.equal(insert(`${HEAD}authentication:\nreadOnlyPort: 0\n`, 'authentication.anonymous.enabled', 'false'), `${HEAD}authentication:\n  anonymous:\n    enabled: false\nreadOnlyPort: 0\n`);
});

test('flow mappings (JSON files) get no insertion rather than a guess', () => {
  assert.equal(insert('{"apiVersion": "kubelet.config.k8s.io/v1beta1", "kind": "KubeletConfiguration"}', 'seccompDefault', 'true'), undefined);
});

test('the result parses and holds the value', () => {
  const out = insert(`${HEAD}authentication:\n  anonymous:\n    enabled: true\n`, 'authentication.webhook.enabled', 'true') ?? '';
  const entries = parseYamlFile('file:///c', out).documents[0]?.entries ?? [];
  assert.deepEqual(entries.filter((e) => e.path.startsWith('authentication.')).map((e) => [e.path, e.value]).filter(([, v]) => typeof v !== 'object'), [
    ['authentication.anonymous.enabled', true],
    ['authentication.webhook.enabled', true],
  ]);
});
