import type { ProjectFile } from './project-file.js';
import { DEFAULT_SETTINGS, type ServiceSettings, type UserSettings } from './user-settings.js';

/** The layer above the project file, named in the notes that say it won. */
export type OverridingLayer = 'editor' | 'command line';

const show = (value: unknown): string => (Array.isArray(value) ? `[${value.join(', ')}]` : String(value));

const LAYER_KEY: Readonly<Record<string, string>> = { nodeRoots: 'nodeRoot' };

/**
 * Merges the layers: defaults, then the project file, then the editor settings or the command line.
 * `rules` merge per rule id (a rule set in both takes the upper level); every other key is replaced
 * whole. Each project-file value the upper layer replaces is noted, so the editor can say so.
 */
export function resolveSettings(
  upper: UserSettings,
  project: { readonly uri: string; readonly file: ProjectFile } | undefined,
  excludeBase: string | undefined,
  layer: OverridingLayer,
): ServiceSettings {
  const lower = project?.file.settings ?? {};
  const overridden = new Map<string, string>();
  const name = (key: string): string => (layer === 'editor' ? `the editor setting \`kubeletGuard.${key}\`` : 'the command line');
  for (const key of ['kubernetesVersion', 'nodeRoots', 'requireSuppressionReason', 'profile', 'exclude'] as const) {
    const below = lower[key];
    const above = upper[key];
    if (below === undefined || above === undefined || show(below) === show(above)) continue;
    const shown = LAYER_KEY[key] ?? key;
    overridden.set(shown, `\`${shown}: ${show(below)}\` in .kubelet-guard.yaml is overridden by ${name(shown)} (${show(above)}).`);
  }
  for (const [id, level] of Object.entries(lower.rules ?? {})) {
    const above = upper.rules?.[id];
    if (above !== undefined && above !== level) overridden.set(`rules.${id}`, `\`rules.${id}: ${level}\` in .kubelet-guard.yaml is overridden by ${name('rules')} (${above}).`);
  }
  return {
    kubernetesVersion: upper.kubernetesVersion ?? lower.kubernetesVersion ?? DEFAULT_SETTINGS.kubernetesVersion,
    nodeRoots: upper.nodeRoots ?? lower.nodeRoots ?? DEFAULT_SETTINGS.nodeRoots,
    requireSuppressionReason: upper.requireSuppressionReason ?? lower.requireSuppressionReason ?? false,
    profile: upper.profile ?? lower.profile ?? DEFAULT_SETTINGS.profile,
    rules: { ...lower.rules, ...upper.rules },
    exclude: upper.exclude ?? lower.exclude ?? DEFAULT_SETTINGS.exclude,
    excludeBase,
    projectFile: project?.uri,
    overridden,
  };
}
