import { workspace, Uri } from 'vscode';

type Inspected = ReturnType<ReturnType<typeof workspace.getConfiguration>['inspect']>;

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The value the user set for one key, most specific scope last; maps (such as `rules`) are merged
 * across scopes the way VS Code merges them. Undefined when no scope sets it: then the default stays
 * out of the request, and `.kubelet-guard.yaml` can decide.
 */
function explicitValue(inspected: Inspected): unknown {
  if (!inspected) return undefined;
  const layers = [inspected.globalValue, inspected.globalLanguageValue, inspected.workspaceValue, inspected.workspaceLanguageValue, inspected.workspaceFolderValue, inspected.workspaceFolderLanguageValue].filter((value) => value !== undefined);
  if (layers.length === 0) return undefined;
  if (layers.every(isPlainObject)) return Object.assign({}, ...layers);
  return layers[layers.length - 1];
}

/** The `kubeletGuard` settings the user set explicitly for a resource, keyed without the prefix. */
export function explicitSettings(keys: readonly string[], scopeUri: string | undefined): Record<string, unknown> {
  const configuration = workspace.getConfiguration('kubeletGuard', scopeUri ? Uri.parse(scopeUri) : undefined);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = explicitValue(configuration.inspect(key));
    if (value !== undefined) out[key] = value;
  }
  return out;
}
