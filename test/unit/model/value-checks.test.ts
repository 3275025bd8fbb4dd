import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkCpuSet, checkEnum, checkGoBool, checkGoDuration, checkGoFloat, checkGoInt, checkIP, checkPercentage, checkQuantity, checkRange, pair, split, trim,
} from '../../../server/src/service/model/value-checks.js';

const value = <T>(checked: { ok: true; value: T } | { ok: false; reason: string }): T | string => (checked.ok ? checked.value : `error: ${checked.reason}`);

test('Go durations: the units Go knows, fractions, signs, and a bare 0', () => {
  assert.equal(value(checkGoDuration('4h')), 4 * 3600e9);
  assert.equal(value(checkGoDuration('1h30m')), 5400e9);
  assert.equal(value(checkGoDuration('1.5h')), 5400e9);
  assert.equal(value(checkGoDuration('.5s')), 0.5e9);
  assert.equal(value(checkGoDuration('5.s')), 5e9);
  assert.equal(value(checkGoDuration('300ms')), 300e6);
  assert.equal(value(checkGoDuration('10us')), 10e3);
  assert.equal(value(checkGoDuration('10µs')), 10e3);
  assert.equal(value(checkGoDuration('10μs')), 10e3);
  assert.equal(value(checkGoDuration('7ns')), 7);
  assert.equal(value(checkGoDuration('-2m')), -120e9);
  assert.equal(value(checkGoDuration('+2m')), 120e9);
  assert.equal(value(checkGoDuration('0')), 0);
  assert.equal(value(checkGoDuration('-0')), 0);
  assert.equal(value(checkGoDuration('0s')), 0);
});

test('Go durations: what time.ParseDuration refuses, with the reason', () => {
  assert.equal(value(checkGoDuration('4d')), 'error: "d" is not a duration unit (use ns, us, ms, s, m or h)');
  assert.equal(value(checkGoDuration('1H')), 'error: "H" is not a duration unit (use ns, us, ms, s, m or h)');
  assert.equal(value(checkGoDuration('4 h')), 'error: " h" is not a duration unit (use ns, us, ms, s, m or h)');
  assert.equal(value(checkGoDuration('30')), 'error: a number needs a unit (ns, us, ms, s, m or h); only a bare 0 may go without one');
  assert.equal(value(checkGoDuration('1h30')), 'error: a number needs a unit (ns, us, ms, s, m or h); only a bare 0 may go without one');
  assert.equal(value(checkGoDuration('0.0')), 'error: a number needs a unit (ns, us, ms, s, m or h); only a bare 0 may go without one');
  assert.equal(value(checkGoDuration('')), 'error: an empty value is not a duration');
  assert.equal(value(checkGoDuration('-')), 'error: it is not a Go duration such as 90s, 5m or 1h30m');
  assert.equal(value(checkGoDuration('.s')), 'error: it is not a Go duration such as 90s, 5m or 1h30m');
  assert.equal(value(checkGoDuration('h')), 'error: it is not a Go duration such as 90s, 5m or 1h30m');
  assert.equal(value(checkGoDuration(' 1h')), 'error: it is not a Go duration such as 90s, 5m or 1h30m');
  assert.equal(value(checkGoDuration('3000000h')), 'error: it is too long for a duration (the limit is about 292 years)');
});

test('Go booleans: only the strconv.ParseBool spellings', () => {
  for (const text of ['1', 't', 'T', 'TRUE', 'true', 'True']) assert.equal(value(checkGoBool(text)), true, text);
  for (const text of ['0', 'f', 'F', 'FALSE', 'false', 'False']) assert.equal(value(checkGoBool(text)), false, text);
  for (const text of ['yes', 'no', 'on', 'tRUE', 'y']) assert.equal(value(checkGoBool(text)), 'error: it is not a boolean (write true or false)', text);
  assert.equal(value(checkGoBool('')), 'error: an empty value is not a boolean (write true or false)');
});

test('Go integers: base prefixes, bounds of the type, and why a value fails', () => {
  assert.equal(value(checkGoInt('110', 'int32')), 110);
  assert.equal(value(checkGoInt('0x10', 'int32')), 16);
  assert.equal(value(checkGoInt('010', 'int32')), 8);
  assert.equal(value(checkGoInt('1_000', 'int64')), 1000);
  assert.equal(value(checkGoInt('-999', 'int32')), -999);
  assert.equal(value(checkGoInt('2147483648', 'int32')), 'error: it does not fit in a 32-bit integer');
  assert.equal(value(checkGoInt('2147483648', 'int64')), 2147483648);
  assert.equal(value(checkGoInt('-1', 'uint32')), 'error: it must not be negative');
  assert.equal(value(checkGoInt('4294967296', 'uint32')), 'error: it does not fit in a 32-bit unsigned integer');
  assert.equal(value(checkGoInt('1.5', 'int32')), 'error: it is not a whole number');
  assert.equal(value(checkGoInt('10k', 'int32')), 'error: it is not a whole number');
  assert.equal(value(checkGoInt('', 'int32')), 'error: an empty value is not a number');
});

test('Go floats', () => {
  assert.equal(value(checkGoFloat('0.9')), 0.9);
  assert.equal(value(checkGoFloat('1e-3')), 0.001);
  assert.equal(value(checkGoFloat('.5')), 0.5);
  assert.ok(Number.isNaN(value(checkGoFloat('NaN'))));
  assert.equal(value(checkGoFloat('0,9')), 'error: it is not a number');
  assert.equal(value(checkGoFloat('')), 'error: an empty value is not a number');
});

