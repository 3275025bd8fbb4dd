import { isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Rule } from './rule.js';
import type { Fix } from '../findings/finding.js';
import { KUBECONFIG_FIELDS } from '../data/generated/kubeconfig-fields.js';
import type { KubeconfigFieldFact } from '../data/types.js';
import { kubeconfigView, describeItem, type KubeconfigView } from '../parse/kubeconfig/kubeconfig-view.js';
import { describeGoValue, goScalar } from '../parse/kubeconfig/go-yaml-scalar.js';
import { decodeGoBase64, encodeBase64, type Base64Problem } from '../parse/kubeconfig/go-base64.js';
import { replaceValueText } from '../parse/kubeconfig/kubeconfig-edits.js';
import type { YamlEntry } from '../parse/yaml/yaml-file.js';

const FIELDS: ReadonlyMap<string, KubeconfigFieldFact> = new Map(KUBECONFIG_FIELDS.map((field) => [field.path, field]));

/** The path-valued sibling of each `*-data` field, for advice. */
const FILE_FORM: Readonly<Record<string, string>> = {
  'certificate-authority-data': 'certificate-authority',
  'client-certificate-data': 'client-certificate',
  'client-key-data': 'client-key',
};

interface Problem {
  readonly node: Node | null;
  readonly entry: YamlEntry;
  readonly message: string;
  readonly fixes?: readonly Fix[];
}

/**
 * Values client-go's strict types reject when it decodes the kubeconfig (no YAML-to-string coercion:
 * a quoted "true" is not a bool, `server: 123` is not a string), invalid base64 in `*-data` fields, and
 * an apiVersion other than v1. Any of these stops the whole file from loading.
 */
export const kubeconfigTypeError: Rule = {
  id: 'kubeconfig-type-error',
  tier: 'correctness',
  title: 'Kubeconfig value of the wrong type',
  defaultSeverity: 'error',
  summary: 'A kubeconfig value has the wrong type, a *-data field is not valid base64, or the apiVersion is not v1: client-go cannot load the file.',
  fixable: true,
  scope: 'kubeconfig',
  check({ file, document }) {
    const view = kubeconfigView(document);
    const problems: Problem[] = [];
    for (const entry of view.entries) {
      const fact = FIELDS.get(entry.path);
      if (!fact || entry.key === 'extension') continue;
      problems.push(...checkEntry(entry, fact, view, file.uri, file.text));
    }
    const apiVersion = view.top('apiVersion');
    if (apiVersion) {
      const scalar = goScalar(apiVersion.valueNode);
      if (scalar?.kind === 'string' && scalar.value !== '' && scalar.value !== 'v1') {
        const edit = replaceValueText(file.uri, apiVersion, file.text, 'v1');
        problems.push({
          node: apiVersion.valueNode,
          entry: apiVersion,
          message: `apiVersion ${JSON.stringify(scalar.value)} is not a kubeconfig version client-go knows (only v1, the default when absent): it cannot load the file.`,
          fixes: edit ? [{ title: 'Use apiVersion: v1', edits: [edit], preferred: true }] : [],
        });
      }
    }
    return problems.map((problem) => ({
      span: { uri: file.uri, ...nodeRange(problem.node, problem.entry, file.text) },
      message: problem.message,
      fixes: problem.fixes ?? [],
    }));
  },
};

