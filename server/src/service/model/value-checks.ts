import { parseGoInt } from './flag-values.js';

/**
 * Validators for the value grammars the kubelet parses, each written after the Go code it mirrors:
 * `time.ParseDuration`, `strconv.ParseBool` / `ParseInt` / `ParseFloat`, apimachinery's
 * `resource.ParseQuantity`, `k8s.io/utils/cpuset.Parse`, and `net.ParseIP` (the sloppy variant that
 * accepts leading zeros). Each returns the value it read, or a short reason in plain words.
 */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(reason: string): Checked<T> => ({ ok: false, reason });

const NANOSECONDS: Readonly<Record<string, number>> = {
  ns: 1,
  us: 1e3,
  'µs': 1e3, // U+00B5 MICRO SIGN
  'μs': 1e3, // U+03BC GREEK SMALL LETTER MU
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};
const MAX_DURATION = 2 ** 63;
export const DURATION_UNITS = 'ns, us, ms, s, m or h';

/**
 * Go's `time.ParseDuration`: an optional sign, then one or more `<number><unit>` parts (`1h30m`,
 * `1.5h`, `.5s`); a bare `0` is the only number allowed without a unit; no blanks; no `d`.
 * The value is in nanoseconds.
 */
export function checkGoDuration(text: string): Checked<number> {
  let rest = text;
  let negative = false;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    negative = rest.startsWith('-');
    rest = rest.slice(1);
  }
  if (rest === '0') return ok(0);
  if (rest === '') return fail(text === '' ? 'an empty value is not a duration' : 'it is not a Go duration such as 90s, 5m or 1h30m');
  let total = 0;
  while (rest !== '') {
    const number = /^([0-9]*)(?:\.([0-9]*))?/.exec(rest);
    const whole = number?.[1] ?? '';
    const fraction = number?.[2];
    if (!number || (whole === '' && (fraction === undefined || fraction === ''))) {
      return fail('it is not a Go duration such as 90s, 5m or 1h30m');
    }
    rest = rest.slice(number[0].length);
    const unitMatch = /^[^0-9.]*/.exec(rest);
    const unit = unitMatch?.[0] ?? '';
    if (unit === '') return fail(`a number needs a unit (${DURATION_UNITS}); only a bare 0 may go without one`);
    const scale = NANOSECONDS[unit];
    if (scale === undefined) return fail(`"${unit}" is not a duration unit (use ${DURATION_UNITS})`);
    rest = rest.slice(unit.length);
    total += Number(`${whole || '0'}.${fraction ?? ''}0`) * scale;
    if (total > MAX_DURATION) return fail('it is too long for a duration (the limit is about 292 years)');
  }
  if (!negative && total >= MAX_DURATION) return fail('it is too long for a duration (the limit is about 292 years)');
  return ok(negative ? -total : total);
}

const GO_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const GO_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/** Go's `strconv.ParseBool`: 1, t, T, TRUE, true, True and their false counterparts; nothing else. */
export function checkGoBool(text: string): Checked<boolean> {
  if (GO_TRUE.has(text)) return ok(true);
  if (GO_FALSE.has(text)) return ok(false);
  if (text === '') return fail('an empty value is not a boolean (write true or false)');
  return fail('it is not a boolean (write true or false)');
}

export type IntType = 'int' | 'int32' | 'int64' | 'uint' | 'uint32';

export function isIntType(type: string): type is IntType {
  return type === 'int' || type === 'int32' || type === 'int64' || type === 'uint' || type === 'uint32';
}

/** Go's `strconv.ParseInt(text, 0, bits)` (or `ParseUint`) for the flag's Go type. */
export function checkGoInt(text: string, type: IntType): Checked<number> {
  const bits = type === 'int32' || type === 'uint32' ? 32 : 64;
  const unsigned = type.startsWith('uint');
  const value = parseGoInt(text, bits, unsigned);
  if (value !== undefined) return ok(value);
  if (text === '') return fail('an empty value is not a number');
  if (unsigned && /^-[0-9]+$/.test(text)) return fail('it must not be negative');
  if (/^[+-]?[0-9]+$/.test(text)) return fail(`it does not fit in a ${bits}-bit ${unsigned ? 'unsigned ' : ''}integer`);
  return fail('it is not a whole number');
}

/** Go's `strconv.ParseFloat(text, 64)` for the decimal forms and Inf/NaN (hex floats are not accepted here). */
export function checkGoFloat(text: string): Checked<number> {
  if (/^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(text)) return ok(Number(text));
  if (/^[+-]?(inf|infinity|nan)$/i.test(text)) return ok(Number.NaN);
  return fail(text === '' ? 'an empty value is not a number' : 'it is not a number');
}

const DECIMAL_SUFFIX: Readonly<Record<string, number>> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
const BINARY_SUFFIX: Readonly<Record<string, number>> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
export const QUANTITY_SUFFIXES = 'Ki, Mi, Gi, Ti, Pi, Ei, or n, u, m, k, M, G, T, P, E, or an exponent such as e3';

/**
 * apimachinery's `resource.ParseQuantity`: a signed decimal number (`1`, `1.5`, `.5`) followed by at
 * most one suffix: binary `Ki`..`Ei`, decimal `n u m k M G T P E`, or an exponent `e3` / `E-2`.
 * Suffixes are case-sensitive (`1K` and `1mi` are errors). The value is approximate (a float).
 */
