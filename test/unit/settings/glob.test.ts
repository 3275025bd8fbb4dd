import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globToRegExp, matchesAny } from '../../../server/src/service/settings/glob.js';

const matches = (pattern: string, path: string): boolean => matchesAny(path, [globToRegExp(pattern)]);

test('a pattern without a slash matches a file or folder name at any depth', () => {
  assert.equal(matches('*.rendered.yaml', 'a.rendered.yaml'), true);
  assert.equal(matches('*.rendered.yaml', 'deep/down/b.rendered.yaml'), true);
  assert.equal(matches('*.rendered.yaml', 'b.rendered.yaml.bak'), false);
  assert.equal(matches('testdata', 'pkg/testdata/kubelet.service'), true);
  assert.equal(matches('testdata', 'pkg/mytestdata/kubelet.service'), false);
});

test('a pattern with a slash is anchored at the base folder; a leading ./ or / changes nothing', () => {
  assert.equal(matches('examples/*.yaml', 'examples/a.yaml'), true);
  assert.equal(matches('examples/*.yaml', 'x/examples/a.yaml'), false);
  assert.equal(matches('examples/*.yaml', 'examples/sub/a.yaml'), false);
  assert.equal(matches('./examples/*.yaml', 'examples/a.yaml'), true);
  assert.equal(matches('/examples/', 'examples/sub/a.yaml'), true);
});

test('** spans folders, including none; a trailing ** takes everything below', () => {
  assert.equal(matches('examples/**', 'examples/a/b/c.service'), true);
  assert.equal(matches('**/fixtures/*.env', 'fixtures/a.env'), true);
  assert.equal(matches('**/fixtures/*.env', 'x/y/fixtures/a.env'), true);
  assert.equal(matches('a/**/b.conf', 'a/b.conf'), true);
  assert.equal(matches('a/**/b.conf', 'a/x/y/b.conf'), true);
  assert.equal(matches('a/**/b.conf', 'ab.conf'), false);
});

test('?, [classes], [!negated] and {alternatives} (nested ones too); regex characters are literal', () => {
  assert.equal(matches('node?.yaml', 'node1.yaml'), true);
  assert.equal(matches('node?.yaml', 'node12.yaml'), false);
  assert.equal(matches('node[12].yaml', 'node2.yaml'), true);
  assert.equal(matches('node[!12].yaml', 'node2.yaml'), false);
  assert.equal(matches('node[!12].yaml', 'node3.yaml'), true);
  assert.equal(matches('*.{yaml,yml}', 'c/d.yml'), true);
  assert.equal(matches('{a,b{c,d}}.conf', 'bd.conf'), true);
  assert.equal(matches('{a,b{c,d}}.conf', 'b.conf'), false);
  assert.equal(matches('v1.0+(x).conf', 'v1.0+(x).conf'), true);
  assert.equal(matches('v1.0+(x).conf', 'v1x0+(x).conf'), false);
});

test('a malformed pattern matches nothing rather than throwing or matching everything', () => {
  assert.equal(matches('[', 'a'), false);
  assert.equal(matches('[', '['), true);
  assert.equal(matches('{a,b', 'a'), true);
});