function checkEntry(entry: YamlEntry, fact: KubeconfigFieldFact, view: KubeconfigView, uri: string, text: string): Problem[] {
  const node = entry.valueNode;
  if (isAlias(node)) return [];
  const item = view.itemOf(entry);
  const where = item ? ` in ${describeItem(item)}` : '';
  const label = `${entry.key}${where}`;
  const load = 'client-go cannot load this kubeconfig';
  const scalar = goScalar(node);
  if (scalar?.kind === 'null') return [];
  const wrong = (expected: string, fixes: readonly Fix[] = []): Problem[] => [
    { node, entry, message: `${label} must be ${expected}, not ${describeGoValue(node)}: ${load}.`, fixes },
  ];

  switch (fact.type) {
    case 'string': {
      if (scalar?.kind === 'string') return [];
      return wrong('a string', quoteFix(entry, text, uri));
    }
    case 'bool': {
      if (scalar?.kind === 'bool') return [];
      const word = scalar?.kind === 'string' ? scalar.value.toLowerCase() : undefined;
      const edit = word === 'true' || word === 'false' ? replaceValueText(uri, entry, text, word) : undefined;
      return wrong('a boolean (true or false, unquoted)', edit ? [{ title: `Write ${word} without quotes`, edits: [edit], preferred: true }] : []);
    }
    case 'base64': {
      if (scalar?.kind === 'string') return base64Problems(entry, scalar.value, label, uri, text);
      if (isSeq(node) && node.items.every((i) => isScalar(i) && Number.isInteger(i.value) && (i.value as number) >= 0 && (i.value as number) <= 255)) return [];
      return wrong('base64 text');
    }
    case 'object':
      return isMap(node) ? [] : wrong('a mapping');
    case 'array': {
      if (!isSeq(node)) return wrong(entry.depth === 0 ? 'a list of named entries (- name: ...)' : 'a list');
      return node.items
        .filter((i) => !isAlias(i) && !isMap(i) && goScalar(i as Node)?.kind !== 'null')
        .map((i) => ({ node: i as Node, entry, message: `Each entry of ${label} must be a mapping, not ${describeGoValue(i as Node)}: ${load}.` }));
    }
    case 'stringSlice': {
      if (!isSeq(node)) return wrong('a list of strings');
      return node.items
        .filter((i) => !isAlias(i) && !['string', 'null'].includes(goScalar(i as Node)?.kind ?? ''))
        .map((i) => ({ node: i as Node, entry, message: `Each item of ${label} must be a string, not ${describeGoValue(i as Node)}: ${load}.` }));
    }
    case 'mapStringString': {
      if (!isMap(node)) return wrong('a mapping of strings');
      return node.items
        .filter((p) => isPair(p) && !isAlias(p.value) && !['string', 'null'].includes(goScalar((p.value ?? null) as Node | null)?.kind ?? ''))
        .map((p) => ({ node: p.value as Node, entry, message: `Each value of ${label} must be a string, not ${describeGoValue(p.value as Node)}: ${load}.` }));
    }
    case 'mapStringStringSlice': {
      if (!isMap(node)) return wrong('a mapping of string lists');
      return node.items
        .filter((p) => isPair(p) && !isAlias(p.value) && !isSeq(p.value) && goScalar((p.value ?? null) as Node | null)?.kind !== 'null')
        .map((p) => ({ node: p.value as Node, entry, message: `Each value of ${label} must be a list of strings, not ${describeGoValue(p.value as Node)}: ${load}.` }));
    }
    default:
      return [];
  }
}

/** Quotes a plain number or boolean where a string is expected (the text stays what was written). */
function quoteFix(entry: YamlEntry, text: string, uri: string): Fix[] {
  const node = entry.valueNode;
  if (!isScalar(node) || node.type !== 'PLAIN' || node.tag !== undefined) return [];
  const raw = text.slice(entry.valueStart, entry.valueEnd);
  if (raw.length === 0 || /[\r\n]/.test(raw)) return [];
  const edit = replaceValueText(uri, entry, text, JSON.stringify(raw));
  return edit ? [{ title: 'Quote the value', edits: [edit], preferred: true }] : [];
}

function base64Problems(entry: YamlEntry, value: string, label: string, uri: string, text: string): Problem[] {
  const decoded = decodeGoBase64(value);
  if (decoded.ok) return [];
  const fileForm = FILE_FORM[entry.key] ?? 'the file form';
  const node = entry.valueNode;
  if (/-----BEGIN [A-Z0-9 ]+-----/.test(value)) {
    const edit = replaceValueText(uri, entry, text, encodeBase64(value));
    return [
      {
        node,
        entry,
        message: `${label} holds PEM text, but this field takes base64 (the PEM file's bytes encoded once more): client-go cannot load this kubeconfig. Encode it (base64 -w0), or put the PEM in a file and name it with ${fileForm}.`,
        fixes: edit ? [{ title: 'Encode the PEM text as base64', edits: [edit], preferred: true }] : [],
      },
    ];
  }
  const compact = value.replace(/\s/g, '');
  const fixable = compact !== value && decodeGoBase64(compact).ok;
  const edit = fixable ? replaceValueText(uri, entry, text, compact) : undefined;
  return [
    {
      node,
      entry,
      message: `${label} is not valid base64: ${describeBase64Problem(decoded)}. client-go cannot load this kubeconfig.`,
      fixes: edit ? [{ title: 'Remove the spaces from the base64 text', edits: [edit], preferred: true }] : [],
    },
  ];
}

function describeBase64Problem(problem: Base64Problem): string {
  switch (problem.reason) {
    case 'character':
      if (/\s/.test(problem.character)) return 'it contains blanks (a folded or multi-line plain value joins its lines with spaces; use a literal block | or one line)';
      return `it contains ${JSON.stringify(problem.character)} at character ${problem.index + 1}, which is not in the base64 alphabet`;
    case 'padding':
      return 'its = padding is misplaced';
    case 'length':
      return `its ${problem.length} characters are not a multiple of 4, so it is truncated or lacks its = padding`;
  }
}

/** The node's own text (without a block value's trailing line break), or the key when there is no node. */
function nodeRange(node: Node | null, entry: YamlEntry, text: string): { start: number; end: number } {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  if (!range || range[0] === range[1]) return { start: entry.keyStart, end: entry.keyEnd };
  let end = range[1];
  while (end > range[0] && /\s/.test(text.charAt(end - 1))) end--;
  return { start: range[0], end };
}