export function checkQuantity(text: string): Checked<number> {
  if (text === '') return fail('an empty value is not a quantity');
  const match = /^([+-]?)([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(.*)$/.exec(text);
  if (!match) return fail('it is not a quantity such as 500m, 100Mi or 1G');
  const sign = match[1] === '-' ? -1 : 1;
  const number = Number(match[2]);
  const suffix = match[3] ?? '';
  let multiplier: number | undefined = DECIMAL_SUFFIX[suffix] ?? BINARY_SUFFIX[suffix];
  const exponent = /^[eE]([+-]?[0-9]+)$/.exec(suffix);
  if (multiplier === undefined && exponent) multiplier = 10 ** Number(exponent[1]);
  if (multiplier === undefined) {
    // Go reads the suffix as letters from "eEinumkKMGTP" optionally followed by a signed exponent.
    if (!/^[eEinumkKMGTP]*(?:[+-]?[0-9]+)?$/.test(suffix)) return fail('it is not a quantity such as 500m, 100Mi or 1G');
    return fail(`"${suffix}" is not a quantity suffix (use ${QUANTITY_SUFFIXES}; they are case-sensitive)`);
  }
  return ok(sign * number * multiplier);
}

/** A percentage as the kubelet's eviction code reads it (`strconv.ParseFloat` of the text before `%`), as a fraction. */
export function checkPercentage(text: string): Checked<number> {
  const number = text.replace(/%+$/, '');
  const parsed = checkGoFloat(number);
  if (!text.endsWith('%') || !parsed.ok || Number.isNaN(parsed.value)) return fail('it is not a percentage such as 10%');
  return ok(parsed.value / 100);
}

/** `k8s.io/utils/cpuset.Parse`: comma-separated CPU numbers and ranges such as `0-3,8`; empty is allowed. */
export function checkCpuSet(text: string): Checked<number[]> {
  if (text === '') return ok([]);
  const cpus: number[] = [];
  for (const part of text.split(',')) {
    const range = /^([0-9]+)(?:-([0-9]+))?$/.exec(part);
    if (!range) return fail(`"${part}" is not a CPU number or range (write a list such as 0-3,8)`);
    const start = Number(range[1]);
    const end = range[2] === undefined ? start : Number(range[2]);
    if (start > end) return fail(`the range "${part}" runs backwards`);
    for (let cpu = start; cpu <= end && cpus.length < 65536; cpu++) cpus.push(cpu);
  }
  return ok(cpus);
}

function isIPv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((part) => /^[0-9]{1,3}$/.test(part) && Number(part) <= 255);
}

function isIPv6(text: string): boolean {
  if (text.includes('%')) return false;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = (half: string): string[] | undefined => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0] ?? '');
  const tail = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if (!head || !tail) return false;
  const all = [...head, ...tail];
  let count = 0;
  for (let i = 0; i < all.length; i++) {
    const group = all[i] ?? '';
    if (i === all.length - 1 && group.includes('.')) {
      if (!isIPv4(group)) return false;
      count += 2;
    } else if (/^[0-9a-fA-F]{1,4}$/.test(group)) count += 1;
    else return false;
  }
  return halves.length === 2 ? count < 8 : count === 8;
}

/** Go's `net.ParseIP` in its sloppy form (leading zeros allowed in IPv4 parts). */
export function checkIP(text: string): Checked<string> {
  if (isIPv4(text) || isIPv6(text)) return ok(text);
  return fail(text === '' ? 'an empty value is not an IP address' : 'it is not an IP address');
}

/** A value from a fixed list; `caseFix` is the listed value that differs only in letter case. */
export function checkEnum(value: string, allowed: readonly string[]): Checked<string> & { readonly caseFix?: string } {
  if (allowed.includes(value)) return ok(value);
  const caseFix = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase() && candidate !== '');
  const listed = allowed.filter((candidate) => candidate !== '');
  const list = listed.length === 1 ? `use ${listed.join('')}` : `use one of ${listed.join(', ')}`;
  const empty = allowed.includes('') ? ' (or leave it empty)' : '';
  if (caseFix !== undefined) return { ok: false, reason: `values are case-sensitive (write ${caseFix})`, caseFix };
  return fail(value === '' ? `an empty value is not allowed; ${list}` : `${list}${empty}`);
}

/** An inclusive range check, with a reason in words. */
export function checkRange(value: number, min: number | undefined, max: number | undefined): Checked<number> {
  if ((min === undefined || value >= min) && (max === undefined || value <= max)) return ok(value);
  if (min !== undefined && max !== undefined) return fail(`it must be between ${min} and ${max}`);
  if (min === 0) return fail('it must not be negative');
  if (min !== undefined) return fail(`it must be at least ${min}`);
  return fail(`it must be at most ${String(max)}`);
}

/** One piece of a value (a pair, a list item), with its offsets in the value text. */
export interface Piece {
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

/** Splits at every separator, keeping each piece's offsets (shifted by `from`). */
export function split(text: string, separator: string, from = 0): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (;;) {
    const at = text.indexOf(separator, start);
    const end = at < 0 ? text.length : at;
    pieces.push({ text: text.slice(start, end), from: from + start, to: from + end });
    if (at < 0) return pieces;
    start = at + separator.length;
  }
}

/** The piece without surrounding blanks, offsets adjusted. */
export function trim(piece: Piece): Piece {
  const lead = piece.text.length - piece.text.trimStart().length;
  const text = piece.text.trim();
  return { text, from: piece.from + lead, to: piece.from + lead + text.length };
}

/** A `key<sep>value` pair split at the first separator, both sides trimmed as the kubelet's map flags do. */
export function pair(piece: Piece, separator: string): { key: Piece; value: Piece } | undefined {
  const at = piece.text.indexOf(separator);
  if (at < 0) return undefined;
  return {
    key: trim({ text: piece.text.slice(0, at), from: piece.from, to: piece.from + at }),
    value: trim({ text: piece.text.slice(at + 1), from: piece.from + at + 1, to: piece.to }),
  };
}
