import type { ConfigSource, KubeletNode } from './kubelet-node.js';
import { lastFlag } from './kubelet-node.js';
import { decodeFlagValue } from './flag-values.js';
import { configField, flagForConfigField, kubeletFlag } from '../data/facts.js';
import type { FlagOccurrence } from '../parse/flags/command-line.js';
import type { YamlEntry } from '../parse/yaml/yaml-file.js';

/** Where an effective value comes from. */
export type Origin =
  | { readonly kind: 'flag'; readonly flag: FlagOccurrence }
  | { readonly kind: 'config'; readonly source: ConfigSource; readonly entry: YamlEntry }
  /** The flag default: no --config file is used. */
  | { readonly kind: 'flag-default' }
  /** The KubeletConfiguration default: a --config file is used and does not set the field. */
  | { readonly kind: 'config-default'; readonly source: ConfigSource | undefined }
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
  const found: Origin[] = [];
  let value: unknown;

  const flag = flagFact ? lastFlag(node, flagFact.name) : undefined;
  if (flag && flagFact) {
    const decoded = decodeFlagValue(flagFact.type, flag.value);
    value = decoded.ok ? decoded.value : undefined;
    found.push({ kind: 'flag', flag });
  }
  if (field) {
    for (const source of [...node.configFragments].reverse()) {
      const entry = lastEntry(source, key);
      if (entry) found.push({ kind: 'config', source, entry });
    }
    if (node.configSource) {
      const entry = lastEntry(node.configSource, key);
      if (entry) found.push({ kind: 'config', source: node.configSource, entry });
    }
  }
  const first = found[0];
  if (first) {
    if (first.kind === 'config') value = first.entry.value;
    return { key, value, origin: first, overridden: found.slice(1) };
  }
  return { key, ...defaultFor(node, key, field !== undefined), overridden: [] };
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
