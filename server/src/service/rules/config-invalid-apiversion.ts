import { isMap, isScalar, isSeq } from 'yaml';
import type { Rule, RuleReport } from './rule.js';
import type { Fix } from '../findings/finding.js';
import type { TextEdit } from '../text/span.js';
import type { SourceFile } from '../model/source-files.js';
import type { YamlDocumentInfo } from '../parse/yaml/yaml-file.js';
import { editDistance } from '../text/edit-distance.js';
import { isJsonConfig, checkableKubeletConfigs, scalarValue, typeMetaPair, type ConfigPair, type KubeletValue } from '../model/config-schema.js';

const API_VERSION = 'kubelet.config.k8s.io/v1beta1';
const KIND = 'KubeletConfiguration';

type Field = 'apiVersion' | 'kind';
const WANTED: Record<Field, string> = { apiVersion: API_VERSION, kind: KIND };

/** The first key of the document and the end of its line: where a missing apiVersion or kind is reported. */
function firstLine(file: SourceFile, document: YamlDocumentInfo): { start: number; end: number } | undefined {
  const root = document.document.contents;
  if (!isMap(root)) return undefined;
  const first = root.items[0]?.key;
  const start = isScalar(first) ? first.range?.[0] : root.range?.[0];
  if (start === undefined) return undefined;
  const end = file.lines.lineEnd(file.lines.positionAt(start).line);
  return { start, end: start + file.text.slice(start, end).trimEnd().length };
}

/** Inserts `field: value` as the first key (apiVersion), or right after the apiVersion line (kind). */
function insertEdit(file: SourceFile, document: YamlDocumentInfo, field: Field, after: ConfigPair | undefined): TextEdit | undefined {
  const root = document.document.contents;
  if (!isMap(root)) return undefined;
  const firstKey = root.items[0]?.key;
  const firstStart = isScalar(firstKey) ? firstKey.range?.[0] : undefined;
  if (root.flow) {
    const open = root.range?.[0];
    if (open === undefined || firstStart === undefined) return undefined;
    const gap = file.text.slice(open + 1, firstStart) || ' ';
    const pairText = `"${field}": "${WANTED[field]}"`;
    const afterEnd = after && !after.via && !after.merged ? (after.value as { range?: [number, number, number] } | null)?.range?.[1] : undefined;
    if (afterEnd !== undefined) return { uri: file.uri, start: afterEnd, end: afterEnd, newText: `,${gap}${pairText}` };
    return { uri: file.uri, start: firstStart, end: firstStart, newText: `${pairText},${gap}` };
  }
  if (firstStart === undefined) return undefined;
  const indent = ' '.repeat(file.lines.positionAt(firstStart).character);
  if (after && !after.via && !after.merged && after.keyStart >= firstStart) {
    const line = file.lines.positionAt(after.keyStart).line;
    const valueEnd = (after.value as { range?: [number, number, number] } | null)?.range?.[1] ?? after.keyEnd;
    if (file.lines.positionAt(valueEnd).line === line) {
      const end = file.lines.lineEnd(line);
      return { uri: file.uri, start: end, end, newText: `\n${indent}${field}: ${WANTED[field]}` };
    }
  }
  return { uri: file.uri, start: firstStart, end: firstStart, newText: `${field}: ${WANTED[field]}\n${indent}` };
}

/** Replaces the value of a written `apiVersion` / `kind` scalar, keeping its quoting. */
function setEdit(file: SourceFile, pair: ConfigPair, field: Field): TextEdit | undefined {
  const node = pair.value;
  if (pair.via || pair.merged || (node !== null && !isScalar(node))) return undefined;
  const range = node?.range;
  if (!node || !range || range[0] === range[1]) {
    const colon = file.text.indexOf(':', pair.keyEnd);
    if (colon < 0) return undefined;
    const end = range ? Math.max(range[1], colon + 1) : colon + 1;
    return { uri: file.uri, start: colon + 1, end, newText: ` ${WANTED[field]}` };
  }
  if (file.text.slice(range[0], range[1]).includes('\n')) return undefined;
  const quote = node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : '';
  return { uri: file.uri, start: range[0], end: range[1], newText: `${quote}${WANTED[field]}${quote}` };
}

