import type { SourceFile } from '../model/source-files.js';
import type { RuleSettings } from '../rules/rule.js';
import { KUBELET_FLAGS } from '../data/generated/kubelet-flags.js';
import { KUBELET_CONFIG_FIELDS } from '../data/generated/kubelet-config-fields.js';
import { KUBECONFIG_FIELDS } from '../data/generated/kubeconfig-fields.js';
import { CIPHER_SUITES, TLS_VERSIONS } from '../data/generated/tls.js';
import { configField, isFlagRemoved, kubeconfigField, kubeletFlag } from '../data/facts.js';
import type { DataValue, KubeletFlagFact } from '../data/types.js';
import { yamlCursor } from './yaml-cursor.js';
import { FEATURE_GATES, type FeatureGateFact } from '../data/feature-gates.js';

export type CompletionKind = 'flag' | 'value' | 'field' | 'name';

/** One completion, in offsets; the host turns it into its own item. */
export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail: string;
  /** Text that replaces `[replaceStart, replaceEnd)`; a snippet when `snippet` is set. */
  readonly insertText: string;
  readonly snippet: boolean;
  readonly replaceStart: number;
  readonly replaceEnd: number;
  readonly deprecated: boolean;
  /** Orders the list: current before deprecated, secure before insecure. */
  readonly sortText: string;
}

const show = (value: DataValue | undefined): string => (value === null || value === undefined ? 'none' : typeof value === 'string' ? (value === '' ? '""' : value) : JSON.stringify(value));

/** Completions at `offset`: flags and their values on a command line, fields and values in YAML. */
export function completeAt(file: SourceFile, offset: number, settings: RuleSettings): CompletionEntry[] {
  if (file.kind === 'unit' || file.kind === 'env') return commandLineCompletions(file, offset, settings);
  if (file.kind === 'yaml') return yamlCompletions(file, offset);
  return [];
}

