import { isScalar, type Scalar } from 'yaml';
import type { Rule, RuleReport } from './rule.js';
import type { Fix } from '../findings/finding.js';
import { removeYamlLine } from '../fixes/yaml-edits.js';
import {
  isJsonConfig,
  checkableKubeletConfigs,
  resolvePlainScalar,
  visitKubeletConfig,
  type ConfigSchema,
  type ConfigValueVisit,
  type KubeletValue,
  type ScalarType,
} from '../model/config-schema.js';
import type { SourceFile } from '../model/source-files.js';

const CONSEQUENCE = 'the kubelet cannot decode the file and will not start.';
const SHOWN = 40;

const RANGES: Partial<Record<ScalarType, [bigint, bigint, string]>> = {
  int32: [-(2n ** 31n), 2n ** 31n - 1n, 'a 32-bit integer'],
  int64: [-(2n ** 63n), 2n ** 63n - 1n, 'a 64-bit integer'],
  uint32: [0n, 2n ** 32n - 1n, 'an unsigned 32-bit integer'],
  durationOrNanos: [-(2n ** 63n), 2n ** 63n - 1n, 'a 64-bit integer'],
};

function durationExample(schema: Extract<ConfigSchema, { kind: 'scalar' }>): string {
  const fallback = typeof schema.fact?.default === 'string' ? schema.fact.default : '';
  return /^[0-9.]+(ns|us|ms|s|m|h)/.test(fallback) && !/^0+(\.0*)?[a-z]+$/.test(fallback) ? fallback : '30s';
}

function expected(schema: ConfigSchema): string {
  switch (schema.kind) {
    case 'object':
      return 'a mapping of its fields';
    case 'map': {
      const value = schema.value;
      if (value.kind === 'list') return 'a mapping of keys to lists of strings';
      if (value.kind === 'scalar' && value.type === 'bool') return 'a mapping of keys to true or false';
      if (value.kind === 'scalar' && value.type === 'quantity') return 'a mapping of keys to quantities';
      return 'a mapping of keys to strings';
    }
    case 'list': {
      const item = schema.item;
      if (item.kind === 'object') return 'a list of mappings';
      if (item.kind === 'scalar' && item.type !== 'string') return 'a list of whole numbers';
      return 'a list of strings';
    }
    case 'scalar':
      switch (schema.type) {
        case 'string':
          return 'a string';
        case 'time':
          return 'a date-time string';
        case 'bool':
          return 'true or false';
        case 'int32':
        case 'int64':
          return 'a whole number';
        case 'uint32':
          return 'a whole number, 0 or more';
        case 'float64':
          return 'a number';
        case 'duration':
          return `a duration string such as "${durationExample(schema)}"`;
        case 'durationOrNanos':
          return `a duration string such as "${durationExample(schema)}" or a whole number of nanoseconds`;
        case 'quantity':
          return 'a quantity such as "64Ki" or a number';
      }
  }
}

/** The value as written (the alias for values reached through one), on one line. */
function shown(text: string, visit: ConfigValueVisit): string {
  const written = visit.via ? visit.via.text : text.slice(visit.start, visit.end);
  const line = written.split('\n')[0] ?? '';
  return line.length > SHOWN ? `${line.slice(0, SHOWN - 1)}…` : line;
}

function actual(text: string, visit: ConfigValueVisit, value: KubeletValue): string {
  const written = shown(text, visit);
  switch (value.kind) {
    case 'bool':
      return /^(true|false)$/i.test(written) ? `${written} is a boolean` : `${written} is the boolean ${String(value.value)} in YAML 1.1`;
    case 'number':
      return `${written} is a number`;
    case 'string':
      return `${written} is a string`;
    case 'mapping':
      return visit.via ? `${written} is a mapping` : 'it is a mapping';
    case 'list':
      return visit.via ? `${written} is a list` : 'it is a list';
    default:
      return `${written} is not one`;
  }
}

/** What is wrong with a number for an integer field, if anything. */
function integerProblem(type: ScalarType, value: Extract<KubeletValue, { kind: 'number' }>, written: string): string | undefined {
  const limits = RANGES[type];
  if (!limits) return undefined;
  if (value.integer === undefined) return Number.isInteger(value.value) ? `${written} is not written as a whole number` : `${written} has a fraction`;
  const [min, max, what] = limits;
  if (value.integer < min) return min === 0n ? `${written} is negative` : `${written} is out of range for ${what}`;
  if (value.integer > max) return `${written} is out of range for ${what}`;
  return undefined;
}

