import { isMap, isScalar, isSeq } from 'yaml';
import type { Fix } from '../../findings/finding.js';
import type { NodeContext, RuleReport } from '../rule.js';
import { configField, isFlagRemoved } from '../../data/facts.js';
import { CIPHER_SUITES } from '../../data/generated/tls.js';
import type { ConfigFieldFact, KubeletFlagFact } from '../../data/types.js';
import { setFlagValue } from '../../fixes/command-line-edits.js';
import { setYamlValue } from '../../fixes/yaml-edits.js';
import { lastFlag, type ConfigSource, type KubeletNode } from '../../model/kubelet-node.js';
import type { Origin } from '../../model/effective-setting.js';
import {
  checkCpuSet, checkEnum, checkGoBool, checkGoDuration, checkGoFloat, checkGoInt, checkIP, checkPercentage, checkQuantity, checkRange,
  isIntType, pair, split, trim, type Checked, type Piece,
} from '../../model/value-checks.js';
import { flagValueTraced, type FlagOccurrence } from '../../parse/flags/command-line.js';
import type { YamlEntry } from '../../parse/yaml/yaml-file.js';
import { tracedSpan } from '../../text/traced.js';
import type { Span, TextEdit } from '../../text/span.js';
import { describeOrigin } from '../describe-origin.js';

/*
 * How the kubelet judges a value: the content rule of every flag and config field (ranges, enums,
 * durations, quantities, maps and lists) and the checks that find what it refuses. The invalid-value
 * rule reports them; the move-to-config fix asks them so it never moves a bad value into the file.
 */

const MS = 1e6;
const SECOND = 1e9;

/**
 * What the kubelet checks about a setting's content once it parsed: `ValidateKubeletConfiguration`
 * ranges and enums, and the later parsing of strings into quantities, thresholds or CPU sets. Keyed
 * by KubeletConfiguration path, or by flag name for flags without a field. Only the value the kubelet
 * ends up with is judged by these (a flag overrides the file; a zero the defaulting replaces is fine).
 */
type ContentRule =
  | { readonly kind: 'range'; readonly min?: number; readonly max?: number; readonly above?: number }
  | { readonly kind: 'duration'; readonly min?: number; readonly max?: number; readonly zeroOr?: number; readonly text: string }
  | { readonly kind: 'enum' }
  | { readonly kind: 'enum-list' }
  | { readonly kind: 'quantity' }
  | { readonly kind: 'reserved-resources' }
  | { readonly kind: 'eviction-threshold' }
  | { readonly kind: 'eviction-reclaim' }
  | { readonly kind: 'eviction-grace' }
  | { readonly kind: 'qos-reserved' }
  | { readonly kind: 'cipher-suites' }
  | { readonly kind: 'cpuset' }
  | { readonly kind: 'false-only'; readonly why: string }
  | { readonly kind: 'absolute-clean-path' }
  | { readonly kind: 'not-empty' }
  | { readonly kind: 'ip-list' };

const NOT_NEGATIVE: ContentRule = { kind: 'range', min: 0 };
const PORT: ContentRule = { kind: 'range', min: 1, max: 65535 };
const PORT_OR_OFF: ContentRule = { kind: 'range', min: 0, max: 65535 };
const PERCENT: ContentRule = { kind: 'range', min: 0, max: 100 };
const ENUM: ContentRule = { kind: 'enum' };
const GRACE: ContentRule = { kind: 'duration', zeroOr: SECOND, text: 'it must be 0 or at least 1s' };

