import type { ConfigSource, KubeletNode } from './kubelet-node.js';
import { lastFlag } from './kubelet-node.js';
import { decodeFlagValue } from './flag-values.js';
import { ZERO_MEANS_DEFAULT, isZeroValue, mapFlagValue, mergePatch } from './kubelet-decoding.js';
import { configField, flagForConfigField, kubeletFlag } from '../data/facts.js';
import type { FlagOccurrence } from '../parse/flags/command-line.js';
import type { YamlEntry } from '../parse/yaml/yaml-file.js';

/** Where an effective value comes from. */
export type Origin =
  | { readonly kind: 'flag'; readonly flag: FlagOccurrence }
  | { readonly kind: 'config'; readonly source: ConfigSource; readonly entry: YamlEntry }
  /** The flag default: no --config file is used. */
  | { readonly kind: 'flag-default' }
  /**
   * The KubeletConfiguration default: a --config file is used and does not set the field, or sets it
   * to a zero value the kubelet's defaulting replaces (`unsetBy`).
   */
  | { readonly kind: 'config-default'; readonly source: ConfigSource | undefined; readonly unsetBy?: { readonly source: ConfigSource; readonly entry: YamlEntry } }
  /** Cannot be known from the workspace (the reason says which file is missing). */
  | { readonly kind: 'unknown'; readonly reason: string };

export interface EffectiveSetting {
  /** KubeletConfiguration field path, or the flag name for flags without a field. */
  readonly key: string;
  /** The decoded value; undefined when unknown or not decodable. */
  readonly value: unknown;
  readonly origin: Origin;
  /** Settings of lower precedence that the effective one overrides. */
  readonly overridden: readonly Origin[];
}

function lastEntry(source: ConfigSource, path: string): YamlEntry | undefined {
  const entries = source.document?.entries ?? [];
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i]?.path === path) return entries[i];
  return undefined;
}

/**
 * The value the kubelet of `node` runs with for one setting, named by its KubeletConfiguration field
 * (`authentication.anonymous.enabled`) or, for a flag with no field, by the flag name. Precedence:
 * the last command-line flag; then `--config-dir` fragments, the last one first; then the --config file;
 * then the default: the KubeletConfiguration default when a --config file is used, the flag default
 * otherwise. When a file the answer depends on is missing from the workspace, the origin is `unknown`.
 */
export function effectiveSetting(node: KubeletNode, key: string): EffectiveSetting {
  const field = configField(key);
  const flagFact = field ? flagForConfigField(key) : kubeletFlag(key);
  const type = field?.type ?? flagFact?.type ?? 'string';
  const isMap = type.startsWith('map') || type.startsWith('colonSeparated');
  const found: Origin[] = [];
  let flagValue: unknown;

  const flag = flagFact ? lastFlag(node, flagFact.name) : undefined;
  if (flag && flagFact) {
    const texts = node.commandLine.flags.filter((f) => f.name === flagFact.name).map((f) => f.value);
    if (isMap) {
      // Every occurrence adds to the map; the last one is where the value is reported.
      flagValue = mapFlagValue(flagFact.name, texts);
    } else if (type.endsWith('Slice')) {
      // The first occurrence replaces the default list, later ones append (pflag's slice flags).
      flagValue = texts.flatMap((text) => (text === '' ? [] : text.split(',')));
    } else {
      const decoded = decodeFlagValue(flagFact.type, flag.value);
      flagValue = decoded.ok ? decoded.value : undefined;
    }
    found.push({ kind: 'flag', flag });
  }
  // Config sources in merge order (file, then fragments); the effective one is the last that sets the key.
  const configOrigins: (Origin & { kind: 'config' })[] = [];
  if (field) {
    const sources = [...(node.configSource ? [node.configSource] : []), ...node.configFragments];
    for (const source of sources) {
      const entry = lastEntry(source, key);
      if (entry) configOrigins.push({ kind: 'config', source, entry });
    }
  }
  found.push(...[...configOrigins].reverse());
  const first = found[0];
  if (!first) return { key, ...defaultFor(node, key, field !== undefined), overridden: [] };

  const configValue = isMap ? configOrigins.reduce<unknown>((merged, origin) => mergePatch(merged, origin.entry.value), undefined) : configOrigins[configOrigins.length - 1]?.entry.value;
  if (first.kind === 'flag' && key === 'seccompDefault' && flagValue !== true) {
    // The kubelet ORs --seccomp-default with the file's seccompDefault: a false flag cannot turn it off.
    const fromFile = effectiveSetting({ ...node, commandLine: { ...node.commandLine, flags: node.commandLine.flags.filter((f) => f.name !== 'seccomp-default') } }, key);
    if (fromFile.value === true) return { ...fromFile, overridden: [...fromFile.overridden, first] };
  }
  if (first.kind === 'flag') {
    // Feature gates from the flag are merged over the file's; any other map flag replaces the file's map.
    const value = key === 'featureGates' && typeof configValue === 'object' && configValue !== null ? { ...(configValue as object), ...(flagValue as object) } : flagValue;
    return { key, value, origin: first, overridden: found.slice(1) };
  }
  if (first.kind === 'config' && field && ZERO_MEANS_DEFAULT.has(key) && isZeroValue(first.entry.value, field.type)) {
    return { key, value: field.default, origin: { kind: 'config-default', source: node.configSource, unsetBy: { source: first.source, entry: first.entry } }, overridden: found.slice(1) };
  }
  return { key, value: configValue, origin: first, overridden: found.slice(1) };
}

function defaultFor(node: KubeletNode, key: string, isField: boolean): { value: unknown; origin: Origin } {
  const field = configField(key);
  const flagFact = field ? flagForConfigField(key) : kubeletFlag(key);
  const usesConfig = node.seed === 'config-file' || node.config !== undefined;
  if (usesConfig && isField) {
    if (node.seed !== 'config-file' && node.config && !node.configSource) {
      return { value: undefined, origin: { kind: 'unknown', reason: `the --config file ${node.config.path} is not in the workspace` } };
    }
    if (!node.commandLineComplete && node.seed !== 'config-file') {
      return { value: undefined, origin: { kind: 'unknown', reason: missingReason(node) } };
    }
    return { value: field?.default ?? null, origin: { kind: 'config-default', source: node.configSource } };
  }
  if (!node.commandLineComplete) return { value: undefined, origin: { kind: 'unknown', reason: missingReason(node) } };
  return { value: flagFact?.default ?? null, origin: { kind: 'flag-default' } };
}

function missingReason(node: KubeletNode): string {
  const missing = node.environmentFiles.find((entry) => !entry.file);
  if (missing) return `the env file ${missing.path} is not in the workspace`;
  if (node.seed === 'env-file') return 'no kubelet unit in the workspace loads this file';
  if (!node.execStart) return 'no ExecStart= for the kubelet is in the workspace';
  return 'part of the command line is not in the workspace';
}
