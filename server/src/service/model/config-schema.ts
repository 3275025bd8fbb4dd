import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from 'yaml';
import { KUBELET_CONFIG_FIELDS } from '../data/generated/kubelet-config-fields.js';
import type { ConfigFieldFact } from '../data/types.js';
import type { YamlDocumentInfo, YamlEntry } from '../parse/yaml/yaml-file.js';

/**
 * The shape of a KubeletConfiguration (kubelet.config.k8s.io/v1beta1) as the kubelet's decoder sees it,
 * built from the generated field table, and a reader that walks a YAML or JSON document the way the
 * kubelet decodes it. Checked against the kubelet's sources (see /work/research/kubelet.md, section 1):
 *
 * - YAML goes through sigs.k8s.io/yaml, i.e. yaml.v2 with YAML 1.1 scalars (`yes` is true, `0x1F` is 31,
 *   `12:30` is a string, `.inf` cannot be turned into JSON), then JSON; no number or boolean is turned
 *   into a string for a string field.
 * - A file whose first non-blank character is `{` is decoded as JSON directly (no YAML rules at all).
 * - Of duplicate keys the later wins: in YAML it replaces the earlier value wholesale before the typed
 *   decode, so the earlier value is never looked at; in JSON both are decoded in order.
 * - `<<` merge keys insert the keys of the merged mapping at that point; later keys override them.
 */

/** Value types of the kubelet's Go fields, as far as decoding tells them apart. */
export type ScalarType = 'string' | 'bool' | 'int32' | 'int64' | 'uint32' | 'float64' | 'duration' | 'durationOrNanos' | 'quantity' | 'time';

export type ConfigSchema =
  | { readonly kind: 'object'; readonly path: string; readonly fields: ReadonlyMap<string, ConfigSchema>; readonly fact: ConfigFieldFact | undefined }
  | { readonly kind: 'map'; readonly path: string; readonly value: ConfigSchema; readonly keys: readonly string[] | undefined; readonly fact: ConfigFieldFact | undefined }
  | { readonly kind: 'list'; readonly path: string; readonly item: ConfigSchema; readonly fact: ConfigFieldFact | undefined }
  | {
      readonly kind: 'scalar';
      readonly path: string;
      readonly type: ScalarType;
      /** False for the non-pointer metav1.Duration fields: an empty value (YAML null) makes the decode fail. */
      readonly nullAllowed: boolean;
      readonly fact: ConfigFieldFact | undefined;
    };

/**
 * metav1.Duration fields declared as pointers in v1beta1 types.go (v0.36.3): null leaves them unset. Every
 * other Duration field is a plain struct, and `Duration.UnmarshalJSON("null")` fails to parse "".
 */
const POINTER_DURATIONS: ReadonlySet<string> = new Set(['cpuCFSQuotaPeriod', 'containerLogMonitorInterval', 'crashLoopBackOff.maxContainerRestartPeriod']);

/** component-base's TimeOrMetaDuration: a duration string or an integer number of nanoseconds. */
const DURATION_OR_NANOS: ReadonlySet<string> = new Set(['logging.flushFrequency']);

type Mutable =
  | { kind: 'object'; path: string; fields: Map<string, Mutable>; fact: ConfigFieldFact | undefined }
  | { kind: 'map'; path: string; value: Mutable; keys: readonly string[] | undefined; fact: ConfigFieldFact | undefined }
  | { kind: 'list'; path: string; item: Mutable; fact: ConfigFieldFact | undefined }
  | { kind: 'scalar'; path: string; type: ScalarType; nullAllowed: boolean; fact: ConfigFieldFact | undefined };

function scalarType(fact: ConfigFieldFact): ScalarType {
  switch (fact.type) {
    case 'bool':
      return 'bool';
    case 'int':
    case 'int64':
      return 'int64';
    case 'int32':
      return 'int32';
    case 'uint':
    case 'uint32':
      return 'uint32';
    case 'float64':
      return 'float64';
    case 'duration':
      return DURATION_OR_NANOS.has(fact.path) ? 'durationOrNanos' : 'duration';
    case 'quantity':
      return 'quantity';
    case 'time':
      return 'time';
    default:
      return 'string';
  }
}