export const CONTENT_RULES: Readonly<Record<string, ContentRule>> = {
  port: PORT,
  readOnlyPort: PORT_OR_OFF,
  healthzPort: PORT_OR_OFF,
  eventRecordQPS: NOT_NEGATIVE,
  eventBurst: NOT_NEGATIVE,
  kubeAPIQPS: NOT_NEGATIVE,
  kubeAPIBurst: NOT_NEGATIVE,
  registryPullQPS: NOT_NEGATIVE,
  registryBurst: NOT_NEGATIVE,
  maxOpenFiles: NOT_NEGATIVE,
  maxPods: NOT_NEGATIVE,
  podsPerCore: NOT_NEGATIVE,
  imageGCHighThresholdPercent: PERCENT,
  imageGCLowThresholdPercent: PERCENT,
  oomScoreAdj: { kind: 'range', min: -1000, max: 1000 },
  nodeStatusMaxImages: { kind: 'range', min: -1 },
  nodeLeaseDurationSeconds: { kind: 'range', min: 1 },
  maxParallelImagePulls: { kind: 'range', min: 1 },
  containerLogMaxFiles: { kind: 'range', min: 2 },
  containerLogMaxWorkers: { kind: 'range', min: 1 },
  iptablesMasqueradeBit: { kind: 'range', min: 0, max: 31 },
  iptablesDropBit: { kind: 'range', min: 0, max: 31 },
  memoryThrottlingFactor: { kind: 'range', above: 0, max: 1 },
  cpuCFSQuotaPeriod: { kind: 'duration', min: MS, max: SECOND, text: 'it must be between 1ms and 1s' },
  imageMinimumGCAge: { kind: 'duration', min: 0, text: 'it must not be negative' },
  imageMaximumGCAge: { kind: 'duration', min: 0, text: 'it must not be negative' },
  shutdownGracePeriod: GRACE,
  shutdownGracePeriodCriticalPods: GRACE,
  'crashLoopBackOff.maxContainerRestartPeriod': { kind: 'duration', min: SECOND, max: 300 * SECOND, text: 'it must be between 1s and 300s' },
  containerLogMonitorInterval: { kind: 'duration', min: 3 * SECOND, text: 'it must be at least 3s' },
  'authorization.mode': ENUM,
  tlsMinVersion: ENUM,
  topologyManagerPolicy: ENUM,
  topologyManagerScope: ENUM,
  hairpinMode: ENUM,
  cpuManagerPolicy: ENUM,
  memoryManagerPolicy: ENUM,
  memoryReservationPolicy: ENUM,
  'memorySwap.swapBehavior': ENUM,
  imagePullCredentialsVerificationPolicy: ENUM,
  configMapAndSecretChangeDetectionStrategy: ENUM,
  'logging.format': ENUM,
  'registerWithTaints[].effect': ENUM,
  'cloud-provider': ENUM,
  enforceNodeAllocatable: { kind: 'enum-list' },
  containerLogMaxSize: { kind: 'quantity' },
  systemReserved: { kind: 'reserved-resources' },
  kubeReserved: { kind: 'reserved-resources' },
  evictionHard: { kind: 'eviction-threshold' },
  evictionSoft: { kind: 'eviction-threshold' },
  evictionMinimumReclaim: { kind: 'eviction-reclaim' },
  evictionSoftGracePeriod: { kind: 'eviction-grace' },
  qosReserved: { kind: 'qos-reserved' },
  tlsCipherSuites: { kind: 'cipher-suites' },
  reservedSystemCPUs: { kind: 'cpuset' },
  runOnce: { kind: 'false-only', why: 'run-once mode is no longer supported' },
  podLogsDir: { kind: 'absolute-clean-path' },
  containerRuntimeEndpoint: { kind: 'not-empty' },
  'node-ip': { kind: 'ip-list' },
};

/** An empty flag value is accepted for these enums: it means the default. */
const EMPTY_ENUM_FLAG_OK = new Set(['tlsMinVersion', 'logging.format', 'cloud-provider']);
const EVICTION_SIGNALS = ['memory.available', 'nodefs.available', 'nodefs.inodesFree', 'imagefs.available', 'imagefs.inodesFree', 'containerfs.available', 'containerfs.inodesFree', 'allocatableMemory.available', 'pid.available'];
const CIPHER_NAMES = new Set(CIPHER_SUITES.map((suite) => suite.name));
const MERGING_TYPES = new Set(['stringSlice', 'int32Slice', 'mapStringString', 'mapStringBool', 'mapStringStringSlice', 'mapStringQuantity', 'colonSeparatedMultimapStringString', 'taintSlice', 'memoryReservationSlice', 'vmoduleList']);

