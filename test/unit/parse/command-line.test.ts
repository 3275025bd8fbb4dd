import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseKubeletArgs } from '../../../server/src/service/parse/flags/command-line.js';
import { extractWords } from '../../../server/src/service/parse/exec/extract-words.js';
import { expandWords } from '../../../server/src/service/parse/exec/expand.js';
import { traceSlice } from '../../../server/src/service/text/traced.js';

function parse(args: string) {
  const source = traceSlice('file:///u', args, 0, args.length);
  const words = expandWords(extractWords(source).words, source, () => undefined);
  const result = parseKubeletArgs(words);
  return {
    flags: result.flags.map((f) => [f.name, f.value, f.valueForm]),
    problems: result.problems.map((p) => (p.kind === 'missing-value' ? `${p.kind}:${p.flag.name}` : `${p.kind}:${p.word.value.text}${p.kind === 'positional' && p.afterBoolean ? `(after --${p.afterBoolean.name})` : ''}`)),
    result,
    args,
  };
}

test('--name=value and --name value for non-boolean flags', () => {
  assert.deepEqual(parse('--authorization-mode=Webhook --read-only-port 0').flags, [
    ['authorization-mode', 'Webhook', 'equals'],
    ['read-only-port', '0', 'next-word'],
  ]);
});

test('a non-boolean flag takes the next word whatever it looks like', () => {
  assert.deepEqual(parse('--hostname-override --anonymous-auth=false').flags, [['hostname-override', '--anonymous-auth=false', 'next-word']]);
});

test('a bare boolean is true and never takes the next word: the detached value is a stray argument', () => {
  const parsed = parse('--anonymous-auth false');
  assert.deepEqual(parsed.flags, [['anonymous-auth', 'true', 'implicit']]);
  assert.deepEqual(parsed.problems, ['positional:false(after --anonymous-auth)']);
});

test('unknown flags and stray words are reported; -- ends the flags', () => {
  assert.deepEqual(parse('--no-such-flag=1 stray -- --anonymous-auth=false').problems, ['unknown-flag:--no-such-flag=1', 'positional:stray', 'positional:--anonymous-auth=false']);
});

test('underscores are normalised to dashes; names stay case-sensitive', () => {
  const parsed = parse('--anonymous_auth=false --Anonymous-Auth=true');
  assert.deepEqual(parsed.flags, [['anonymous-auth', 'false', 'equals']]);
  assert.deepEqual(parsed.problems, ['unknown-flag:--Anonymous-Auth=true']);
});

test('shorthands: -v=2, -v 2, -v2; a single dash before a long name is not a flag', () => {
  assert.deepEqual(parse('-v=2 -v 3 -v4').flags, [['v', '2', 'equals'], ['v', '3', 'next-word'], ['v', '4', 'equals']]);
  assert.deepEqual(parse('-anonymous-auth=false').problems, ['unknown-flag:-anonymous-auth=false']);
});

test('a flag that needs a value at the end of the line is reported', () => {
  assert.deepEqual(parse('--config').problems, ['missing-value:config']);
});

test('ranges: name, value and raw word for both forms', () => {
  const parsed = parse('--read-only-port "10255" --anonymous-auth=true');
  const [port, anonymous] = parsed.result.flags;
  assert.ok(port && anonymous && port.valueSpan && anonymous.valueSpan && port.nameSpan);
  assert.equal(parsed.args.slice(port.nameSpan.start, port.nameSpan.end), '--read-only-port');
  assert.equal(parsed.args.slice(port.valueSpan.start, port.valueSpan.end), '10255');
  assert.deepEqual(port.rawSpans.map((s) => parsed.args.slice(s.start, s.end)), ['--read-only-port', '"10255"']);
  assert.equal(parsed.args.slice(anonymous.valueSpan.start, anonymous.valueSpan.end), 'true');
});
