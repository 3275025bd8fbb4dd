/**
 * The settings the client sends under `kubeletGuard` (resource-scoped, read through
 * `workspace/configuration`). Only the values the user set are sent (the VS Code client strips the
 * defaults), so an absent key lets `.kubelet-guard.yaml` decide. Types only.
 */
export interface KubeletGuardSettings {
  /** Check files at all. */
  readonly enable: boolean;
  /** Do not check untitled documents. */
  readonly ignoreUntitled: boolean;
  /** The `kubeletGuard` section as sent, for the service's settings layer (read in settings.ts). */
  readonly section: Readonly<Record<string, unknown>>;
}

export const DEFAULT_CLIENT_SETTINGS: KubeletGuardSettings = {
  enable: true,
  ignoreUntitled: false,
  section: {},
};