/** A problem found in a value: where, what, why, and the obvious fix when there is one. */
interface Issue {
  readonly span: Span;
  readonly what: string;
  readonly reason: string;
  readonly fix?: Fix;
  /** Where the value is set, when more precise than the setting (a key inside a map in the file). */
  readonly origin?: Origin;
}

/** Where a value sits and how to point at a part of it. */
interface Place {
  /** `--flag` or the config path, for messages. */
  readonly subject: string;
  readonly span: Span;
  /** The range of part of the value (`[from, to)` of the value text); falls back to `span`. */
  part(piece: Piece): Span;
}

const show = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : String(value));

function valueIssue(place: Place, shown: string, reason: string, span = place.span, fix?: Fix): Issue {
  return { span, what: `${shown} is not a valid value for ${place.subject}`, reason, ...(fix ? { fix } : {}) };
}

/** Syntax the flag parser itself enforces (every occurrence is parsed, even one a later one overrides). */
function flagSyntaxIssues(fact: KubeletFlagFact, flag: FlagOccurrence, place: Place): Issue[] {
  const text = flag.value;
  const type = fact.name === 'v' ? 'uint32' : fact.type;
  const scalar = (checked: Checked<unknown>): Issue[] => (checked.ok ? [] : [valueIssue(place, show(text), checked.reason)]);
  if (type === 'bool') return scalar(checkGoBool(text));
  if (isIntType(type)) return scalar(checkGoInt(text, type));
  if (type === 'float64') return scalar(checkGoFloat(text));
  if (type === 'duration') return scalar(checkGoDuration(text));
  if (type === 'quantity') return scalar(checkQuantity(text));
  if (type === 'ip') return text === '' ? [] : scalar(checkIP(text));
  const issues: Issue[] = [];
  const pieces = (separator = ','): Piece[] => split(text, separator).map(trim).filter((piece) => piece.text !== '');
  const pairIssue = (piece: Piece, example: string): Issue => ({
    span: place.part(piece),
    what: `"${piece.text}" is not a valid entry for ${place.subject}`,
    reason: `write ${example}`,
  });
  switch (type) {
    case 'int32Slice':
      for (const piece of pieces()) {
        const checked = checkGoInt(piece.text, 'int32');
        if (!checked.ok) issues.push({ span: place.part(piece), what: `"${piece.text}" is not a valid entry for ${place.subject}`, reason: checked.reason });
      }
      return issues;
    case 'mapStringBool':
      for (const piece of pieces()) {
        const kv = pair(piece, '=');
        if (!kv) issues.push(pairIssue(piece, 'name=true or name=false'));
        else {
          const checked = checkGoBool(kv.value.text);
          if (!checked.ok) issues.push({ span: place.part(kv.value), what: `"${kv.value.text}" is not a valid value for ${kv.key.text} in ${place.subject}`, reason: checked.reason });
        }
      }
      return issues;
    case 'mapStringString': {
      if (fact.name === 'node-labels') return [];
      const separator = fact.name === 'eviction-hard' || fact.name === 'eviction-soft' ? '<' : '=';
      const all = fact.name.endsWith('-policy-options') ? [trim({ text, from: 0, to: text.length })].filter((p) => p.text !== '') : pieces();
      for (const piece of all) if (!pair(piece, separator)) issues.push(pairIssue(piece, separator === '<' ? 'signal<threshold, such as memory.available<100Mi' : 'key=value'));
      return issues;
    }
    case 'colonSeparatedMultimapStringString':
      for (const piece of pieces()) if (!pair(piece, ':')) issues.push(pairIssue(piece, 'name:value'));
      return issues;
    case 'vmoduleList':
      for (const piece of pieces()) {
        const parts = piece.text.split('=');
        if (parts.length !== 2 || !parts[0] || !/^[0-9]+$/.test(parts[1] ?? '')) issues.push(pairIssue(piece, 'pattern=N, such as server=4'));
      }
      return issues;
    case 'taintSlice':
      for (const piece of split(text, ',')) {
        if (text.trim() === '') break;
        const parts = piece.text.split(':');
        const effect = parts[1];
        if (parts.length !== 2 || (parts[0] ?? '').split('=').length > 2 || !parts[0]) issues.push(pairIssue(piece, 'key=value:Effect, such as dedicated=infra:NoSchedule'));
        else if (effect !== undefined && !['NoSchedule', 'PreferNoSchedule', 'NoExecute'].includes(effect)) {
          issues.push({ span: place.part(piece), what: `"${piece.text}" is not a valid entry for ${place.subject}`, reason: `"${effect}" is not a taint effect; use NoSchedule, PreferNoSchedule or NoExecute` });
        }
      }
      return issues;
    default:
      return [];
  }
}