test('quantities: suffixes are exact and case-sensitive', () => {
  assert.equal(value(checkQuantity('100Mi')), 100 * 2 ** 20);
  assert.equal(value(checkQuantity('500m')), 0.5);
  assert.equal(value(checkQuantity('1G')), 1e9);
  assert.equal(value(checkQuantity('1.5Gi')), 1.5 * 2 ** 30);
  assert.equal(value(checkQuantity('1e3')), 1000);
  assert.equal(value(checkQuantity('1E')), 1e18);
  assert.equal(value(checkQuantity('-1Gi')), -(2 ** 30));
  assert.equal(value(checkQuantity('.5')), 0.5);
  assert.equal(value(checkQuantity('0')), 0);
  assert.equal(value(checkQuantity('1K')), 'error: "K" is not a quantity suffix (use Ki, Mi, Gi, Ti, Pi, Ei, or n, u, m, k, M, G, T, P, E, or an exponent such as e3; they are case-sensitive)');
  assert.equal(value(checkQuantity('1mi')), 'error: "mi" is not a quantity suffix (use Ki, Mi, Gi, Ti, Pi, Ei, or n, u, m, k, M, G, T, P, E, or an exponent such as e3; they are case-sensitive)');
  assert.equal(value(checkQuantity('1e')), 'error: "e" is not a quantity suffix (use Ki, Mi, Gi, Ti, Pi, Ei, or n, u, m, k, M, G, T, P, E, or an exponent such as e3; they are case-sensitive)');
  assert.equal(value(checkQuantity('1MB')), 'error: it is not a quantity such as 500m, 100Mi or 1G');
  assert.equal(value(checkQuantity('Mi')), 'error: it is not a quantity such as 500m, 100Mi or 1G');
  assert.equal(value(checkQuantity(' 1')), 'error: it is not a quantity such as 500m, 100Mi or 1G');
  assert.equal(value(checkQuantity('')), 'error: an empty value is not a quantity');
});

test('percentages, CPU sets, IP addresses', () => {
  assert.equal(value(checkPercentage('10%')), 0.1);
  assert.equal(value(checkPercentage('10')), 'error: it is not a percentage such as 10%');
  assert.equal(value(checkPercentage('x%')), 'error: it is not a percentage such as 10%');
  assert.deepEqual(value(checkCpuSet('0-3,8')), [0, 1, 2, 3, 8]);
  assert.deepEqual(value(checkCpuSet('')), []);
  assert.equal(value(checkCpuSet('3-1')), 'error: the range "3-1" runs backwards');
  assert.equal(value(checkCpuSet('0,,2')), 'error: "" is not a CPU number or range (write a list such as 0-3,8)');
  assert.equal(value(checkCpuSet('0-3 ')), 'error: "0-3 " is not a CPU number or range (write a list such as 0-3,8)');
  for (const ip of ['10.0.0.1', '010.000.000.001', '::', '::1', 'fd00::10', '2001:db8:0:0:0:0:0:1', '::ffff:10.0.0.1']) assert.equal(value(checkIP(ip)), ip, ip);
  for (const ip of ['10.0.0', '10.0.0.256', 'node1', 'fe80::1%eth0', '1::2::3', '2001:db8:0:0:0:0:0:1:2']) assert.equal(value(checkIP(ip)), 'error: it is not an IP address', ip);
  assert.equal(value(checkIP('')), 'error: an empty value is not an IP address');
});

test('enums: exact match, a case-only mismatch offers the right spelling', () => {
  assert.deepEqual(checkEnum('Webhook', ['AlwaysAllow', 'Webhook']), { ok: true, value: 'Webhook' });
  assert.deepEqual(checkEnum('Alwaysallow', ['AlwaysAllow', 'Webhook']), { ok: false, reason: 'values are case-sensitive (write AlwaysAllow)', caseFix: 'AlwaysAllow' });
  assert.deepEqual(checkEnum('Deny', ['AlwaysAllow', 'Webhook']), { ok: false, reason: 'use one of AlwaysAllow, Webhook' });
  assert.deepEqual(checkEnum('', ['AlwaysAllow', 'Webhook']), { ok: false, reason: 'an empty value is not allowed; use one of AlwaysAllow, Webhook' });
  assert.deepEqual(checkEnum('aws', ['', 'external']), { ok: false, reason: 'use external (or leave it empty)' });
  assert.deepEqual(checkEnum('', ['', 'external']), { ok: true, value: '' });
});

test('ranges', () => {
  assert.deepEqual(checkRange(5, 0, undefined), { ok: true, value: 5 });
  assert.deepEqual(checkRange(-1, 0, undefined), { ok: false, reason: 'it must not be negative' });
  assert.deepEqual(checkRange(70000, 0, 65535), { ok: false, reason: 'it must be between 0 and 65535' });
  assert.deepEqual(checkRange(1, 2, undefined), { ok: false, reason: 'it must be at least 2' });
  assert.deepEqual(checkRange(9, undefined, 5), { ok: false, reason: 'it must be at most 5' });
});

test('splitting values into pieces keeps their offsets', () => {
  assert.deepEqual(split('a=1, b=2', ','), [{ text: 'a=1', from: 0, to: 3 }, { text: ' b=2', from: 4, to: 8 }]);
  assert.deepEqual(trim({ text: ' b=2 ', from: 4, to: 9 }), { text: 'b=2', from: 5, to: 8 });
  assert.deepEqual(pair({ text: 'memory.available < 1Gi', from: 10, to: 32 }, '<'), {
    key: { text: 'memory.available', from: 10, to: 26 },
    value: { text: '1Gi', from: 29, to: 32 },
  });
  assert.equal(pair({ text: 'novalue', from: 0, to: 7 }, '='), undefined);
});
