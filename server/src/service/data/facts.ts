import { KUBELET_FLAGS } from './generated/kubelet-flags.js';
import { KUBELET_CONFIG_FIELDS } from './generated/kubelet-config-fields.js';
import { KUBECONFIG_FIELDS } from './generated/kubeconfig-fields.js';
import type { ConfigFieldFact, KubeconfigFieldFact, KubeletFlagFact } from './types.js';

const flagsByName = new Map(KUBELET_FLAGS.map((flag) => [flag.name, flag]));
const fieldsByPath = new Map(KUBELET_CONFIG_FIELDS.map((field) => [field.path, field]));
const kubeconfigFieldsByPath = new Map(KUBECONFIG_FIELDS.map((field) => [field.path, field]));
const flagByConfigField = new Map(
  KUBELET_FLAGS.filter((flag) => flag.configField && flag.status !== 'removed').map((flag) => [flag.configField ?? '', flag]),
);

/** Single-letter shorthands the kubelet registers. */
const SHORTHANDS: ReadonlyMap<string, string> = new Map([
  ['v', 'v'],
  ['h', 'help'],
]);

export function kubeletFlag(name: string): KubeletFlagFact | undefined {
  return flagsByName.get(name);
}

export function kubeletFlagForShorthand(letter: string): KubeletFlagFact | undefined {
  const name = SHORTHANDS.get(letter);
  return name === undefined ? undefined : flagsByName.get(name);
}

export function configField(path: string): ConfigFieldFact | undefined {
  return fieldsByPath.get(path);
}

export function flagForConfigField(path: string): KubeletFlagFact | undefined {
  return flagByConfigField.get(path);
}

export function kubeconfigField(path: string): KubeconfigFieldFact | undefined {
  return kubeconfigFieldsByPath.get(path);
}

/** Compares `1.36`-style versions; negative when `a` is older. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const pb = b.split('.').map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * Whether the kubelet of `version` no longer accepts the flag. A flag marked removed without a known
 * release is treated as removed in every supported release.
 */
export function isFlagRemoved(flag: KubeletFlagFact, version: string): boolean {
  if (flag.removedIn) return compareVersions(version, flag.removedIn) >= 0;
  return flag.status === 'removed';
}
