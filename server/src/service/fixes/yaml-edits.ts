import type { TextEdit } from '../text/span.js';
import type { YamlEntry } from '../parse/yaml/yaml-file.js';

/** Replaces a mapping value in place, keeping the key, comments and layout around it. */
export function setYamlValue(uri: string, entry: YamlEntry, newText: string): TextEdit {
  if (entry.valueNode === null) return { uri, start: entry.keyEnd, end: entry.keyEnd, newText: `: ${newText}`.slice(1) };
  return { uri, start: entry.valueStart, end: entry.valueEnd, newText };
}

/**
 * Deletes a `key: value` line, comment included, when the key and a scalar value sit on one line of
 * their own; undefined otherwise (a fix that cannot be exact is not offered).
 */
export function removeYamlLine(uri: string, entry: YamlEntry, text: string): TextEdit | undefined {
  const lineStart = text.lastIndexOf('\n', entry.keyStart - 1) + 1;
  let lineEnd = text.indexOf('\n', entry.valueEnd);
  if (lineEnd < 0) lineEnd = text.length;
  if (text.slice(lineStart, entry.keyStart).trim() !== '') return undefined;
  if (text.slice(entry.keyStart, entry.valueEnd).includes('\n')) return undefined;
  const rest = text.slice(entry.valueEnd, lineEnd).replace(/\r$/, '').trim();
  if (rest !== '' && !rest.startsWith('#')) return undefined;
  return { uri, start: lineStart, end: Math.min(lineEnd + 1, text.length), newText: '' };
}