function accepts(type: ScalarType, value: KubeletValue): boolean {
  switch (type) {
    case 'string':
    case 'time':
    case 'duration':
      return value.kind === 'string';
    case 'bool':
      return value.kind === 'bool';
    case 'int32':
    case 'int64':
    case 'uint32':
    case 'float64':
      return value.kind === 'number';
    case 'durationOrNanos':
      return value.kind === 'string' || value.kind === 'number';
    case 'quantity':
      return value.kind === 'string' || value.kind === 'number';
  }
}

/**
 * String fields where quoting a plain number (or boolean) gives exactly what was meant and a value the
 * kubelet accepts: quantities, CPU lists, a version, policy options (parsed with ParseBool / Atoi), taint
 * keys and values. Elsewhere (addresses, paths, enums, durations without a unit) quoting would only move
 * the failure, so no fix is offered.
 */
interface QuotePolicy {
  readonly numbers: RegExp;
  readonly bools: boolean;
}
const QUOTABLE: ReadonlyMap<string, QuotePolicy> = new Map<string, QuotePolicy>([
  ['reservedSystemCPUs', { numbers: /^(0|[1-9][0-9]*)$/, bools: false }],
  ['showHiddenMetricsForVersion', { numbers: /^[1-9][0-9]*\.[0-9]+$/, bools: false }],
  ...['containerLogMaxSize', 'systemReserved.*', 'kubeReserved.*', 'evictionHard.*', 'evictionSoft.*', 'evictionMinimumReclaim.*'].map(
    (path) => [path, { numbers: /^(0|[1-9][0-9]*)(\.[0-9]+)?$/, bools: false }] as [string, QuotePolicy],
  ),
  ...['cpuManagerPolicyOptions.*', 'topologyManagerPolicyOptions.*'].map((path) => [path, { numbers: /^(0|[1-9][0-9]*)$/, bools: true }] as [string, QuotePolicy]),
  ...['registerWithTaints[].key', 'registerWithTaints[].value'].map((path) => [path, { numbers: /^(0|[1-9][0-9]*)(\.[0-9]+)?$/, bools: true }] as [string, QuotePolicy]),
]);

/** Duration strings inside string maps: only a bare 0 is a duration without a unit. */
const DURATION_MAPS: ReadonlySet<string> = new Set(['evictionSoftGracePeriod.*']);

function writtenScalar(visit: ConfigValueVisit): Scalar | undefined {
  return !visit.via && isScalar(visit.node) ? visit.node : undefined;
}

function quoteFix(uri: string, schema: Extract<ConfigSchema, { kind: 'scalar' }>, visit: ConfigValueVisit, value: KubeletValue): Fix[] {
  const node = writtenScalar(visit);
  if (!node || node.type !== 'PLAIN' || node.tag !== undefined) return [];
  const source = String(node.source ?? '');
  let ok = false;
  if (schema.type === 'duration' || DURATION_MAPS.has(schema.path)) ok = source === '0';
  else if (schema.type === 'string') {
    const policy = QUOTABLE.get(schema.path);
    if (policy && value.kind === 'number') ok = policy.numbers.test(source);
    if (policy && value.kind === 'bool') ok = policy.bools && /^(true|false|True|False|TRUE|FALSE)$/.test(source);
  }
  if (!ok) return [];
  return [{ title: `Quote the value: "${source}"`, edits: [{ uri, start: visit.start, end: visit.end, newText: `"${source}"` }], preferred: true }];
}

