import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, isMap, isPair, type Node } from 'yaml';
import { describeGoValue, goScalar, goString, resolvePlainScalar } from '../../../../server/src/service/parse/kubeconfig/go-yaml-scalar.js';

/** The value node of `k: <text>` parsed as YAML 1.1. */
function valueOf(text: string): Node | null {
  const document = parseDocument(`k: ${text}\n`, { version: '1.1' });
  const contents = document.contents;
  if (!isMap(contents)) throw new Error('not a map');
  const pair = contents.items[0];
  if (!isPair(pair)) throw new Error('no pair');
  return (pair.value ?? null) as Node | null;
}

test('plain scalars resolve as yaml.v2 does: YAML 1.1 booleans and nulls', () => {
  for (const word of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']) assert.deepEqual(resolvePlainScalar(word), { kind: 'bool', value: true }, word);
  for (const word of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']) assert.deepEqual(resolvePlainScalar(word), { kind: 'bool', value: false }, word);
  for (const word of ['', '~', 'null', 'Null', 'NULL']) assert.deepEqual(resolvePlainScalar(word), { kind: 'null' }, word);
  assert.deepEqual(resolvePlainScalar('tRUE'), { kind: 'string', value: 'tRUE' });
  assert.deepEqual(resolvePlainScalar('nULL'), { kind: 'string', value: 'nULL' });
});

test('numbers follow Go ParseInt base 0 and the yaml.v2 float pattern; base 60 and timestamps stay strings', () => {
  assert.deepEqual(resolvePlainScalar('123'), { kind: 'number', value: 123 });
  assert.deepEqual(resolvePlainScalar('010'), { kind: 'number', value: 8 });
  assert.deepEqual(resolvePlainScalar('0x1F'), { kind: 'number', value: 31 });
  assert.deepEqual(resolvePlainScalar('0o17'), { kind: 'number', value: 15 });
  assert.deepEqual(resolvePlainScalar('0b101'), { kind: 'number', value: 5 });
  assert.deepEqual(resolvePlainScalar('-1_000'), { kind: 'number', value: -1000 });
  assert.deepEqual(resolvePlainScalar('08'), { kind: 'number', value: 8 });
  assert.deepEqual(resolvePlainScalar('1e2'), { kind: 'number', value: 100 });
  assert.deepEqual(resolvePlainScalar('.5'), { kind: 'number', value: 0.5 });
  assert.deepEqual(resolvePlainScalar('-.inf'), { kind: 'number', value: -Infinity });
  assert.equal(resolvePlainScalar('.nan').kind, 'number');
  assert.deepEqual(resolvePlainScalar('1:20'), { kind: 'string', value: '1:20' });
  assert.deepEqual(resolvePlainScalar('2001-12-14'), { kind: 'string', value: '2001-12-14' });
  assert.deepEqual(resolvePlainScalar('10.0.0.1:6443'), { kind: 'string', value: '10.0.0.1:6443' });
  assert.deepEqual(resolvePlainScalar('1.2.3'), { kind: 'string', value: '1.2.3' });
  assert.deepEqual(resolvePlainScalar('abcdef.0123456789abcdef'), { kind: 'string', value: 'abcdef.0123456789abcdef' });
});

test('goScalar: quoted and block scalars are strings, tags are honoured, collections and aliases are not scalars', () => {
  assert.deepEqual(goScalar(valueOf('"true"')), { kind: 'string', value: 'true' });
  assert.deepEqual(goScalar(valueOf("'123'")), { kind: 'string', value: '123' });
  assert.deepEqual(goScalar(valueOf('|\n  abc\n')), { kind: 'string', value: 'abc\n' });
  assert.deepEqual(goScalar(valueOf('!!str 12')), { kind: 'string', value: '12' });
  assert.deepEqual(goScalar(valueOf('1:20')), { kind: 'string', value: '1:20' });
  assert.deepEqual(goScalar(valueOf('yes')), { kind: 'bool', value: true });
  assert.deepEqual(goScalar(valueOf('123')), { kind: 'number', value: 123 });
  assert.deepEqual(goScalar(valueOf('')), { kind: 'null' });
  assert.deepEqual(goScalar(null), { kind: 'null' });
  assert.equal(goScalar(valueOf('[a]')), undefined);
  assert.equal(goScalar(valueOf('{a: b}')), undefined);
  assert.equal(goString(valueOf('123')), undefined);
  assert.equal(goString(valueOf('abc')), 'abc');
});

test('describeGoValue names the type and the value as written', () => {
  assert.equal(describeGoValue(valueOf('"true"')), 'the string "true"');
  assert.equal(describeGoValue(valueOf('0x1F')), 'the number 0x1F');
  assert.equal(describeGoValue(valueOf('no')), 'the boolean false');
  assert.equal(describeGoValue(valueOf('[a]')), 'a list');
  assert.equal(describeGoValue(valueOf('{a: b}')), 'a mapping');
  assert.equal(describeGoValue(valueOf('~')), 'an empty value');
});
