import { isMap, isPair, isScalar, parseDocument } from 'yaml';
import type { TextEdit } from '../../text/span.js';
import type { YamlEntry } from '../yaml/yaml-file.js';
import { goScalar } from './go-yaml-scalar.js';
import { trimmedValueEnd } from './kubeconfig-view.js';

/** Whether a string survives as itself when written unquoted (client-go would read the same string). */
export function isPlainSafe(value: string): boolean {
  if (value.length === 0 || /[\r\n]/.test(value) || value !== value.trim()) return false;
  try {
    const document = parseDocument(`k: ${value}\n`, { version: '1.1' });
    if (document.errors.length > 0 || !isMap(document.contents)) return false;
    const pair = document.contents.items[0];
    if (document.contents.items.length !== 1 || !isPair(pair) || !isScalar(pair.value) || pair.value.type !== 'PLAIN') return false;
    const scalar = goScalar(pair.value);
    return scalar?.kind === 'string' && scalar.value === value;
  } catch {
    return false;
  }
}

/** A string written as a YAML scalar in the style of `like` (the raw text it replaces), quoting only when needed. */
export function scalarText(value: string, like = ''): string {
  if (like.startsWith("'") && !/[\r\n]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  if (like.startsWith('"') || !isPlainSafe(value)) return JSON.stringify(value);
  return value;
}

/** Replaces a scalar value with a string, keeping its quoting style; undefined for block or missing values. */
export function replaceStringValue(uri: string, entry: YamlEntry, text: string, value: string): TextEdit | undefined {
  if (entry.valueNode !== null && !isScalar(entry.valueNode)) return undefined;
  const type = entry.valueNode?.type;
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') return undefined;
  if (entry.valueNode === null || entry.valueStart === entry.valueEnd) {
    // `key:` with nothing after it: write the value right after the colon.
    const colon = text.indexOf(':', entry.keyEnd);
    if (colon < 0 || text.slice(entry.keyEnd, colon).trim() !== '') return undefined;
    return { uri, start: colon + 1, end: colon + 1, newText: ` ${scalarText(value)}` };
  }
  const end = trimmedValueEnd(entry, text);
  return { uri, start: entry.valueStart, end, newText: scalarText(value, text.slice(entry.valueStart, end)) };
}

/**
 * Replaces a value (block scalars included) with raw YAML text on the same line, keeping the line
 * break a block value ends with.
 */
export function replaceValueText(uri: string, entry: YamlEntry, text: string, newText: string): TextEdit | undefined {
  if (entry.valueNode === null) return undefined;
  return { uri, start: entry.valueStart, end: trimmedValueEnd(entry, text), newText };
}

/**
 * Adds `key: value` lines at the end of a block mapping (the value of `parent`), indented like its
 * keys. Undefined when the mapping is a flow mapping, empty, or not a mapping.
 */
export function appendToMapping(uri: string, text: string, entries: readonly YamlEntry[], parent: YamlEntry, lines: readonly string[]): TextEdit | undefined {
  const node = parent.valueNode;
  if (!isMap(node) || node.flow) return undefined;
  const children = entries.filter((entry) => entry.parentPath === parent.path && entry.keyStart >= parent.valueStart && entry.keyStart < parent.valueEnd);
  const first = children[0];
  if (!first) return undefined;
  const indent = ' '.repeat(first.keyStart - (text.lastIndexOf('\n', first.keyStart - 1) + 1));
  let end = parent.valueStart;
  for (const entry of entries) {
    if (entry.keyStart >= parent.valueStart && entry.keyStart < parent.valueEnd) end = Math.max(end, trimmedValueEnd(entry, text));
  }
  const anchor = lineEnd(text, end);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { uri, start: anchor, end: anchor, newText: lines.map((line) => `${eol}${indent}${line}`).join('') };
}

/** End of the line holding `offset`, before any `\r`. */
function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const at = newline < 0 ? text.length : newline;
  return text[at - 1] === '\r' ? at - 1 : at;
}
