import { Buffer } from 'node:buffer';

/** Why a `*-data` value is not base64 as Go's `encoding/json` reads a `[]byte` field. */
export type Base64Problem =
  | { readonly reason: 'character'; readonly character: string; readonly index: number }
  | { readonly reason: 'padding' }
  | { readonly reason: 'length'; readonly length: number };

export type Base64Result = { readonly ok: true; readonly bytes: Buffer } | ({ readonly ok: false } & Base64Problem);

/**
 * Decodes like Go's `base64.StdEncoding.Decode`, which `encoding/json` uses for `[]byte` fields: the
 * standard alphabet, `=` padding required, carriage returns and line feeds skipped, anything else
 * (spaces included) rejected. `index` counts characters of the input as given.
 */
export function decodeGoBase64(text: string): Base64Result {
  const bad = /[^A-Za-z0-9+/=\r\n]/.exec(text);
  if (bad) return { ok: false, reason: 'character', character: bad[0], index: bad.index };
  const compact = text.replace(/[\r\n]/g, '');
  const firstPad = compact.indexOf('=');
  if (firstPad >= 0 && !/^={1,2}$/.test(compact.slice(firstPad))) return { ok: false, reason: 'padding' };
  if (compact.length % 4 !== 0) return { ok: false, reason: 'length', length: compact.length };
  return { ok: true, bytes: Buffer.from(compact, 'base64') };
}

/** Standard padded base64 of some bytes, on one line. */
export function encodeBase64(bytes: Buffer | string): string {
  return (typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64');
}
