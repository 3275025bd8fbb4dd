import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeGoBase64, encodeBase64 } from '../../../../server/src/service/parse/kubeconfig/go-base64.js';

test('accepts padded standard base64, skipping line breaks as Go does', () => {
  const ok = decodeGoBase64('aGVs\nbG8h\r\nd29y\nbGQ=');
  assert.equal(ok.ok, true);
  assert.equal(ok.ok && ok.bytes.toString('utf8'), 'hello!world');
  assert.deepEqual(decodeGoBase64(''), { ok: true, bytes: Buffer.alloc(0) });
  assert.equal(decodeGoBase64('YQ==').ok, true);
});

test('rejects what Go rejects: other characters (blanks, URL alphabet), bad padding, missing padding', () => {
  assert.deepEqual(decodeGoBase64('aGVs bG8h'), { ok: false, reason: 'character', character: ' ', index: 4 });
  assert.deepEqual(decodeGoBase64('aGVs\tbG8h'), { ok: false, reason: 'character', character: '\t', index: 4 });
  assert.deepEqual(decodeGoBase64('ab-_'), { ok: false, reason: 'character', character: '-', index: 2 });
  assert.deepEqual(decodeGoBase64('YQ=a'), { ok: false, reason: 'padding' });
  assert.deepEqual(decodeGoBase64('Y==='), { ok: false, reason: 'padding' });
  assert.deepEqual(decodeGoBase64('YQ'), { ok: false, reason: 'length', length: 2 });
  assert.deepEqual(decodeGoBase64('YQ=\n'), { ok: false, reason: 'length', length: 3 });
});

test('encodeBase64 writes one padded line', () => {
  assert.equal(encodeBase64('hello!world'), 'aGVsbG8hd29ybGQ=');
  assert.equal(encodeBase64(Buffer.from([0xff, 0xfe])), '//4=');
});
