import type { RuleSettings } from '../rules/rule.js';
import type { Profile, RuleLevel, SettingSpec } from './catalogue.js';
import { RULE_LEVELS, settingSpec } from './catalogue.js';

/**
 * Settings as one layer states them: the editor's settings, a `.kubelet-guard.yaml` or the CLI's
 * options. Only what the layer says is present; an absent key leaves the value to the layer below.
 */
export interface UserSettings {
  readonly kubernetesVersion?: string;
  /** Absolute paths. */
  readonly nodeRoots?: readonly string[];
  readonly requireSuppressionReason?: boolean;
  readonly profile?: Profile;
  readonly rules?: Readonly<Record<string, RuleLevel>>;
  readonly exclude?: readonly string[];
  /**
   * The project file to read, as a URI; when absent, `.kubelet-guard.yaml` at the root of the file's
   * workspace folder; `null` reads none.
   */
  readonly projectFile?: string | null;
}

/** The settings in force for one file, every layer merged: what rules and the engine see. */
export interface ServiceSettings extends RuleSettings {
  readonly profile: Profile;
  readonly rules: Readonly<Record<string, RuleLevel>>;
  readonly exclude: readonly string[];
  /** The folder (a path) `exclude` patterns are relative to: the file's workspace folder. */
  readonly excludeBase: string | undefined;
  /** The project file that was read, when one was. */
  readonly projectFile: string | undefined;
  /** Keys of the project file that a higher layer (the editor settings, the CLI) replaced, with a sentence each. */
  readonly overridden: ReadonlyMap<string, string>;
}

export const DEFAULT_SETTINGS: ServiceSettings = {
  kubernetesVersion: '1.36',
  nodeRoots: [],
  requireSuppressionReason: false,
  profile: 'all',
  rules: {},
  exclude: [],
  excludeBase: undefined,
  projectFile: undefined,
  overridden: new Map(),
};

/** A setting value checked against its spec: the value to use, or what is wrong with it. */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Checks a value for a setting of the catalogue; the messages name what was expected. */
export function checkSettingValue(spec: SettingSpec, value: unknown): Checked<unknown> {
  const type = spec.type;
  switch (type.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, message: `\`${spec.key}\` must be true or false.` };
    case 'string':
      if (typeof value !== 'string') return { ok: false, message: `\`${spec.key}\` must be a string${type.patternHint ? ` (${type.patternHint})` : ''}.` };
      if (type.pattern && !new RegExp(type.pattern).test(value)) return { ok: false, message: `\`${spec.key}\` must be ${type.patternHint ?? `a string matching ${type.pattern}`}, not "${value}".` };
      return { ok: true, value };
    case 'enum': {
      const allowed = type.values.map((v) => v.value);
      return typeof value === 'string' && allowed.includes(value) ? { ok: true, value } : { ok: false, message: `\`${spec.key}\` must be one of ${allowed.join(', ')}${typeof value === 'string' ? `, not "${value}"` : ''}.` };
    }
    case 'string-list':
      if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return { ok: true, value };
      return { ok: false, message: `\`${spec.key}\` must be a list of strings.` };
    case 'rule-levels':
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? { ok: true, value } : { ok: false, message: `\`${spec.key}\` must be a map from rule id to ${RULE_LEVELS.map((l) => l.value).join(', ')}.` };
  }
}

export function isRuleLevel(value: unknown): value is RuleLevel {
  return typeof value === 'string' && RULE_LEVELS.some((level) => level.value === value);
}

/**
 * Reads one settings layer from plain values (the editor's `kubeletGuard` section, or a parsed object),
 * keeping only well-formed values: a bad value never crashes anything and never overrides a good one
 * below it. `resolvePath` makes `nodeRoot` entries absolute.
 */
export function readSettingsLayer(raw: unknown, resolvePath: (path: string) => string, projectFileKeysOnly = false): UserSettings {
  const value = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const out: { -readonly [K in keyof UserSettings]: UserSettings[K] } = {};
  const take = (key: string): unknown => {
    const spec = settingSpec(key);
    if (!spec || !(key in value) || value[key] === undefined || value[key] === null) return undefined;
    if (projectFileKeysOnly && !spec.inProjectFile) return undefined;
    const checked = checkSettingValue(spec, value[key]);
    return checked.ok ? checked.value : undefined;
  };
  const version = take('kubernetesVersion');
  if (typeof version === 'string') out.kubernetesVersion = version;
  // A single folder as a string is accepted too: clients other than VS Code often send it so.
  const rawRoot = value['nodeRoot'];
  const nodeRoot = typeof rawRoot === 'string' && rawRoot !== '' && !projectFileKeysOnly ? [rawRoot] : take('nodeRoot');
  if (Array.isArray(nodeRoot)) out.nodeRoots = (nodeRoot as string[]).filter((root) => root !== '').map(resolvePath);
  const requireReason = take('requireSuppressionReason');
  if (typeof requireReason === 'boolean') out.requireSuppressionReason = requireReason;
  const profile = take('profile');
  if (typeof profile === 'string') out.profile = profile as Profile;
  const rules = take('rules');
  if (rules) {
    const levels: Record<string, RuleLevel> = {};
    for (const [id, level] of Object.entries(rules as Record<string, unknown>)) if (isRuleLevel(level)) levels[id] = level;
    out.rules = levels;
  }
  const exclude = take('exclude');
  if (Array.isArray(exclude)) out.exclude = (exclude as string[]).filter((pattern) => pattern.trim() !== '');
  return out;
}


/**
 * Whether two layers say the same thing. Hosts may hand over a fresh object for every request; the
 * analysis cache must not take that for a change, so values are compared, not identities.
 */
export function sameUserSettings(a: UserSettings, b: UserSettings): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof UserSettings)[]);
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length || x.some((item, i) => item !== y[i])) return false;
    } else if (x && y && typeof x === 'object' && typeof y === 'object') {
      const left = Object.entries(x);
      if (left.length !== Object.keys(y).length || left.some(([k, v]) => (y as Record<string, unknown>)[k] !== v)) return false;
    } else return false;
  }
  return true;
}