function scalar(path: string, type: ScalarType, fact: ConfigFieldFact | undefined): Mutable {
  return { kind: 'scalar', path, type, nullAllowed: type !== 'duration' || POINTER_DURATIONS.has(path.replace(/\[\]/g, '')), fact };
}

function nodeFor(fact: ConfigFieldFact): Mutable {
  const path = fact.path;
  switch (fact.type) {
    case 'object':
      return { kind: 'object', path, fields: new Map(), fact };
    case 'array':
    case 'taintSlice':
    case 'memoryReservationSlice':
    case 'vmoduleList':
      return { kind: 'list', path, item: { kind: 'object', path: `${path}[]`, fields: new Map(), fact: undefined }, fact };
    case 'stringSlice':
      return { kind: 'list', path, item: scalar(`${path}[]`, 'string', undefined), fact };
    case 'int32Slice':
      return { kind: 'list', path, item: scalar(`${path}[]`, 'int32', undefined), fact };
    case 'mapStringString':
      return { kind: 'map', path, value: scalar(`${path}.*`, 'string', undefined), keys: fact.mapKeys, fact };
    case 'mapStringBool':
      return { kind: 'map', path, value: scalar(`${path}.*`, 'bool', undefined), keys: fact.mapKeys, fact };
    case 'mapStringQuantity':
      return { kind: 'map', path, value: scalar(`${path}.*`, 'quantity', undefined), keys: fact.mapKeys, fact };
    case 'mapStringStringSlice':
    case 'colonSeparatedMultimapStringString':
      return { kind: 'map', path, value: { kind: 'list', path: `${path}.*`, item: scalar(`${path}.*[]`, 'string', undefined), fact: undefined }, keys: fact.mapKeys, fact };
    default:
      return scalar(path, scalarType(fact), fact);
  }
}

/** `a.b[].c` → [['a', 0], ['b', 1], ['c', 0]]: names with how many list levels follow them. */
function splitPath(path: string): [string, number][] {
  return path.split('.').map((segment) => {
    const match = /^(.*?)((?:\[\])*)$/.exec(segment);
    return [match?.[1] ?? segment, (match?.[2]?.length ?? 0) / 2];
  });
}

function buildRoot(): ConfigSchema {
  const root: Mutable = { kind: 'object', path: '', fields: new Map(), fact: undefined };
  const facts = [...KUBELET_CONFIG_FIELDS].sort((a, b) => splitPath(a.path).length - splitPath(b.path).length);
  for (const fact of facts) {
    const segments = splitPath(fact.path);
    let parent: Mutable = root;
    let prefix = '';
    for (const [index, [name, lists]] of segments.entries()) {
      if (parent.kind !== 'object') break;
      prefix = prefix ? `${prefix}.${name}` : name;
      const last = index === segments.length - 1;
      let child = parent.fields.get(name);
      if (last && !child) {
        parent.fields.set(name, nodeFor(fact));
        break;
      }
      if (!child) {
        // A parent the table does not list on its own (`logging.options.json`): a plain object, or a list of objects.
        child = lists > 0 ? { kind: 'list', path: prefix, item: { kind: 'object', path: `${prefix}[]`, fields: new Map(), fact: undefined }, fact: undefined } : { kind: 'object', path: prefix, fields: new Map(), fact: undefined };
        parent.fields.set(name, child);
      }
      for (let i = 0; i < lists && child.kind === 'list'; i++) {
        prefix = `${prefix}[]`;
        child = child.item;
      }
      parent = child;
    }
  }
  return root as ConfigSchema;
}

/** The KubeletConfiguration document itself. */
export const CONFIG_ROOT: ConfigSchema = buildRoot();