function enumFix(edit: TextEdit | undefined, value: string): Fix | undefined {
  return edit ? { title: `Change to ${value}`, edits: [edit], preferred: true } : undefined;
}

/** Checks of a resource map's pairs, the same for flags and config (`pieces` are key/value pairs). */
function mapContentIssues(rule: ContentRule, fieldFact: ConfigFieldFact | undefined, pairs: readonly { key: string; value: string; keySpan: Span; valueSpan: Span; origin?: Origin }[], subject: string): Issue[] {
  const issues: Issue[] = [];
  const keyIssue = (p: (typeof pairs)[number], allowed: readonly string[]): Issue => ({ span: p.keySpan, what: `"${p.key}" is not a valid key in ${subject}`, reason: `use ${allowed.join(', ')}`, ...(p.origin ? { origin: p.origin } : {}) });
  const valueOf = (p: (typeof pairs)[number], reason: string): Issue => ({ span: p.valueSpan, what: `"${p.value}" is not a valid value for ${p.key} in ${subject}`, reason, ...(p.origin ? { origin: p.origin } : {}) });
  for (const p of pairs) {
    switch (rule.kind) {
      case 'reserved-resources': {
        const allowed = fieldFact?.mapKeys ?? ['cpu', 'memory', 'ephemeral-storage', 'pid'];
        if (!allowed.includes(p.key)) {
          issues.push(keyIssue(p, allowed));
          break;
        }
        const quantity = checkQuantity(p.value);
        if (!quantity.ok) issues.push(valueOf(p, quantity.reason));
        else if (quantity.value < 0) issues.push(valueOf(p, 'a reservation cannot be negative'));
        break;
      }
      case 'eviction-threshold':
      case 'eviction-reclaim': {
        if (!EVICTION_SIGNALS.includes(p.key)) {
          issues.push(keyIssue(p, EVICTION_SIGNALS));
          break;
        }
        if (p.value.endsWith('%')) {
          const percentage = checkPercentage(p.value);
          if (!percentage.ok) issues.push(valueOf(p, percentage.reason));
          else if (rule.kind === 'eviction-threshold' && (percentage.value < 0 || percentage.value > 1)) issues.push(valueOf(p, 'a percentage must be between 0% and 100%'));
          else if (rule.kind === 'eviction-reclaim' && percentage.value <= 0) issues.push(valueOf(p, 'a percentage must be above 0%'));
          break;
        }
        const quantity = checkQuantity(p.value);
        if (!quantity.ok) issues.push(valueOf(p, quantity.reason));
        else if (rule.kind === 'eviction-threshold' && quantity.value <= 0) issues.push(valueOf(p, 'a threshold must be above zero'));
        else if (rule.kind === 'eviction-reclaim' && quantity.value < 0) issues.push(valueOf(p, 'a minimum reclaim cannot be negative'));
        break;
      }
      case 'eviction-grace': {
        if (!EVICTION_SIGNALS.includes(p.key)) {
          issues.push(keyIssue(p, EVICTION_SIGNALS));
          break;
        }
        const duration = checkGoDuration(p.value);
        if (!duration.ok) issues.push(valueOf(p, duration.reason));
        else if (duration.value < 0) issues.push(valueOf(p, 'a grace period cannot be negative'));
        break;
      }
      case 'qos-reserved': {
        if (p.key !== 'memory') {
          issues.push(keyIssue(p, ['memory']));
          break;
        }
        const match = /^([0-9]+)%+$/.exec(p.value);
        if (!match || Number(match[1]) > 100) issues.push(valueOf(p, 'write a percentage between 0% and 100%'));
        break;
      }
      default:
        break;
    }
  }
  return issues;
}

