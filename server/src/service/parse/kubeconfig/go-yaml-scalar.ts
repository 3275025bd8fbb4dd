import { isMap, isScalar, isSeq, type Node } from 'yaml';

/**
 * A scalar as client-go's YAML-to-JSON step (sigs.k8s.io/yaml over yaml.v2) types it. The JS parser's
 * YAML 1.1 schema is close but not identical: it reads `1:20` as a base-60 number and `2001-12-14` as a
 * date, where yaml.v2 keeps both as strings. Type checks must follow yaml.v2.
 */
export type GoScalar =
  | { readonly kind: 'null' }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string };

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const FALSES = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);
const SPECIAL_FLOATS = new Set(['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF', '.nan', '.NaN', '.NAN']);
/** What Go's strconv.ParseInt(s, 0, 64) accepts (after yaml.v2 removed the underscores). */
const GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
/** yaml.v2's `yamlStyleFloat`. */
const GO_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}([Tt ]|$)/;

/** Resolves the text of a plain (unquoted, untagged) scalar the way yaml.v2 does. */
export function resolvePlainScalar(text: string): GoScalar {
  if (NULLS.has(text)) return { kind: 'null' };
  if (TRUES.has(text)) return { kind: 'bool', value: true };
  if (FALSES.has(text)) return { kind: 'bool', value: false };
  if (SPECIAL_FLOATS.has(text)) return { kind: 'number', value: text.includes('nan') || text.includes('NaN') || text.includes('NAN') ? Number.NaN : text.startsWith('-') ? -Infinity : Infinity };
  const first = text.charAt(0);
  if (/[0-9+\-.]/.test(first)) {
    // yaml.v2 keeps timestamp-looking values as strings when decoding into interface{}.
    if (TIMESTAMP.test(text)) return { kind: 'string', value: text };
    const plain = text.replace(/_/g, '');
    if (GO_INT.test(plain)) return { kind: 'number', value: parseGoInt(plain) };
    if (GO_FLOAT.test(plain)) return { kind: 'number', value: Number(plain) };
  }
  return { kind: 'string', value: text };
}

function parseGoInt(text: string): number {
  const negative = text.startsWith('-');
  const body = text.replace(/^[-+]/, '');
  let value: number;
  if (/^0[xX]/.test(body)) value = Number.parseInt(body.slice(2), 16);
  else if (/^0[oO]/.test(body)) value = Number.parseInt(body.slice(2), 8);
  else if (/^0[bB]/.test(body)) value = Number.parseInt(body.slice(2), 2);
  else if (body.length > 1 && body.startsWith('0')) value = Number.parseInt(body.slice(1), 8);
  else value = Number.parseInt(body, 10);
  return negative ? -value : value;
}

/**
 * The Go-side scalar for a value node; null for a missing value; undefined for mappings, sequences,
 * aliases and tags this module does not model.
 */
export function goScalar(node: Node | null): GoScalar | undefined {
  if (node === null) return { kind: 'null' };
  if (!isScalar(node)) return undefined;
  const tag = node.tag;
  const quoted = node.type !== undefined && node.type !== 'PLAIN';
  if (tag !== undefined) {
    const name = tag.replace(/^tag:yaml\.org,2002:/, '!!');
    const value = node.value;
    if (name === '!!str') return { kind: 'string', value: scalarText(node) };
    if (name === '!!null') return { kind: 'null' };
    if (name === '!!bool' && typeof value === 'boolean') return { kind: 'bool', value };
    if ((name === '!!int' || name === '!!float') && typeof value === 'number') return { kind: 'number', value };
    if (name === '!!binary' || name === '!!timestamp') return { kind: 'string', value: scalarText(node) };
    return undefined;
  }
  if (quoted) return { kind: 'string', value: scalarText(node) };
  return resolvePlainScalar(scalarText(node));
}

/** The scalar's text before any type resolution (folded as YAML folds it). */
function scalarText(node: { source?: string; value: unknown }): string {
  if (typeof node.source === 'string') return node.source;
  return node.value === null || node.value === undefined ? '' : String(node.value);
}

/** The Go-side string of a value, or undefined when it is not a string there. */
export function goString(node: Node | null): string | undefined {
  const scalar = goScalar(node);
  return scalar?.kind === 'string' ? scalar.value : undefined;
}

/** Describes a value's Go-side type for messages: `the string "true"`, `the number 123`, `a mapping`. */
export function describeGoValue(node: Node | null): string {
  const scalar = goScalar(node);
  if (scalar === undefined) {
    if (isSeq(node)) return 'a list';
    if (isMap(node)) return 'a mapping';
    return 'that value';
  }
  switch (scalar.kind) {
    case 'null':
      return 'an empty value';
    case 'bool':
      return `the boolean ${scalar.value}`;
    case 'number':
      return `the number ${scalarText(node as unknown as { source?: string; value: unknown })}`;
    case 'string':
      return `the string ${JSON.stringify(scalar.value)}`;
  }
}