function fixOf(title: string, edit: TextEdit | undefined): Fix[] {
  return edit ? [{ title, edits: [edit], preferred: true }] : [];
}

/** Whether a wrong kind was meant as KubeletConfiguration (so that rewriting it is the fix). */
function meantAsKubeletConfiguration(kind: string): boolean {
  const lower = kind.toLowerCase();
  return lower.startsWith('kubelet') || editDistance(lower, KIND.toLowerCase()) <= 3;
}

function checkField(file: SourceFile, document: YamlDocumentInfo, field: Field, pair: ConfigPair | undefined, apiVersion: ConfigPair | undefined, json: boolean): RuleReport | undefined {
  const wanted = WANTED[field];
  if (!pair) {
    const line = firstLine(file, document);
    if (!line) return undefined;
    const what = field === 'apiVersion' ? 'which version of the configuration it holds' : 'what the document holds';
    return {
      span: { uri: file.uri, ...line },
      message: `This KubeletConfiguration document has no ${field}: the kubelet cannot tell ${what} and will not start. It must be ${wanted}.`,
      fixes: fixOf(`Add ${field}: ${wanted}`, insertEdit(file, document, field, field === 'kind' ? apiVersion : undefined)),
    };
  }
  const node = pair.value;
  const value: KubeletValue = node === null ? { kind: 'null' } : isScalar(node) ? scalarValue(node, json) : isMap(node) ? { kind: 'mapping' } : isSeq(node) ? { kind: 'list' } : { kind: 'unknown' };
  const valueRange = node?.range;
  const span =
    pair.via !== undefined
      ? { uri: file.uri, start: pair.via.start, end: pair.via.end }
      : valueRange && valueRange[1] > valueRange[0]
        ? { uri: file.uri, start: valueRange[0], end: valueRange[1] }
        : { uri: file.uri, start: pair.keyStart, end: pair.keyEnd };
  const fixes = fixOf(`Set ${field} to ${wanted}`, setEdit(file, pair, field));
  if (value.kind !== 'string' && value.kind !== 'null') {
    const is = { bool: 'a boolean', number: 'a number', mapping: 'a mapping', list: 'a list' }[value.kind as string] ?? 'not a string';
    return { span, message: `${field} must be the string ${wanted}, but ${is === 'not a string' ? 'it is not a string' : `it is ${is}`}: the kubelet cannot read the document's type and will not start.`, fixes };
  }
  if (value.kind === 'null' || value.value === '') {
    return { span, message: `${field} is empty, which the kubelet takes as missing: it will not start. It must be ${wanted}.`, fixes };
  }
  if (value.value === wanted) return undefined;
  if (field === 'apiVersion') {
    return {
      span,
      message: `apiVersion "${value.value}" does not serve KubeletConfiguration: the kubelet reads its configuration only as ${API_VERSION}, so it will not start with this file.`,
      fixes,
    };
  }
  return {
    span,
    message: `kind "${value.value}" is not a configuration the kubelet reads (kind names are case-sensitive): it expects ${KIND} and will not start with this file.`,
    fixes: meantAsKubeletConfiguration(value.value) ? fixes : [],
  };
}

/** A KubeletConfiguration under an apiVersion or kind the kubelet does not serve: it exits at start-up. */
export const configInvalidApiversion: Rule = {
  id: 'config-invalid-apiversion',
  tier: 'correctness',
  title: 'KubeletConfiguration apiVersion or kind the kubelet does not serve',
  defaultSeverity: 'error',
  summary: `A KubeletConfiguration whose apiVersion is not ${API_VERSION}, or whose apiVersion or kind is missing: the kubelet will not start.`,
  fixable: true,
  scope: 'file',
  check({ file }) {
    if (file.kind !== 'yaml') return [];
    const reports: RuleReport[] = [];
    const json = isJsonConfig(file.text);
    for (const document of checkableKubeletConfigs(file.yaml.documents, file.text)) {
      const apiVersion = typeMetaPair(document, file.text, 'apiVersion');
      const kind = typeMetaPair(document, file.text, 'kind');
      for (const found of [checkField(file, document, 'apiVersion', apiVersion, undefined, json), checkField(file, document, 'kind', kind, apiVersion, json)]) {
        if (found) reports.push(found);
      }
    }
    return reports;
  },
};