const OBJECTS: readonly Extract<ConfigSchema, { kind: 'object' }>[] = (() => {
  const out: Extract<ConfigSchema, { kind: 'object' }>[] = [];
  const walk = (node: ConfigSchema): void => {
    if (node.kind === 'object') {
      out.push(node);
      for (const child of node.fields.values()) walk(child);
    } else if (node.kind === 'list') walk(node.item);
    else if (node.kind === 'map') walk(node.value);
  };
  walk(CONFIG_ROOT);
  return out;
})();

const MAPS: readonly Extract<ConfigSchema, { kind: 'map' }>[] = (() => {
  const out: Extract<ConfigSchema, { kind: 'map' }>[] = [];
  for (const object of OBJECTS) for (const child of object.fields.values()) if (child.kind === 'map') out.push(child);
  return out;
})();

/** What is at one key of a mapping of this schema: a field of an object, any key of a map. */
export function schemaChild(schema: ConfigSchema | undefined, key: string): ConfigSchema | undefined {
  if (schema?.kind === 'object') return schema.fields.get(key);
  if (schema?.kind === 'map') return schema.value;
  return undefined;
}

/**
 * The schema at a dotted path as YAML entries spell it (`authentication.anonymous.enabled`,
 * `registerWithTaints[].effect`, `evictionHard.memory.available`: under a map the rest is one key).
 */
export function configSchemaAt(path: string): ConfigSchema | undefined {
  if (path === '') return CONFIG_ROOT;
  let node: ConfigSchema | undefined = CONFIG_ROOT;
  const segments = splitPath(path);
  for (let i = 0; i < segments.length && node; i++) {
    if (node.kind === 'map') {
      const rest = splitPath(path.split('.').slice(i).join('.'));
      const lists = rest[rest.length - 1]?.[1] ?? 0;
      let value: ConfigSchema | undefined = node.value;
      for (let j = 0; j < lists && value; j++) value = value.kind === 'list' ? value.item : undefined;
      return value;
    }
    const [name, lists] = segments[i] ?? ['', 0];
    if (node.kind !== 'object') return undefined;
    let next: ConfigSchema | undefined = node.fields.get(name);
    for (let j = 0; j < lists && next; j++) next = next.kind === 'list' ? next.item : undefined;
    node = next;
  }
  return node;
}

/** Whether the path names a field (or a key inside a map field, or an item of a list field). */
export function isConfigField(path: string): boolean {
  return configSchemaAt(path) !== undefined;
}

/** The fields an object at `path` has (`''` for the top level); undefined when it is not an object. */
export function configFieldsUnder(path: string): readonly string[] | undefined {
  const node = configSchemaAt(path);
  return node?.kind === 'object' ? [...node.fields.keys()] : undefined;
}

/** The objects (by schema path, `''` for the top level) that have a field spelt `name`, ignoring case when asked. */
export function fieldHomes(name: string, ignoreCase = false): { readonly parent: string; readonly field: string }[] {
  const homes: { parent: string; field: string }[] = [];
  const lower = name.toLowerCase();
  for (const object of OBJECTS) {
    for (const field of object.fields.keys()) {
      if (field === name || (ignoreCase && field.toLowerCase() === lower)) homes.push({ parent: object.path, field });
    }
  }
  return homes.sort((a, b) => a.parent.split('.').length - b.parent.split('.').length || a.parent.localeCompare(b.parent));
}

/** Map fields whose listed keys include `key` (`memory.available` → evictionHard, evictionSoft...). */
export function mapsWithKey(key: string): string[] {
  return MAPS.filter((map) => map.keys?.includes(key)).map((map) => map.path);
}

/** Every field name with the objects that hold it. */
export function allFieldNames(): { readonly parent: string; readonly field: string }[] {
  return OBJECTS.flatMap((object) => [...object.fields.keys()].map((field) => ({ parent: object.path, field })));
}

// ---------------------------------------------------------------------------------------------
// Values as the kubelet decodes them