function unquoteFix(uri: string, schema: Extract<ConfigSchema, { kind: 'scalar' }>, visit: ConfigValueVisit, value: KubeletValue): Fix[] {
  const node = writtenScalar(visit);
  if (!node || (node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE') || node.tag !== undefined || value.kind !== 'string') return [];
  const content = value.value;
  let ok = false;
  if (schema.type === 'bool') ok = content === 'true' || content === 'false';
  else if (schema.type === 'float64') ok = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(content);
  else if (RANGES[schema.type] && schema.type !== 'durationOrNanos') {
    const limits = RANGES[schema.type];
    ok = /^-?(0|[1-9][0-9]*)$/.test(content) && !!limits && BigInt(content) >= limits[0] && BigInt(content) <= limits[1];
  }
  if (!ok) return [];
  return [{ title: `Remove the quotes: ${content}`, edits: [{ uri, start: visit.start, end: visit.end, newText: content }], preferred: true }];
}

/** `clusterDNS: 10.96.0.10` → `[10.96.0.10]`, when every resulting item has the item type. */
function listFix(file: SourceFile, schema: Extract<ConfigSchema, { kind: 'list' }>, visit: ConfigValueVisit, json: boolean): Fix[] {
  const node = writtenScalar(visit);
  const item = schema.item;
  if (!node || item.kind !== 'scalar' || node.tag !== undefined) return [];
  const written = file.text.slice(visit.start, visit.end);
  if (written === '' || written.includes('\n')) return [];
  let ok = false;
  if (node.type === 'PLAIN' && !json) {
    const parts = written.split(',').map((part) => part.trim());
    ok = parts.every((part) => /^[^\s[\]{}#&*!|>'"%@`?:-][^[\]{}#,]*$|^-[^\s[\]{}#,]*$/.test(part) && accepts(item.type, resolvePlainScalar(part)));
  } else if (node.type === 'PLAIN') {
    ok = item.type !== 'string' && /^-?(0|[1-9][0-9]*)$/.test(written);
  } else if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
    ok = item.type === 'string';
  }
  if (!ok) return [];
  return [{ title: `Make it a list: [${written}]`, edits: [{ uri: file.uri, start: visit.start, end: visit.end, newText: `[${written}]` }], preferred: true }];
}

function check(file: SourceFile, json: boolean, visit: ConfigValueVisit): RuleReport | undefined {
  const { schema, value } = visit;
  const span = { uri: file.uri, start: visit.start, end: visit.end };
  if (value.kind === 'no-json') {
    return { span, message: `${visit.path} is ${shown(file.text, visit)}, which JSON cannot represent: the kubelet cannot convert the file and will not start.` };
  }
  if (!schema || value.kind === 'unknown') return undefined;
  if (visit.path === 'apiVersion' || visit.path === 'kind') return undefined;
  if (value.kind === 'null') {
    if (schema.kind !== 'scalar' || schema.nullAllowed) return undefined;
    const edit = visit.entry ? removeYamlLine(file.uri, visit.entry, file.text) : undefined;
    const fallback = typeof schema.fact?.default === 'string' ? ` (${schema.fact.default})` : '';
    return {
      span,
      message: `${visit.path} is empty, and an empty value is not a duration: ${CONSEQUENCE} Remove the key to get the default${fallback}, or give ${expected(schema)}.`,
      fixes: edit && !json ? [{ title: `Remove the empty "${visit.path}" line`, edits: [edit], preferred: true }] : [],
    };
  }
  const text = file.text;
  switch (schema.kind) {
    case 'object':
    case 'map':
      if (value.kind === 'mapping') return undefined;
      return { span, message: `${visit.path} must be ${expected(schema)}, but ${actual(text, visit, value)}: ${CONSEQUENCE}` };
    case 'list':
      if (value.kind === 'list') return undefined;
      return { span, message: `${visit.path} must be ${expected(schema)}, but ${actual(text, visit, value)}: ${CONSEQUENCE}`, fixes: listFix(file, schema, visit, json) };
    case 'scalar': {
      if (!accepts(schema.type, value)) {
        const fixes = [...quoteFix(file.uri, schema, visit, value), ...unquoteFix(file.uri, schema, visit, value)];
        return { span, message: `${visit.path} must be ${expected(schema)}, but ${actual(text, visit, value)}: ${CONSEQUENCE}`, fixes };
      }
      if (value.kind !== 'number') return undefined;
      const problem = integerProblem(schema.type, value, shown(text, visit));
      return problem ? { span, message: `${visit.path} must be ${expected(schema)}, but ${problem}: ${CONSEQUENCE}` } : undefined;
    }
  }
}

/** A value of the wrong JSON type for its field: the typed decode fails and the kubelet exits. */
export const configTypeError: Rule = {
  id: 'config-type-error',
  tier: 'correctness',
  title: 'KubeletConfiguration value of the wrong type',
  defaultSeverity: 'error',
  summary: 'A value of the wrong type for its field (a number for a duration, a quoted number for a port, a string for a list): the file does not decode and the kubelet does not start.',
  fixable: true,
  scope: 'file',
  check({ file }) {
    if (file.kind !== 'yaml') return [];
    const reports: RuleReport[] = [];
    const json = isJsonConfig(file.text);
    for (const document of checkableKubeletConfigs(file.yaml.documents, file.text)) {
      visitKubeletConfig(document, file.text, {
        value(visit) {
          const found = check(file, json, visit);
          if (found) reports.push(found);
        },
      });
    }
    return reports;
  },
};