/** Content checks on one scalar value (already of the right type), for the flag or config form. */
function scalarContentIssues(rule: ContentRule, enumValues: readonly string[] | null, value: unknown, place: Place, form: 'flag' | 'config', key: string, replace: (text: string) => TextEdit | undefined): Issue[] {
  switch (rule.kind) {
    case 'range': {
      if (typeof value !== 'number') return [];
      if (rule.above !== undefined && value <= rule.above) return [valueIssue(place, show(value), `it must be above ${rule.above}${rule.max !== undefined ? ` and at most ${rule.max}` : ''}`)];
      const checked = checkRange(value, rule.min, rule.max);
      return checked.ok ? [] : [valueIssue(place, show(value), checked.reason)];
    }
    case 'duration': {
      if (typeof value !== 'string') return [];
      const parsed = checkGoDuration(value);
      if (!parsed.ok) return [];
      const ns = parsed.value;
      const bad = (rule.zeroOr !== undefined ? ns !== 0 && ns < rule.zeroOr : false) || (rule.min !== undefined && ns < rule.min) || (rule.max !== undefined && ns > rule.max);
      return bad ? [valueIssue(place, show(value), rule.text)] : [];
    }
    case 'enum': {
      if (typeof value !== 'string' || !enumValues) return [];
      if (value === '' && (form === 'config' || EMPTY_ENUM_FLAG_OK.has(key))) return [];
      const checked = checkEnum(value, enumValues);
      if (checked.ok) return [];
      return [valueIssue(place, show(value), checked.reason, place.span, checked.caseFix !== undefined ? enumFix(replace(checked.caseFix), checked.caseFix) : undefined)];
    }
    case 'quantity': {
      if (typeof value !== 'string' || (value === '' && form === 'config')) return [];
      const checked = checkQuantity(value);
      return checked.ok ? [] : [valueIssue(place, show(value), checked.reason)];
    }
    case 'cpuset': {
      if (typeof value !== 'string') return [];
      const checked = checkCpuSet(value);
      return checked.ok ? [] : [valueIssue(place, show(value), checked.reason)];
    }
    case 'false-only':
      return value === true ? [valueIssue(place, 'true', rule.why)] : [];
    case 'absolute-clean-path': {
      if (typeof value !== 'string' || value === '') return [];
      if (!value.startsWith('/')) return [valueIssue(place, show(value), 'it must be an absolute path')];
      const clean = value === '/' || !/\/\/|\/\.\.?(\/|$)|\/$/.test(value);
      return clean ? [] : [valueIssue(place, show(value), 'it must be a clean path, without "//", "." or ".." parts or a trailing "/"')];
    }
    case 'not-empty':
      return value === '' ? [valueIssue(place, '""', 'the kubelet needs a container runtime endpoint')] : [];
    case 'ip-list': {
      if (typeof value !== 'string' || value === '') return [];
      const items = split(value, ',');
      if (items.length > 2) return [valueIssue(place, show(value), 'it takes one address, or two for dual-stack')];
      const issues: Issue[] = [];
      for (const item of items) {
        const checked = checkIP(item.text);
        if (!checked.ok) issues.push({ span: place.part(item), what: `"${item.text}" is not a valid address in ${place.subject}`, reason: checked.reason });
      }
      return issues;
    }
    default:
      return [];
  }
}

