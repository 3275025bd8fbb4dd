import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_CLIENT_SETTINGS, type KubeletGuardSettings } from './protocol.js';
import { readSettingsLayer, uriToPath, type UserSettings } from '../service/index.js';

/** Accepts whatever the client sent and keeps only well-formed values, so bad settings never crash us. */
export function normaliseSettings(raw: unknown): KubeletGuardSettings {
  const value = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return {
    enable: typeof value['enable'] === 'boolean' ? value['enable'] : DEFAULT_CLIENT_SETTINGS.enable,
    ignoreUntitled: typeof value['ignoreUntitled'] === 'boolean' ? value['ignoreUntitled'] : DEFAULT_CLIENT_SETTINGS.ignoreUntitled,
    section: value,
  };
}

/** The service's view of the editor settings: one settings layer, node roots made absolute against the document's folder. */
export function toUserSettings(settings: KubeletGuardSettings, folderPath: string | undefined): UserSettings {
  return readSettingsLayer(settings.section, (root) => (path.isAbsolute(root) || folderPath === undefined ? path.resolve(root) : path.resolve(folderPath, root)));
}

/**
 * Fetches resource-scoped settings with `workspace/configuration` when the client supports it, and
 * caches them per document until the configuration changes. Clients without it get the settings from
 * `didChangeConfiguration` or the initialization options.
 */
export class SettingsCache {
  private readonly perDocument = new Map<string, Promise<KubeletGuardSettings>>();
  private global: KubeletGuardSettings = DEFAULT_CLIENT_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private readonly pull: () => boolean,
  ) {}

  setGlobal(raw: unknown): void {
    this.global = normaliseSettings(raw);
    this.perDocument.clear();
  }

  clear(): void {
    this.perDocument.clear();
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }

  get(uri: string): Promise<KubeletGuardSettings> {
    if (!this.pull()) return Promise.resolve(this.global);
    let pending = this.perDocument.get(uri);
    if (!pending) {
      pending = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'kubeletGuard' })
        .then((raw: unknown) => normaliseSettings(raw ?? this.global), () => this.global);
      this.perDocument.set(uri, pending);
    }
    return pending;
  }
}

/** The workspace folder (as a path) that holds a document, for resolving relative node roots. */
export function folderOf(uri: string, folders: readonly string[]): string | undefined {
  const file = uriToPath(uri);
  if (file === undefined) return folders.map((f) => uriToPath(f)).find((p) => p !== undefined);
  let best: string | undefined;
  for (const folder of folders) {
    const folderPath = uriToPath(folder);
    if (folderPath !== undefined && (file === folderPath || file.startsWith(`${folderPath.replace(/\/$/, '')}/`)) && (!best || folderPath.length > best.length)) best = folderPath;
  }
  return best;
}
