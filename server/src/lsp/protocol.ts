/**
 * The settings the client sends under `kubeletGuard` (resource-scoped, read through
 * `workspace/configuration`). Types only: the client imports this file for its types.
 */
export interface KubeletGuardSettings {
  /** Check files at all. */
  readonly enable: boolean;
  /** Folders that mirror a node's `/`; relative entries are relative to the workspace folder. */
  readonly nodeRoot: readonly string[];
  /** Kubernetes minor release the nodes run, such as `1.36`. */
  readonly kubernetesVersion: string;
  /** Do not check untitled documents. */
  readonly ignoreUntitled: boolean;
  /** Report suppression comments that give no reason. */
  readonly requireSuppressionReason: boolean;
}

export const DEFAULT_CLIENT_SETTINGS: KubeletGuardSettings = {
  enable: true,
  nodeRoot: [],
  kubernetesVersion: '1.36',
  ignoreUntitled: false,
  requireSuppressionReason: false,
};
