import type { ConfigSource } from '../../model/kubelet-node.js';
import type { Origin } from '../../model/effective-setting.js';
import { flagValueTraced, type FlagOccurrence } from '../../parse/flags/command-line.js';
import type { YamlEntry } from '../../parse/yaml/yaml-file.js';
import type { Span } from '../../text/span.js';
import { spanOfFlag } from './setting-rule.js';
import type { NodeContext } from '../rule.js';

/* Feature gates as the kubelet merges them (flag over file, per gate), and ranges inside flag values. */

export const GATE = 'RotateKubeletServerCertificate';
/** What Go's strconv.ParseBool reads as false. */
export const GO_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/**
 * The source range of characters `[from, to)` of a flag's value, when they were typed as one
 * contiguous run of the same file (no quotes, escapes or variable boundaries inside); otherwise
 * undefined, and callers fall back to the whole flag.
 */
export function flagValueSpan(flag: FlagOccurrence, from: number, to: number, context: NodeContext): Span | undefined {
  const traced = flagValueTraced(flag);
  if (!traced || from < 0 || to <= from || to > traced.text.length || traced.text !== flag.value) return undefined;
  const uri = traced.uris[from];
  const start = traced.offsets[from];
  if (uri === undefined || start === undefined || start < 0) return undefined;
  for (let i = from; i < to; i++) if (traced.uris[i] !== uri || traced.offsets[i] !== start + (i - from)) return undefined;
  const end = start + (to - from);
  if (context.file(uri)?.text.slice(start, end) !== flag.value.slice(from, to)) return undefined;
  return { uri, start, end };
}

/**
 * The whole flag as written, for findings that cannot be narrowed to part of its value: the flag's
 * raw word(s) when they contain its name (`--x=a${VAR}` included), else from name to value.
 */
export function wholeFlagSpan(flag: FlagOccurrence): Span | undefined {
  const span = spanOfFlag(flag);
  if (!span || flag.rawSpans.length === 0 || flag.rawSpans.some((raw) => raw.uri !== span.uri)) return span;
  const start = Math.min(...flag.rawSpans.map((raw) => raw.start));
  const end = Math.max(...flag.rawSpans.map((raw) => raw.end));
  return start <= span.start && end >= span.end ? { uri: span.uri, start, end } : span;
}

/** One `key=value` pair of a `--feature-gates` value, with offsets into the flag's value (trimmed). */
export interface GatePair {
  readonly key: string;
  readonly value: string;
  readonly pairStart: number;
  readonly pairEnd: number;
  readonly valueStart: number;
  readonly valueEnd: number;
}

/** Splits a `--feature-gates` value as the kubelet does (at `,`, then at the first `=`, trimming). */
export function gatePairs(text: string): GatePair[] {
  const pairs: GatePair[] = [];
  let itemStart = 0;
  for (const item of text.split(',')) {
    const itemEnd = itemStart + item.length;
    if (item.trim() !== '') {
      const lead = item.length - item.trimStart().length;
      const pairStart = itemStart + lead;
      const pairEnd = itemEnd - (item.length - item.trimEnd().length);
      const at = item.indexOf('=');
      const keyText = at < 0 ? item : item.slice(0, at);
      const valueRaw = at < 0 ? '' : item.slice(at + 1);
      const valueLead = valueRaw.length - valueRaw.trimStart().length;
      const valueStart = at < 0 ? pairEnd : itemStart + at + 1 + valueLead;
      const valueEnd = at < 0 ? pairEnd : Math.max(valueStart, pairEnd);
      pairs.push({ key: keyText.trim(), value: valueRaw.trim(), pairStart, pairEnd, valueStart, valueEnd });
    }
    itemStart = itemEnd + 1;
  }
  return pairs;
}

/** Where the effective value of one feature gate was written. */
export type GateWriter =
  | { readonly kind: 'flag'; readonly flag: FlagOccurrence; readonly pair: GatePair }
  | { readonly kind: 'config'; readonly source: ConfigSource; readonly entry: YamlEntry };

export interface GateSetting {
  /** The gate's effective value; undefined when nothing sets it (its built-in default applies). */
  readonly value: boolean | undefined;
  readonly writer: GateWriter | undefined;
  /** True when a file the answer depends on is missing from the workspace. */
  readonly unknown: boolean;
}

/**
 * The effective value of one feature gate and where it was written. `--feature-gates` occurrences
 * merge (a later pair wins) and are merged over the config file's `featureGates` (the flag wins per
 * gate); `--config-dir` fragments merge over the file per gate, and a `null` deletes.
 */
export function featureGate(context: NodeContext, gate: string): GateSetting {
  const gates = context.effective('featureGates');
  if (gates.origin.kind === 'unknown') return { value: undefined, writer: undefined, unknown: true };
  const map = gates.value;
  const raw = typeof map === 'object' && map !== null ? (map as Record<string, unknown>)[gate] : undefined;
  const value = typeof raw === 'boolean' ? raw : undefined;
  if (value === undefined) return { value, writer: undefined, unknown: false };
  let writer: GateWriter | undefined;
  for (const flag of context.node.commandLine.flags) {
    if (flag.name !== 'feature-gates') continue;
    for (const pair of gatePairs(flag.value)) if (pair.key === gate) writer = { kind: 'flag', flag, pair };
  }
  if (!writer) writer = configWriter(context, gate);
  return { value, writer, unknown: false };
}

export function configWriter(context: NodeContext, gate: string): GateWriter | undefined {
  const node = context.node;
  let writer: GateWriter | undefined;
  for (const source of [...(node.configSource ? [node.configSource] : []), ...node.configFragments]) {
    const entries = source.document?.entries ?? [];
    const map = [...entries].reverse().find((entry) => entry.path === 'featureGates');
    if (!map) continue;
    if (typeof map.value !== 'object' || map.value === null || Array.isArray(map.value)) {
      writer = undefined;
      continue;
    }
    const path = `featureGates.${gate}`;
    const entry = [...entries].reverse().find((e) => e.path === path && e.keyStart >= map.valueStart && e.keyStart < map.valueEnd);
    if (!entry) continue;
    writer = entry.value === null ? undefined : { kind: 'config', source, entry };
  }
  return writer;
}

/**
 * True when the gate is effectively off as the kubelet reads it. A flag pair whose value Go's
 * ParseBool rejects (`Gate=nope`) does not count: the kubelet refuses to start on it, which is
 * kubelet-invalid-value's finding.
 */
export function isGateOff(setting: GateSetting): setting is GateSetting & { readonly writer: GateWriter } {
  const writer = setting.writer;
  if (setting.unknown || setting.value !== false || !writer) return false;
  return writer.kind !== 'flag' || GO_FALSE.has(writer.pair.value);
}

/** Where a gate was written, as the origin `describeOrigin` words. */
export function gateOrigin(writer: GateWriter): Origin {
  return writer.kind === 'flag' ? { kind: 'flag', flag: writer.flag } : { kind: 'config', source: writer.source, entry: writer.entry };
}

/** The range of a gate's pair: just `Gate=value` inside the flag value when it can be exact. */
export function gateSpan(writer: GateWriter, context: NodeContext): Span | undefined {
  if (writer.kind === 'config') return { uri: writer.source.uri, start: writer.entry.keyStart, end: writer.entry.valueEnd };
  return flagValueSpan(writer.flag, writer.pair.pairStart, writer.pair.pairEnd, context) ?? wholeFlagSpan(writer.flag);
}