/** The JSON value a YAML node turns into before the typed decode, reduced to what type checks need. */
export type KubeletValue =
  | { readonly kind: 'null' }
  | { readonly kind: 'bool'; readonly value: boolean }
  /** `integer`: the exact value when the JSON text is an integer literal (what Go int fields accept). */
  | { readonly kind: 'number'; readonly value: number; readonly integer: bigint | undefined }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'mapping' }
  | { readonly kind: 'list' }
  /** `.inf` / `.nan`: JSON has no such number, so the YAML-to-JSON step fails. */
  | { readonly kind: 'no-json' }
  /** Not judged: an alias that does not resolve, a token that is not JSON in a JSON file. */
  | { readonly kind: 'unknown' };

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const FALSES = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);
const NANS = new Set(['.nan', '.NaN', '.NAN']);
const INFINITIES = new Set(['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF']);
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** Go's strconv.ParseInt/ParseUint with base 0 (sign, 0x / 0o / 0b / leading-0 octal prefixes). */
function goParseInt(text: string, unsigned: boolean): bigint | undefined {
  const match = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (!match) return undefined;
  const sign = match[1] ?? '';
  if (unsigned && sign !== '') return undefined;
  let digits = match[2] ?? '0';
  if (/^0[0-7]+$/.test(digits)) digits = `0o${digits.slice(1)}`;
  const magnitude = BigInt(digits.replace(/^0[XOB]/, (p) => p.toLowerCase()));
  const value = sign === '-' ? -magnitude : magnitude;
  if (unsigned) return value <= UINT64_MAX ? value : undefined;
  return value >= INT64_MIN && value <= INT64_MAX ? value : undefined;
}

/** A float as Go's json.Marshal writes it: integer-valued numbers below 1e21 come out as integer literals. */
function floatValue(value: number): KubeletValue {
  if (!Number.isFinite(value)) return { kind: 'no-json' };
  const integer = Number.isInteger(value) && Math.abs(value) < 1e21 ? BigInt(value) : undefined;
  return { kind: 'number', value, integer };
}

/** yaml.v2's resolution of a plain (unquoted, untagged) scalar, as sigs.k8s.io/yaml then writes it to JSON. */
export function resolvePlainScalar(text: string): KubeletValue {
  if (NULLS.has(text)) return { kind: 'null' };
  if (TRUES.has(text)) return { kind: 'bool', value: true };
  if (FALSES.has(text)) return { kind: 'bool', value: false };
  if (NANS.has(text) || INFINITIES.has(text)) return { kind: 'no-json' };
  const first = text[0] ?? '';
  if (first === '.') {
    if (/^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(text)) return floatValue(Number(text));
    return { kind: 'string', value: text };
  }
  if (!/[-+0-9]/.test(first)) return { kind: 'string', value: text };
  // A timestamp (YYYY-...) ends up a string in JSON; anything that is not a number stays a string too.
  const plain = text.replace(/_/g, '');
  const signed = goParseInt(plain, false);
  if (signed !== undefined) return { kind: 'number', value: Number(signed), integer: signed };
  const unsigned = goParseInt(plain, true);
  if (unsigned !== undefined) return { kind: 'number', value: Number(unsigned), integer: unsigned };
  if (YAML_STYLE_FLOAT.test(plain)) {
    const value = Number(plain);
    // strconv.ParseFloat fails on overflow (1e400), and the scalar then stays a string.
    return Number.isFinite(value) ? floatValue(value) : { kind: 'string', value: text };
  }
  return { kind: 'string', value: text };
}

/** A JSON literal token (an unquoted scalar of a JSON file). */
function resolveJsonToken(text: string): KubeletValue {
  if (text === 'null') return { kind: 'null' };
  if (text === 'true' || text === 'false') return { kind: 'bool', value: text === 'true' };
  if (/^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$/.test(text)) {
    const integer = /^-?[0-9]+$/.test(text) ? BigInt(text) : undefined;
    return { kind: 'number', value: Number(text), integer };
  }
  return { kind: 'unknown' };
}