/** The word being typed on a command line: back to a blank, a quote or the `=` that starts a value. */
function commandWord(text: string, offset: number): { word: string; start: number } {
  let start = offset;
  while (start > 0 && !/[\s"']/.test(text[start - 1] ?? '')) start--;
  let word = text.slice(start, offset);
  // `Environment="ARGS=--x` and `KUBELET_ARGS=--x`: the flag starts after the variable's `=`.
  const assignment = /^[A-Za-z_][A-Za-z0-9_]*=/.exec(word);
  if (assignment) {
    start += assignment[0].length;
    word = word.slice(assignment[0].length);
  }
  return { word, start };
}

/** Whether the cursor is where a kubelet argument can be typed: a value of ExecStart=/Environment=, or an env file value. */
function inArgumentPosition(file: SourceFile, offset: number, word: string): boolean {
  if (word.startsWith('-')) return true;
  const text = file.text;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, offset);
  if (file.kind === 'env') return /^\s*[A-Za-z_][A-Za-z0-9_]*=/.test(line);
  if (file.kind !== 'unit') return false;
  const directive = file.unit.directives.find((d) => d.start <= offset && offset <= d.end + 1);
  return directive !== undefined && (directive.key === 'ExecStart' || directive.key === 'Environment') && offset >= directive.valueStart && /\s/.test(text.slice(directive.valueStart, offset));
}

function flagSnippet(flag: KubeletFlagFact): string {
  const values = flag.type === 'bool' ? ['true', 'false'] : flag.enumValues ?? undefined;
  return values && values.length > 0 ? `--${flag.name}=\${1|${values.join(',')}|}` : `--${flag.name}=$1`;
}

function commandLineCompletions(file: SourceFile, offset: number, settings: RuleSettings): CompletionEntry[] {
  const { word, start } = commandWord(file.text, offset);
  if (!inArgumentPosition(file, offset, word)) return [];
  const equals = word.indexOf('=');
  if (word.startsWith('--') && equals > 2) {
    const flag = kubeletFlag(word.slice(2, equals).replace(/_/g, '-'));
    if (!flag) return [];
    if (flag.name === 'feature-gates') return gatePairCompletions(word.slice(equals + 1), start + equals + 1, offset);
    return valueCompletions(flag.name, flag.type, flag.enumValues, start + equals + 1, offset, word.slice(equals + 1));
  }
  const entries: CompletionEntry[] = [];
  for (const flag of KUBELET_FLAGS) {
    if (isFlagRemoved(flag, settings.kubernetesVersion) || flag.name === 'help' || flag.name === 'version') continue;
    const deprecated = flag.status === 'deprecated';
    const field = flag.configField ? ` (config: ${flag.configField})` : '';
    entries.push({
      label: `--${flag.name}`,
      kind: 'flag',
      detail: `${flag.type}, default ${show(flag.default)}${deprecated ? `; deprecated${field}` : ''}`,
      insertText: flagSnippet(flag),
      snippet: true,
      replaceStart: start,
      replaceEnd: offset,
      deprecated,
      sortText: `${deprecated ? 1 : 0}${flag.name}`,
    });
  }
  return entries;
}

/** Accepted values of a flag or field: booleans, enums, TLS versions and cipher suites (insecure ones last, marked). */
function valueCompletions(name: string, type: string, enumValues: readonly string[] | null, replaceStart: number, replaceEnd: number, typed: string): CompletionEntry[] {
  const entry = (label: string, detail: string, deprecated = false): CompletionEntry => ({ label, kind: 'value', detail, insertText: label, snippet: false, replaceStart, replaceEnd, deprecated, sortText: `${deprecated ? 1 : 0}${label}` });
  if (type === 'bool') return [entry('true', 'boolean'), entry('false', 'boolean')];
  if (name === 'tls-cipher-suites' || name === 'tlsCipherSuites') {
    // A comma-separated list on the command line: complete the item being typed.
    const comma = typed.lastIndexOf(',');
    const itemStart = replaceStart + comma + 1;
    return CIPHER_SUITES.map((suite) => ({ ...entry(suite.name, suite.insecure ? 'insecure: Go lists it as insecure' : `TLS ${suite.tlsVersions.join(', ')}`, suite.insecure), replaceStart: itemStart }));
  }
  if (name === 'tls-min-version' || name === 'tlsMinVersion') return TLS_VERSIONS.map((v) => entry(v.name, v.insecure ? `TLS ${v.tlsVersion}: insecure` : `TLS ${v.tlsVersion}`, v.insecure));
  return (enumValues ?? []).map((value) => entry(value === '' ? '""' : value, `${name} value`));
}

/** Facts one level below `parentPath` (`clusters[]` → `clusters[].name`, `clusters[].cluster`...). */
function gateDetail(gate: FeatureGateFact): string {
  return `${gate.stage.toLowerCase()}, default ${gate.default}${gate.lockToDefault ? ', locked to its default' : ''}`;
}

/** `--feature-gates=A=true,B` : gate names for the pair being typed, then true/false after its `=`. */
function gatePairCompletions(typed: string, valueStart: number, offset: number): CompletionEntry[] {
  const itemStart = valueStart + typed.lastIndexOf(',') + 1;
  const item = typed.slice(typed.lastIndexOf(',') + 1);
  const equals = item.indexOf('=');
  if (equals >= 0) return valueCompletions('feature gate', 'bool', null, itemStart + equals + 1, offset, item.slice(equals + 1));
  return FEATURE_GATES.map((gate) => ({
    label: gate.name,
    kind: 'value' as const,
    detail: gateDetail(gate),
    insertText: `${gate.name}=\${1|${gate.default ? 'false,true' : 'true,false'}|}`,
    snippet: true,
    replaceStart: itemStart,
    replaceEnd: offset,
    deprecated: gate.stage === 'DEPRECATED',
    sortText: `${gate.stage === 'DEPRECATED' ? 1 : 0}${gate.name}`,
  }));
}

function childrenOf<T extends { path: string }>(facts: readonly T[], parentPath: string): T[] {
  const prefix = parentPath === '' ? '' : `${parentPath}.`;
  return facts.filter((fact) => fact.path.startsWith(prefix) && fact.path.length > prefix.length && !/[.[]/.test(fact.path.slice(prefix.length)));
}

function yamlCompletions(file: SourceFile & { kind: 'yaml' }, offset: number): CompletionEntry[] {
  const document = file.yaml.documents.find((d) => d.start <= offset && offset <= d.end) ?? file.yaml.documents[file.yaml.documents.length - 1];
  if (!document || document.kind === 'other') return [];
  const cursor = yamlCursor(file.text, offset);
  const present = new Set(document.entries.filter((e) => e.parentPath === cursor.parentPath).map((e) => e.key));
  if (document.kind === 'kubelet-config') {
    if (cursor.parentPath === 'featureGates') {
      // Gate names under featureGates:, and true/false after a gate's colon.
      if (cursor.valueOf !== undefined) return valueCompletions('feature gate', 'bool', null, cursor.prefixStart, offset, cursor.prefix);
      return FEATURE_GATES.filter((gate) => !present.has(gate.name)).map((gate) => ({
        label: gate.name,
        kind: 'field' as const,
        detail: gateDetail(gate),
        insertText: `${gate.name}: \${1|${gate.default ? 'false,true' : 'true,false'}|}`,
        snippet: true,
        replaceStart: cursor.prefixStart,
        replaceEnd: offset,
        deprecated: gate.stage === 'DEPRECATED',
        sortText: `${gate.stage === 'DEPRECATED' ? 1 : 0}${gate.name}`,
      }));
    }
    if (cursor.valueOf !== undefined) {
      const path = cursor.parentPath ? `${cursor.parentPath}.${cursor.valueOf}` : cursor.valueOf;
      const field = configField(path);
      return field ? valueCompletions(path, field.type, field.enumValues, cursor.prefixStart, offset, cursor.prefix) : [];
    }
    return childrenOf(KUBELET_CONFIG_FIELDS, cursor.parentPath)
      .filter((field) => !present.has(field.path.slice(field.path.lastIndexOf('.') + 1)))
      .map((field) => fieldEntry(field.path, field.type, `${field.type}, default ${show(field.default)}${field.flag ? ` (flag --${field.flag})` : ''}`, field.deprecatedIn !== undefined, cursor.prefixStart, offset));
  }
  // A kubeconfig: names defined in the file for references, else keys and enum values.
  if (cursor.valueOf !== undefined) {
    const path = cursor.parentPath ? `${cursor.parentPath}.${cursor.valueOf}` : cursor.valueOf;
    const namesOf = (list: string): string[] => document.entries.filter((e) => e.path === `${list}[].name` && typeof e.value === 'string').map((e) => String(e.value));
    const reference = path === 'current-context' ? namesOf('contexts') : path === 'contexts[].context.cluster' ? namesOf('clusters') : path === 'contexts[].context.user' ? namesOf('users') : undefined;
    if (reference) return reference.map((name) => ({ label: name, kind: 'name' as const, detail: `defined in this file`, insertText: name, snippet: false, replaceStart: cursor.prefixStart, replaceEnd: offset, deprecated: false, sortText: name }));
    const fact = kubeconfigField(path);
    return fact ? valueCompletions(path, fact.type, fact.enumValues, cursor.prefixStart, offset, cursor.prefix) : [];
  }
  return childrenOf(KUBECONFIG_FIELDS, cursor.parentPath)
    .filter((field) => !present.has(field.path.slice(field.path.lastIndexOf('.') + 1)))
    .map((field) => fieldEntry(field.path, field.type, `${field.type}${field.required ? ', required' : ''}${field.default !== null ? `, default ${show(field.default)}` : ''}`, field.deprecatedIn !== null, cursor.prefixStart, offset));
}

function fieldEntry(path: string, type: string, detail: string, deprecated: boolean, replaceStart: number, replaceEnd: number): CompletionEntry {
  const key = path.slice(Math.max(path.lastIndexOf('.'), path.lastIndexOf(']')) + 1);
  const block = type === 'object' || type.startsWith('map');
  const insertText = type === 'array' || type.endsWith('Slice') ? `${key}:\n- $0` : block ? `${key}:\n  $0` : `${key}: $0`;
  return { label: key, kind: 'field', detail, insertText, snippet: true, replaceStart, replaceEnd, deprecated, sortText: `${deprecated ? 1 : 0}${key}` };
}