/** Content checks on a list's items. */
function listContentIssues(rule: ContentRule, enumValues: readonly string[] | null, items: readonly { text: string; span: Span }[], place: Place): Issue[] {
  const issues: Issue[] = [];
  const entry = (item: { text: string; span: Span }, reason: string): Issue => ({ span: item.span, what: `"${item.text}" is not a valid entry in ${place.subject}`, reason });
  if (rule.kind === 'cipher-suites') {
    for (const item of items) {
      if (CIPHER_NAMES.has(item.text)) continue;
      const near = [...CIPHER_NAMES].find((name) => name.toLowerCase() === item.text.trim().toLowerCase());
      issues.push(entry(item, near ? `names are exact: write ${near}` : 'it is not a cipher suite name Go knows (such as TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)'));
    }
  } else if (rule.kind === 'enum-list' && enumValues) {
    const seen = new Set<string>();
    for (const item of items) {
      const checked = checkEnum(item.text, enumValues);
      if (!checked.ok) issues.push(entry(item, checked.reason));
      else if (seen.has(item.text)) issues.push(entry(item, 'it is listed twice'));
      else if (item.text === 'none' && items.length > 1) issues.push(entry(item, '"none" cannot be combined with other values'));
      seen.add(item.text);
    }
  }
  return issues;
}

function report(issue: Issue, origin: Origin, context: NodeContext): RuleReport {
  return {
    span: issue.span,
    message: `${issue.what}, so the kubelet will not start: ${issue.reason}. It is ${describeOrigin(issue.origin ?? origin, context)}.`,
    fixes: issue.fix ? [issue.fix] : [],
  };
}

function flagPlace(flag: FlagOccurrence): Place | undefined {
  const word = flag.words[0];
  // `--flag=` has no value to point at: the whole word stands for it.
  const emptyEquals = flag.valueForm === 'equals' && flag.value === '' && word ? tracedSpan(word.value) : undefined;
  const span = emptyEquals ?? (flag.valueForm === 'implicit' ? flag.nameSpan : flag.valueSpan);
  if (!span) return undefined;
  const traced = flagValueTraced(flag);
  return {
    subject: flag.written.startsWith('--') ? flag.written : `--${flag.name}`,
    span,
    part: (piece) => (traced ? tracedSpan(traced, piece.from, piece.to) ?? span : span),
  };
}

/**
 * What is wrong with one flag occurrence's value: its syntax (the flag parser reads every occurrence,
 * even one a later occurrence overrides) and, for the occurrence the kubelet keeps, its content.
 */
/** The flags left without a value, found once per command line (asked once per flag). */
const missingValues = new WeakMap<KubeletNode['commandLine'], Set<FlagOccurrence>>();
function flagsMissingValue(node: KubeletNode): Set<FlagOccurrence> {
  let flags = missingValues.get(node.commandLine);
  if (!flags) {
    flags = new Set();
    for (const problem of node.commandLine.problems) if (problem.kind === 'missing-value') flags.add(problem.flag);
    missingValues.set(node.commandLine, flags);
  }
  return flags;
}

export function flagValueReports(context: NodeContext, flag: FlagOccurrence): RuleReport[] {
  const { node, settings } = context;
  const fact = flag.fact;
  if (!fact || isFlagRemoved(fact, settings.kubernetesVersion)) return [];
  const origin: Origin = { kind: 'flag', flag };
  if (flagsMissingValue(node).has(flag)) {
    return flag.nameSpan ? [{ span: flag.nameSpan, message: `${flag.written} needs a value, but nothing follows it, so the kubelet will not start ("flag needs an argument").` }] : [];
  }
  if (flag.valueForm === 'next-word' && /^--?[A-Za-z]/.test(flag.value)) {
    return flag.nameSpan ? [{ span: flag.nameSpan, message: `${flag.written} has no value of its own: it takes the next word, "${flag.value}", as its value, so that flag is lost. Give ${flag.written} a value.` }] : [];
  }
  const place = flagPlace(flag);
  if (!place) return [];
  const syntax = flagSyntaxIssues(fact, flag, place);
  if (syntax.length > 0) {
    const word = flag.words[0]?.value.text ?? '';
    const shorthand = /^-[a-z]$/.test(flag.written) && flag.valueForm === 'equals' && /^[a-z][a-z-]*(=.*)?$/.test(flag.value) && !word.startsWith(`${flag.written}=`);
    return syntax.map((issue) => {
      const base = report(issue, origin, context);
      return shorthand ? { ...base, message: `${base.message} A single dash makes "${word}" the one-letter flag ${flag.written} with the value "${flag.value}"; long flags take two dashes.` } : base;
    });
  }
  const key = fact.configField ?? fact.name;
  const rule = CONTENT_RULES[key];
  if (!rule) return [];
  const merging = MERGING_TYPES.has(fact.type);
  if (!merging && lastFlag(node, flag.name) !== flag) return [];
  const field = fact.configField ? configField(fact.configField) : undefined;
  const enumValues = field?.enumValues ?? fact.enumValues;
  return flagContentIssues(rule, fact, field, enumValues, flag, place, key).map((issue) => report(issue, origin, context));
}

