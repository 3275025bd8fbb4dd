import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandWords, type VariableDefinition } from '../../../server/src/service/parse/exec/expand.js';
import { extractWords } from '../../../server/src/service/parse/exec/extract-words.js';
import { traceSlice } from '../../../server/src/service/text/traced.js';

const ENV_URI = 'file:///env';

function expand(command: string, env: Record<string, string>): { words: string[]; missing: string[]; spans: (string | undefined)[] } {
  const source = traceSlice('file:///unit', command, 0, command.length);
  const envText = Object.entries(env).map(([k, v]) => `${k}=${v}`).join('\n');
  const definitions = new Map<string, VariableDefinition>();
  let offset = 0;
  for (const [name, value] of Object.entries(env)) {
    const start = offset + name.length + 1;
    definitions.set(name, { name, value: traceSlice(ENV_URI, envText, start, start + value.length), span: { uri: ENV_URI, start: offset, end: start + value.length }, via: 'EnvironmentFile' });
    offset = start + value.length + 1;
  }
  const missing: string[] = [];
  const expanded = expandWords(extractWords(source).words, source, (n) => definitions.get(n), (n) => missing.push(n));
  return {
    words: expanded.map((w) => w.value.text),
    missing,
    spans: expanded.map((w) => (w.span ? `${w.span.uri === ENV_URI ? 'env' : 'unit'}:${(w.span.uri === ENV_URI ? envText : command).slice(w.span.start, w.span.end)}` : undefined)),
  };
}

test('$VAR alone splits the value into words, each traced into the env file', () => {
  const result = expand('--x $ARGS --y', { ARGS: '--a=1  --b=2' });
  assert.deepEqual(result.words, ['--x', '--a=1', '--b=2', '--y']);
  assert.deepEqual(result.spans, ['unit:--x', 'env:--a=1', 'env:--b=2', 'unit:--y']);
});

test('${VAR} stays one word, even with spaces in the value', () => {
  assert.deepEqual(expand('--x=${V} ${V}', { V: 'a b' }).words, ['--x=a b', 'a b']);
});

test('an unset $VAR leaves no word; an unset ${VAR} is empty; both are reported', () => {
  const result = expand('--x $NOPE --y=${GONE}', {});
  assert.deepEqual(result.words, ['--x', '--y=']);
  assert.deepEqual(result.missing, ['NOPE', 'GONE']);
});

test('an empty $VAR leaves no word', () => {
  assert.deepEqual(expand('a $E b', { E: '' }).words, ['a', 'b']);
});

test('a word starting with $ that is not a plain name vanishes, as systemd looks the whole word up', () => {
  const result = expand('a $V/bin b', { V: '/opt' });
  assert.deepEqual(result.words, ['a', 'b']);
  assert.deepEqual(result.missing, ['V/bin']);
});

test('$$ is a literal dollar; $VAR inside a word is left as is', () => {
  assert.deepEqual(expand('--a=$$x --b=$V', { V: 'no' }).words, ['--a=$x', '--b=$V']);
});
