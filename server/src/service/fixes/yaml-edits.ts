import type { TextEdit } from '../text/span.js';
import { isMap, isScalar } from 'yaml';
import type { YamlDocumentInfo, YamlEntry } from '../parse/yaml/yaml-file.js';

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

/**
 * Inserts `path: value` into a block-style KubeletConfiguration document, creating the missing parent
 * keys with the indentation the document already uses (two spaces when it shows none). Undefined when
 * the place to insert is a flow mapping (`{...}`, as in JSON files) or not a mapping at all.
 */
export function insertYamlPath(uri: string, text: string, document: YamlDocumentInfo, path: string, valueText: string): TextEdit | undefined {
  const segments = path.split('.');
  let parent: YamlEntry | undefined;
  let depth = 0;
  for (let i = segments.length - 1; i >= 1 && !parent; i--) {
    const prefix = segments.slice(0, i).join('.');
    const entry = [...document.entries].reverse().find((e) => e.path === prefix);
    if (entry) {
      parent = entry;
      depth = i;
    }
  }
  const children = document.entries.filter((e) => (parent ? e.parentPath === parent.path : e.depth === 0));
  const unit = indentUnit(text, document);
  let indent: string;
  let anchor: number;
  if (parent) {
    // `authentication:` with nothing after it holds a null scalar: an empty mapping to fill.
    const empty = parent.valueNode === null || (isScalar(parent.valueNode) && parent.valueNode.value === null);
    if (!empty && (!isMap(parent.valueNode) || parent.valueNode.flow)) return undefined;
    const firstChild = children[0];
    indent = firstChild ? ' '.repeat(column(text, firstChild.keyStart)) : ' '.repeat(column(text, parent.keyStart)) + unit;
    anchor = children.length > 0 ? Math.max(...children.map((c) => lastLineEnd(text, c, document))) : lineEnd(text, parent.keyEnd);
  } else {
    if (isMap(document.document.contents) && document.document.contents.flow) return undefined;
    if (!isMap(document.document.contents)) return undefined;
    indent = '';
    anchor = children.length > 0 ? Math.max(...children.map((c) => lastLineEnd(text, c, document))) : lineEnd(text, document.start);
  }
  const rest = segments.slice(depth);
  const lines = rest.map((segment, i) => `${indent}${unit.repeat(i)}${segment}:${i === rest.length - 1 ? ` ${valueText}` : ''}`);
  return { uri, start: anchor, end: anchor, newText: `\n${lines.join('\n')}` };
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  const at = end < 0 ? text.length : end;
  return text[at - 1] === '\r' ? at - 1 : at;
}

/** End of the last line an entry's value spans (nested entries included). */
function lastLineEnd(text: string, entry: YamlEntry, document: YamlDocumentInfo): number {
  let end = entry.valueNode === null ? entry.keyEnd : entry.valueEnd;
  for (const nested of document.entries) if (nested.path.startsWith(`${entry.path}.`) || nested.path.startsWith(`${entry.path}[]`)) end = Math.max(end, nested.valueEnd);
  // A block value's range can end at the start of the next line; step back over the line break.
  while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return lineEnd(text, end);
}

/** The document's indentation step: the smallest nesting it shows, else two spaces. */
function indentUnit(text: string, document: YamlDocumentInfo): string {
  const nested = document.entries.find((e) => e.depth === 1 && !e.path.includes('[]'));
  const width = nested ? column(text, nested.keyStart) : 2;
  return ' '.repeat(width > 0 ? width : 2);
}