function flagContentIssues(rule: ContentRule, fact: KubeletFlagFact, field: ConfigFieldFact | undefined, enumValues: readonly string[] | null, flag: FlagOccurrence, place: Place, key: string): Issue[] {
  const text = flag.value;
  const pieces = split(text, ',');
  switch (rule.kind) {
    case 'reserved-resources':
    case 'eviction-threshold':
    case 'eviction-reclaim':
    case 'eviction-grace':
    case 'qos-reserved': {
      const separator = rule.kind === 'eviction-threshold' ? '<' : '=';
      const pairs = pieces.map(trim).filter((p) => p.text !== '').flatMap((piece) => {
        const kv = pair(piece, separator);
        return kv ? [{ key: kv.key.text, value: kv.value.text, keySpan: place.part(kv.key), valueSpan: place.part(kv.value) }] : [];
      });
      return mapContentIssues(rule, field, pairs, place.subject);
    }
    case 'cipher-suites':
    case 'enum-list':
      if (text === '') return [];
      return listContentIssues(rule, enumValues, pieces.map((piece) => ({ text: piece.text, span: place.part(piece) })), place);
    default: {
      let value: unknown = text;
      if (fact.type === 'bool') {
        const checked = checkGoBool(text);
        value = checked.ok ? checked.value : undefined;
      } else if (isIntType(fact.type)) {
        const checked = checkGoInt(text, fact.type);
        value = checked.ok ? checked.value : undefined;
      } else if (fact.type === 'float64') {
        const checked = checkGoFloat(text);
        value = checked.ok ? checked.value : undefined;
      }
      return scalarContentIssues(rule, enumValues, value, place, 'flag', key, (newText) => setFlagValue(flag, newText));
    }
  }
}

/** Is the value of a JSON type the field accepts? Other types are `config-type-error`'s. */
function rightJsonType(type: string, value: unknown): boolean {
  if (isIntType(type)) return typeof value === 'number' && Number.isInteger(value);
  switch (type) {
    case 'float64':
      return typeof value === 'number';
    case 'bool':
      return typeof value === 'boolean';
    case 'quantity':
      return typeof value === 'string' || typeof value === 'number';
    case 'duration':
    case 'string':
    case 'ip':
      return typeof value === 'string';
    default:
      return true;
  }
}

function yamlReplace(source: ConfigSource, entry: YamlEntry, text: string): TextEdit {
  const raw = source.file.text[entry.valueStart];
  const quote = raw === '"' || raw === "'" ? raw : '';
  return setYamlValue(source.uri, entry, `${quote}${text}${quote}`);
}