const STR_TAG = 'tag:yaml.org,2002:str';
const BINARY_TAG = 'tag:yaml.org,2002:binary';

/** The JSON value of a scalar node: yaml.v2 rules in YAML files, JSON tokens in JSON files. */
export function scalarValue(node: Scalar, json: boolean): KubeletValue {
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  if (json) {
    if (node.type === 'QUOTE_DOUBLE') return { kind: 'string', value: String(node.value) };
    if (node.type === 'PLAIN') return resolveJsonToken(String(node.source ?? node.value));
    return { kind: 'unknown' };
  }
  if (node.tag === STR_TAG || node.tag === BINARY_TAG) return { kind: 'string', value: String(node.value) };
  if (node.type === 'PLAIN') return resolvePlainScalar(String(node.source ?? ''));
  if (quoted && node.tag !== undefined) return resolvePlainScalar(String(node.value));
  return { kind: 'string', value: String(node.value) };
}

/**
 * Whether the kubelet decodes the file as JSON: its first character that is not white space (Go's
 * unicode.IsSpace, which does not include a byte order mark) is `{`.
 */
export function isJsonConfig(text: string): boolean {
  return /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*\{/.test(text);
}

// ---------------------------------------------------------------------------------------------
// Walking a document the way the kubelet decodes it

/** Where something reached through an alias or a merge key is shown: on that alias. */
export interface Via {
  readonly start: number;
  readonly end: number;
  /** The alias as written (`*base`). */
  readonly text: string;
}

/** One key of a mapping, as written or brought in by a `<<` merge key. */
export interface ConfigPair {
  /** The key as JSON sees it (YAML 1.1 keys stringified: `on` is "true"). */
  readonly key: string;
  readonly keyNode: Scalar;
  readonly keyStart: number;
  readonly keyEnd: number;
  /** The value node (null for `key:` with nothing after it in some parsers). */
  readonly value: Node | null;
  /** Brought in by a `<<` merge key: `via` is that merge's alias. */
  readonly merged: boolean;
  readonly via: Via | undefined;
  /** The entry of the document for this key (only for keys written in place, not reached through an alias). */
  readonly entry: YamlEntry | undefined;
}

export interface ConfigMappingVisit {
  /** The object or map schema of this mapping; undefined when it is not a field (or its type is wrong). */
  readonly schema: ConfigSchema | undefined;
  /** Display path of the mapping (`''` at the top, `registerWithTaints[0]` in a list). */
  readonly path: string;
  readonly node: YAMLMap;
  /** Every key in order, merged keys expanded where their `<<` stands. */
  readonly pairs: readonly ConfigPair[];
  /** The keys the kubelet decodes: in YAML the last of each name, in JSON all of them. */
  readonly decoded: readonly ConfigPair[];
  readonly via: Via | undefined;
}

export interface ConfigValueVisit {
  /** The schema the value is decoded into; undefined when it is not a field (or under one that is not). */
  readonly schema: ConfigSchema | undefined;
  /** Display path (`authentication.webhook.cacheTTL`, `clusterDNS[1]`, `systemReserved.pid`). */
  readonly path: string;
  /** The value node (an alias already resolved), or null for a missing value. */
  readonly node: Node | null;
  readonly value: KubeletValue;
  /** Where to report on the value: the value node, the key when the value is empty, or the alias. */
  readonly start: number;
  readonly end: number;
  readonly via: Via | undefined;
  /** The key's entry, for a value written in place as a mapping value. */
  readonly entry: YamlEntry | undefined;
  readonly key: ConfigPair | undefined;
}

export interface ConfigVisitor {
  /** Return `'skip'` to leave the values of this mapping unvisited. */
  mapping?(visit: ConfigMappingVisit): void | 'skip';
  value?(visit: ConfigValueVisit): void;
}

export interface ConfigReading {
  readonly json: boolean;
}

function range(node: unknown): [number, number] | undefined {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r ? [r[0], r[1]] : undefined;
}

/** The key as JSON sees it: YAML 1.1 booleans and numbers written as keys become their string forms. */
function keyString(node: Scalar, json: boolean): string {
  const value = scalarValue(node, json);
  switch (value.kind) {
    case 'string':
      return value.value;
    case 'bool':
      return String(value.value);
    case 'number':
      return value.integer !== undefined ? value.integer.toString() : String(value.value);
    case 'null':
      return '';
    default:
      return String(node.source ?? node.value);
  }
}

function isMergeKey(node: Scalar, json: boolean): boolean {
  return !json && (typeof node.value === 'symbol' || (node.type === 'PLAIN' && node.source === '<<'));
}

/**
 * Walks a kubelet-config document as the kubelet decodes it, calling the visitor for every mapping and
 * value it reaches: through aliases (reported on the alias), through merge keys, and only into the
 * later of duplicate YAML keys. Values under keys that are not fields are visited with no schema.
 */
export function visitKubeletConfig(document: YamlDocumentInfo, text: string, visitor: ConfigVisitor): ConfigReading {
  const json = isJsonConfig(text);
  const entries = new Map<number, YamlEntry>();
  for (const entry of document.entries) if (!entries.has(entry.keyStart)) entries.set(entry.keyStart, entry);
  const doc = document.document;
  let depth = 0;
  // Aliases can point at an ancestor, or fan out exponentially: never follow one into a node being
  // walked, and stop following aliases after a generous number of nodes.
  const walking = new Set<unknown>();
  let aliasBudget = 2_000;

  const expand = (map: YAMLMap, via: Via | undefined, merged: boolean, out: ConfigPair[], seen: Set<unknown>): void => {
    if (seen.has(map)) return;
    seen.add(map);
    for (const pair of map.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const keyRange = range(pair.key);
      if (!keyRange) continue;
      if (isMergeKey(pair.key, json)) {
        const sources = isSeq(pair.value) ? [...pair.value.items].reverse() : [pair.value];
        for (const source of sources) {
          const alias = isAlias(source) ? source : undefined;
          const aliasRange = alias ? range(alias) : undefined;
          const target = alias ? alias.resolve(doc) : source;
          const mergeVia = via ?? (alias && aliasRange ? { start: aliasRange[0], end: aliasRange[1], text: text.slice(aliasRange[0], aliasRange[1]) } : undefined);
          if (isMap(target)) expand(target, mergeVia, true, out, seen);
        }
        continue;
      }
      out.push({
        key: keyString(pair.key, json),
        keyNode: pair.key,
        keyStart: keyRange[0],
        keyEnd: keyRange[1],
        value: (pair.value ?? null) as Node | null,
        merged,
        via,
        entry: via ? undefined : entries.get(keyRange[0]),
      });
    }
    seen.delete(map);
  };

  const visitNode = (raw: Node | null, schema: ConfigSchema | undefined, path: string, via: Via | undefined, key: ConfigPair | undefined): void => {
    if (depth > 64) return;
    if (via && --aliasBudget < 0) return;
    let node = raw;
    let through = via;
    if (isAlias(node)) {
      const aliasRange = range(node);
      if (!through && aliasRange) through = { start: aliasRange[0], end: aliasRange[1], text: text.slice(aliasRange[0], aliasRange[1]) };
      node = (node.resolve(doc) ?? null) as Node | null;
      if (walking.has(node) || --aliasBudget < 0) return;
      if (node === null) {
        visitor.value?.({ schema, path, node: null, value: { kind: 'unknown' }, start: through?.start ?? 0, end: through?.end ?? 0, via: through, entry: undefined, key });
        return;
      }
    }
    const value: KubeletValue = node === null ? { kind: 'null' } : isMap(node) ? { kind: 'mapping' } : isSeq(node) ? { kind: 'list' } : isScalar(node) ? scalarValue(node, json) : { kind: 'unknown' };
    const nodeRange = range(node);
    const empty = !nodeRange || nodeRange[0] === nodeRange[1];
    const start = through ? through.start : empty && key ? key.keyStart : (nodeRange?.[0] ?? 0);
    let end = through ? through.end : empty && key ? key.keyEnd : (nodeRange?.[1] ?? 0);
    // A block mapping or list ends after its last line break: keep the range on the text.
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    visitor.value?.({ schema, path, node, value, start, end, via: through, entry: through ? undefined : key?.entry, key });
    depth++;
    walking.add(node);
    if (isMap(node)) {
      const mapSchema = schema?.kind === 'object' || schema?.kind === 'map' ? schema : undefined;
      visitMapping(node, mapSchema, path, through);
    } else if (isSeq(node)) {
      const item = schema?.kind === 'list' ? schema.item : undefined;
      node.items.forEach((child, index) => visitNode((child ?? null) as Node | null, item, `${path}[${index}]`, through, undefined));
    }
    walking.delete(node);
    depth--;
  };

  const visitMapping = (map: YAMLMap, schema: ConfigSchema | undefined, path: string, via: Via | undefined): void => {
    const pairs: ConfigPair[] = [];
    expand(map, via, false, pairs, new Set());
    let decoded = pairs;
    if (!json) {
      const last = new Map<string, ConfigPair>();
      for (const pair of pairs) last.set(pair.key, pair);
      decoded = pairs.filter((pair) => last.get(pair.key) === pair);
    }
    if (visitor.mapping?.({ schema, path, node: map, pairs, decoded, via }) === 'skip') return;
    for (const pair of decoded) {
      const child = schemaChild(schema, pair.key);
      visitNode(pair.value, child, path ? `${path}.${pair.key}` : pair.key, pair.via, pair);
    }
  };

  if (isMap(doc.contents)) visitMapping(doc.contents, CONFIG_ROOT, '', undefined);
  return { json };
}

/** Kinds of the kubelet.config.k8s.io group other than KubeletConfiguration: not checked as one. */
export const OTHER_KUBELET_CONFIG_KINDS: ReadonlySet<string> = new Set(['CredentialProviderConfig', 'SerializedNodeConfigSource', 'ImagePullIntent', 'ImagePulledRecord']);

/**
 * The top-level `apiVersion` or `kind` key the kubelet reads its type from. It sniffs them with Go's
 * encoding/json, which matches names ignoring case; a YAML file reaches it as JSON with sorted keys
 * (so of `Kind` and `kind` the byte-wise greater wins), a JSON file in document order (the last wins).
 */
export function typeMetaPair(document: YamlDocumentInfo, text: string, name: 'apiVersion' | 'kind'): ConfigPair | undefined {
  let top: readonly ConfigPair[] = [];
  visitKubeletConfig(document, text, {
    mapping(visit) {
      top = visit.decoded;
      return 'skip';
    },
  });
  const lower = name.toLowerCase();
  const matching = top.filter((pair) => pair.key.toLowerCase() === lower);
  if (isJsonConfig(text)) return matching[matching.length - 1];
  return [...matching].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))[matching.length - 1];
}

/** Whether a kubelet-config document is meant as a KubeletConfiguration (and not a credential provider config). */
export function isKubeletConfiguration(document: YamlDocumentInfo, text: string): boolean {
  if (document.kind !== 'kubelet-config') return false;
  const kind = typeMetaPair(document, text, 'kind');
  const value = kind?.value && isScalar(kind.value) ? kind.value.value : undefined;
  return !(typeof value === 'string' && OTHER_KUBELET_CONFIG_KINDS.has(value));
}

/**
 * The KubeletConfiguration documents of a file that parse: the ones the config rules judge (a document
 * with syntax errors is left to yaml-syntax).
 */
export function checkableKubeletConfigs(documents: readonly YamlDocumentInfo[], text: string): YamlDocumentInfo[] {
  return documents.filter((document) => document.errors.length === 0 && isKubeletConfiguration(document, text));
}
