import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEnvFile } from '../../../server/src/service/parse/env-file/env-file.js';

const pairs = (text: string): [string, string][] => parseEnvFile('file:///e', text).assignments.map((a) => [a.name, a.value.text]);

test('plain, double-quoted and single-quoted values', () => {
  assert.deepEqual(pairs('A=1\nB="two words"\nC=\'x $y\'\n'), [['A', '1'], ['B', 'two words'], ['C', 'x $y']]);
});

test('comments only where a name could start; a # after a value is part of it', () => {
  assert.deepEqual(pairs('# c\n ; d\nA=1 # two\n'), [['A', '1 # two']]);
});

test('blanks around the name and before the value are skipped; trailing blanks of unquoted values dropped', () => {
  assert.deepEqual(pairs('  A  =   x y  \n'), [['A', 'x y']]);
});

test('escapes: backslash in unquoted values, limited set in double quotes, none in single quotes', () => {
  assert.deepEqual(pairs('A=a\\ b\\"\nB="q\\"\\$\\n"\nC=\'\\n\'\n'), [['A', 'a b"'], ['B', 'q"$\\n'], ['C', '\\n']]);
});

test('backslash-newline continues a value', () => {
  assert.deepEqual(pairs('A=--a=1 \\\n--b=2\nB="x\\\ny"\n'), [['A', '--a=1 --b=2'], ['B', 'xy']]);
});

test('lines without "=" and invalid names are ignored and reported', () => {
  const env = parseEnvFile('file:///e', 'JUST TEXT\nexport A=1\n1X=2\nOK=3\n');
  assert.deepEqual(env.assignments.map((a) => a.name), ['OK']);
  assert.deepEqual(env.ignored.map((i) => i.reason), ['missing-equals', 'invalid-name', 'invalid-name']);
});

test('values are traced to their offsets; empty values are allowed', () => {
  const text = 'KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///run/c.sock --pod-infra-container-image=pause"\nE=\n';
  const env = parseEnvFile('file:///e', text);
  const value = env.assignments[0]?.value;
  assert.ok(value);
  const at = value.text.indexOf('--pod');
  assert.equal(text.slice(value.offsets[at], (value.offsets[value.text.length - 1] ?? 0) + 1), '--pod-infra-container-image=pause');
  assert.deepEqual(env.assignments[1] && [env.assignments[1].name, env.assignments[1].value.text], ['E', '']);
});

test('a quote left open runs to the end of the file', () => {
  assert.deepEqual(pairs('A="x\ny'), [['A', 'x\ny']]);
});