/** Checks the config files' values: those the decoder parses, always; the rest when they are the ones in force. */
/** The config-file values of the node the kubelet would refuse, appended to `reports`. */
export function configIssues(context: NodeContext, reports: RuleReport[]): void {
  const { node } = context;
  const sources = [...(node.configSource ? [node.configSource] : []), ...node.configFragments];
  sources.forEach((source, sourceIndex) => {
    const document = source.document;
    if (!document) return;
    const later = sources.slice(sourceIndex + 1);
    const lastInDocument = (entry: YamlEntry): boolean => ![...document.entries].reverse().find((e) => e.path === entry.path && e.itemStart === entry.itemStart && e !== entry && e.keyStart > entry.keyStart);
    const within = (outer: YamlEntry, inner: YamlEntry): boolean => outer === inner || (inner.keyStart >= outer.valueStart && inner.keyStart < outer.valueEnd);
    /** True when the kubelet ends up with this entry's value (no flag, later fragment or defaulting replaces it). */
    const inForce = (entry: YamlEntry, top: string, isMapValue: boolean): boolean => {
      const setting = context.effective(top);
      const origin = setting.origin;
      if (origin.kind !== 'config') return false;
      if (isMapValue) {
        const tops = document.entries.filter((e) => e.path === top);
        const last = tops[tops.length - 1];
        return last !== undefined && within(last, entry);
      }
      return origin.source === source && within(origin.entry, entry);
    };
    /** The file decodes this value: the main file always; a fragment when no later one replaces it. */
    const decoded = (entry: YamlEntry): boolean => lastInDocument(entry) && (!source.fragment || !later.some((s) => s.document?.entries.some((e) => e.path === entry.path)));
    for (const entry of document.entries) {
      if (entry.depth === 0 && (entry.key === 'apiVersion' || entry.key === 'kind')) continue;
      const origin: Origin = { kind: 'config', source, entry };
      const place: Place = { subject: entry.path, span: { uri: source.uri, start: entry.valueStart, end: entry.valueEnd }, part: () => ({ uri: source.uri, start: entry.valueStart, end: entry.valueEnd }) };
      const field = configField(entry.path);
      const parent = field ? undefined : configField(entry.parentPath);
      if (parent && parent.type.startsWith('map')) {
        // A value inside a map field (`evictionHard: {memory.available: ...}`).
        if (parent.type === 'mapStringQuantity' && typeof entry.value === 'string' && decoded(entry)) {
          const checked = checkQuantity(entry.value);
          if (!checked.ok) reports.push(report({ span: place.span, what: `"${entry.value}" is not a valid value for ${entry.key} in ${parent.path}`, reason: checked.reason }, origin, context));
        }
        continue;
      }
      if (!field) continue;
      const top = field.path.split('[]')[0] ?? field.path;
      if (field.type === 'duration' && typeof entry.value === 'string' && decoded(entry)) {
        const checked = checkGoDuration(entry.value);
        if (!checked.ok) {
          reports.push(report(valueIssue(place, show(entry.value), checked.reason), origin, context));
          continue;
        }
      }
      if (field.type === 'quantity' && typeof entry.value === 'string' && decoded(entry)) {
        const checked = checkQuantity(entry.value);
        if (!checked.ok) {
          reports.push(report(valueIssue(place, show(entry.value), checked.reason), origin, context));
          continue;
        }
      }
      const rule = CONTENT_RULES[field.path];
      if (!rule || !rightJsonType(field.type, entry.value)) continue;
      const isMapField = field.type.startsWith('map');
      if (!inForce(entry, top, isMapField)) continue;
      let issues: Issue[];
      if (isMapField) {
        const pairs = document.entries
          .filter((child) => child.parentPath === entry.path && within(entry, child) && typeof child.value === 'string')
          .map((child) => ({
            key: child.key,
            value: child.value as string,
            keySpan: { uri: source.uri, start: child.keyStart, end: child.keyEnd },
            valueSpan: { uri: source.uri, start: child.valueStart, end: child.valueEnd },
            origin: { kind: 'config' as const, source, entry: child },
          }));
        issues = mapContentIssues(rule, field, pairs, entry.path);
      } else if (field.type === 'stringSlice') {
        const node = entry.valueNode;
        const items = isSeq(node)
          ? node.items.flatMap((item) => (isScalar(item) && typeof item.value === 'string' && item.range ? [{ text: item.value, span: { uri: source.uri, start: item.range[0], end: item.range[1] } }] : []))
          : [];
        issues = listContentIssues(rule, field.enumValues, items, place);
      } else if (isMap(entry.valueNode) || isSeq(entry.valueNode)) {
        issues = [];
      } else {
        issues = scalarContentIssues(rule, field.enumValues, entry.value, place, 'config', field.path, (text) => yamlReplace(source, entry, text));
      }
      for (const issue of issues) reports.push(report(issue, origin, context));
    }
  });
}
