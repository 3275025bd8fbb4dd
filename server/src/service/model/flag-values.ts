import type { ValueType } from '../data/types.js';

/** A flag value decoded as the kubelet would, or why it cannot be. */
export type Decoded = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/** Go's `strconv.ParseInt(s, 0, bits)`: decimal, `0x`, `0o`, `0b`, leading-0 octal, `_` between digits. */
export function parseGoInt(text: string, bits: number, unsigned = false): number | undefined {
  const match = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(text);
  if (!match) return undefined;
  const sign = match[1] === '-' ? -1 : 1;
  if (unsigned && match[1]) return undefined;
  let digits = match[2] ?? '';
  if (digits.includes('_') && (/__|_$/.test(digits) || /^_/.test(digits.replace(/^0[xXoObB]?/, '')))) {
    // Go only allows underscores between digits (and after a base prefix).
    if (/__|_$/.test(digits)) return undefined;
  }
  digits = digits.replace(/_/g, '');
  let value: number;
  if (/^0[xX]/.test(digits)) value = Number.parseInt(digits.slice(2), 16);
  else if (/^0[oO]/.test(digits)) value = Number.parseInt(digits.slice(2), 8);
  else if (/^0[bB]/.test(digits)) value = Number.parseInt(digits.slice(2), 2);
  else if (digits.length > 1 && digits.startsWith('0')) value = Number.parseInt(digits.slice(1), 8);
  else value = Number.parseInt(digits, 10);
  if (Number.isNaN(value)) return undefined;
  value *= sign;
  const limit = unsigned ? 2 ** bits - 1 : 2 ** (bits - 1) - 1;
  const lower = unsigned ? 0 : -(2 ** (bits - 1));
  if (value > limit || value < lower) return undefined;
  return value;
}

/** Decodes a command-line value of the given type (only the scalar types the model compares). */
export function decodeFlagValue(type: ValueType, text: string): Decoded {
  switch (type) {
    case 'bool':
      if (TRUE.has(text)) return { ok: true, value: true };
      if (FALSE.has(text)) return { ok: true, value: false };
      return { ok: false, error: `"${text}" is not a boolean (use true or false)` };
    case 'int32':
    case 'int':
    case 'int64':
    case 'uint':
    case 'uint32': {
      const bits = type === 'int64' || type === 'int' || type === 'uint' ? 64 : 32;
      const value = parseGoInt(text, bits, type.startsWith('uint'));
      return value === undefined ? { ok: false, error: `"${text}" is not a valid ${type}` } : { ok: true, value };
    }
    default:
      return { ok: true, value: text };
  }
}
