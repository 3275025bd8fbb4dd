import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlFile } from '../../../../server/src/service/parse/yaml/yaml-file.js';
import { appendToMapping, isPlainSafe, replaceStringValue, replaceValueText, scalarText } from '../../../../server/src/service/parse/kubeconfig/kubeconfig-edits.js';
import { applyEdits } from '../../../support/service-harness.js';

const entriesOf = (text: string) => parseYamlFile('u', text).documents[0]?.entries ?? [];
const entry = (text: string, path: string) => {
  const found = [...entriesOf(text)].reverse().find((e) => e.path === path);
  if (!found) throw new Error(`no ${path}`);
  return found;
};

test('isPlainSafe / scalarText quote only what YAML would read differently', () => {
  // `1:20` is a string for yaml.v2 (no base-60 numbers), so it needs no quotes.
  for (const safe of ['kubernetes', 'system:node:worker-1@kubernetes', 'kind-kind', 'a.b_c/d', '1:20']) assert.equal(isPlainSafe(safe), true, safe);
  for (const unsafe of ['yes', 'null', '123', '0x10', 'a: b', '- a', '#x', '', ' a', 'a #b', '[a]', '*a']) assert.equal(isPlainSafe(unsafe), false, unsafe);
  assert.equal(scalarText('yes'), '"yes"');
  assert.equal(scalarText('prod'), 'prod');
  assert.equal(scalarText('prod', '"old"'), '"prod"');
  assert.equal(scalarText("it's", "'old'"), "'it''s'");
});

test('replaceStringValue keeps the quoting style and fills an empty value after the colon', () => {
  const text = 'a: old # c\nb: "old"\nc:   # note\nd: |\n  x\n';
  assert.equal(applyEdits(text, [replaceStringValue('u', entry(text, 'a'), text, 'new') ?? fail()]), 'a: new # c\nb: "old"\nc:   # note\nd: |\n  x\n');
  assert.equal(applyEdits(text, [replaceStringValue('u', entry(text, 'b'), text, 'new') ?? fail()]), 'a: old # c\nb: "new"\nc:   # note\nd: |\n  x\n');
  assert.equal(applyEdits(text, [replaceStringValue('u', entry(text, 'c'), text, 'new') ?? fail()]), 'a: old # c\nb: "old"\nc: new   # note\nd: |\n  x\n');
  assert.equal(replaceStringValue('u', entry(text, 'd'), text, 'new'), undefined);
});

test('replaceValueText replaces a block value and keeps the line break after it', () => {
  const text = 'd: |\n  x\n  y\ne: 1\n';
  assert.equal(applyEdits(text, [replaceValueText('u', entry(text, 'd'), text, 'eHkK') ?? fail()]), 'd: eHkK\ne: 1\n');
});

test('appendToMapping adds lines after the last key of a block mapping, nested values and comments included', () => {
  const text = 'user:\n  exec:\n    command: x\n    args:\n    - a\n    - b # last\n  token: t\n';
  const edit = appendToMapping('u', text, entriesOf(text), entry(text, 'user.exec'), ['apiVersion: v', 'interactiveMode: Never']);
  assert.equal(applyEdits(text, [edit ?? fail()]), 'user:\n  exec:\n    command: x\n    args:\n    - a\n    - b # last\n    apiVersion: v\n    interactiveMode: Never\n  token: t\n');
  const crlf = text.replace(/\n/g, '\r\n');
  const crlfEdit = appendToMapping('u', crlf, entriesOf(crlf), entry(crlf, 'user.exec'), ['apiVersion: v']);
  assert.equal(applyEdits(crlf, [crlfEdit ?? fail()]), 'user:\r\n  exec:\r\n    command: x\r\n    args:\r\n    - a\r\n    - b # last\r\n    apiVersion: v\r\n  token: t\r\n');
  const flow = 'user:\n  exec: {command: x}\n';
  assert.equal(appendToMapping('u', flow, entriesOf(flow), entry(flow, 'user.exec'), ['apiVersion: v']), undefined);
});

function fail(): never {
  throw new Error('expected an edit');
}
