import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractWords } from '../../../server/src/service/parse/exec/extract-words.js';
import { traceSlice, tracedSpan } from '../../../server/src/service/text/traced.js';

const words = (text: string): string[] => extractWords(traceSlice('file:///x', text, 0, text.length)).words.map((w) => w.value.text);

test('splits on whitespace', () => {
  assert.deepEqual(words('  /usr/bin/kubelet   --a=1\t--b '), ['/usr/bin/kubelet', '--a=1', '--b']);
});

test('double and single quotes group, also in the middle of a word', () => {
  assert.deepEqual(words(`--a="b c" 'd e' x"y z"w`), ['--a=b c', 'd e', 'xy zw']);
});

test('backslash escapes, inside quotes too, with C escapes decoded; unknown escapes kept as written', () => {
  assert.deepEqual(words('a\\sb "c\\"d" \'e\\\'f\' \\x41 t\\tab \\w'), ['a b', 'c"d', "e'f", 'A', 't\tab', '\\w']);
  assert.deepEqual(words('a\\ b'), ['a\\ b']);
});

test('an unterminated quote is reported', () => {
  const result = extractWords(traceSlice('file:///x', '--a="b', 0, 6));
  assert.equal(result.unterminatedQuote, true);
  assert.deepEqual(result.words.map((w) => w.value.text), ['--a=b']);
});

test('unquoted characters keep their source offsets; quotes are not part of the traced span', () => {
  const text = 'x --a="b c"';
  const word = extractWords(traceSlice('file:///x', text, 0, text.length)).words[1];
  assert.ok(word);
  const span = tracedSpan(word.value);
  assert.ok(span);
  assert.equal(text.slice(span.start, span.end), '--a="b c');
  assert.equal(text.slice(word.rawFrom, word.rawTo), '--a="b c"');
});
