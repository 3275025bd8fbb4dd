/**
 * Every Kubelet Guard setting, described once. The `contributes.configuration` section of
 * package.json, the README's settings section, the validation of `.kubelet-guard.yaml` and its hover
 * and completion are all generated from this list (a drift test keeps package.json and the README in
 * step), so a setting cannot mean one thing in the editor and another in CI.
 */

export type Profile = 'all' | 'cis-level1' | 'cis-level2';
export type RuleLevel = 'off' | 'hint' | 'info' | 'warning' | 'error';

export const PROFILES: readonly { readonly value: Profile; readonly description: string }[] = [
  { value: 'all', description: 'Every rule: correctness, the CIS benchmark (levels 1 and 2) and hardening beyond it.' },
  { value: 'cis-level1', description: 'Correctness rules and the CIS Kubernetes Benchmark level 1 recommendations for the kubelet.' },
  { value: 'cis-level2', description: 'Correctness rules and the CIS Kubernetes Benchmark level 1 and level 2 recommendations for the kubelet.' },
];

export const RULE_LEVELS: readonly { readonly value: RuleLevel; readonly description: string }[] = [
  { value: 'off', description: 'Turn the rule off.' },
  { value: 'hint', description: 'Report as a hint (shown faintly in the editor, never fails CI unless `--fail-on hint`).' },
  { value: 'info', description: 'Report as information.' },
  { value: 'warning', description: 'Report as a warning.' },
  { value: 'error', description: 'Report as an error.' },
];

/** The JSON-schema shape of a setting's value, as VS Code's settings editor understands it. */
export type SettingType =
  | { readonly kind: 'boolean' }
  | { readonly kind: 'string'; readonly pattern?: string; readonly patternHint?: string }
  | { readonly kind: 'enum'; readonly values: readonly { readonly value: string; readonly description: string }[] }
  | { readonly kind: 'string-list' }
  | { readonly kind: 'rule-levels' };

export interface SettingSpec {
  /** The key under `kubeletGuard.` in the editor, and at the top of `.kubelet-guard.yaml`. */
  readonly key: string;
  readonly type: SettingType;
  readonly default: boolean | string | readonly string[] | Readonly<Record<string, never>>;
  /** `resource` settings can differ per workspace folder; `window` ones apply to the whole window. */
  readonly scope: 'resource' | 'window';
  /** Markdown, in our own words; the first sentence doubles as the short description. */
  readonly description: string;
  /** Whether `.kubelet-guard.yaml` may hold it (editor-only switches may not: CI has no editor). */
  readonly inProjectFile: boolean;
  /** An example value for the README and completion snippets. */
  readonly example?: string;
}

export const SETTINGS: readonly SettingSpec[] = [
  {
    key: 'enable',
    type: { kind: 'boolean' },
    default: true,
    scope: 'resource',
    description: 'Check kubelet units, env files, KubeletConfiguration and kubeconfig files in this folder.',
    inProjectFile: false,
  },
  {
    key: 'profile',
    type: { kind: 'enum', values: PROFILES },
    default: 'all',
    scope: 'resource',
    description:
      'Which rules are on unless `rules` says otherwise. `all` turns on every rule; `cis-level1` and `cis-level2` keep the correctness rules (what the kubelet, systemd or client-go refuse or silently drop) and the CIS Kubernetes Benchmark recommendations of that level, and leave out hardening checks beyond the benchmark.',
    inProjectFile: true,
    example: 'cis-level1',
  },
  {
    key: 'rules',
    type: { kind: 'rule-levels' },
    default: {},
    scope: 'resource',
    description:
      'Per-rule severity, by rule id: `off`, `hint`, `info`, `warning` or `error`. A level given here turns the rule on whatever the profile, and replaces the severity the rule would report.',
    inProjectFile: true,
    example: '{ "kubelet-event-qps": "off", "kubelet-read-only-port": "error" }',
  },
  {
    key: 'kubernetesVersion',
    type: { kind: 'string', pattern: '^1\\.[0-9]+$', patternHint: 'a Kubernetes minor release such as 1.36' },
    default: '1.36',
    scope: 'resource',
    description: 'The Kubernetes minor release the nodes run, such as `1.36`. It decides which flags count as removed (and stop the kubelet) or deprecated.',
    inProjectFile: true,
    example: '1.36',
  },
  {
    key: 'nodeRoot',
    type: { kind: 'string-list' },
    default: [],
    scope: 'resource',
    description:
      'Folders that mirror a node\'s `/`: on-node paths such as `/var/lib/kubelet/config.yaml` are looked up under them first. Relative entries are relative to the workspace folder (in `.kubelet-guard.yaml`, to the folder holding it).',
    inProjectFile: true,
    example: '["nodes/worker"]',
  },
  {
    key: 'exclude',
    type: { kind: 'string-list' },
    default: [],
    scope: 'resource',
    description:
      'Glob patterns of files to leave unreported, relative to the workspace folder (`*`, `**`, `?`, `{a,b}`, `[abc]`; a pattern without `/` matches a file or folder name at any depth). Excluded files are still read when a node refers to them, so the values they set still count.',
    inProjectFile: true,
    example: '["examples/**", "*.rendered.yaml"]',
  },
  {
    key: 'requireSuppressionReason',
    type: { kind: 'boolean' },
    default: false,
    scope: 'resource',
    description: 'Warn about `# kubelet-guard-disable-...` comments that give no reason after ` -- `.',
    inProjectFile: true,
    example: 'true',
  },
  {
    key: 'ignoreUntitled',
    type: { kind: 'boolean' },
    default: false,
    scope: 'resource',
    description: 'Do not check untitled (never saved) documents.',
    inProjectFile: false,
  },
  {
    key: 'trace.server',
    type: { kind: 'enum', values: [
      { value: 'off', description: 'No trace.' },
      { value: 'messages', description: 'Log each message\'s name.' },
      { value: 'verbose', description: 'Log each message with its content.' },
    ] },
    default: 'off',
    scope: 'window',
    description: 'Log the messages between the editor and the Kubelet Guard language server in its output channel.',
    inProjectFile: false,
  },
];

/** The name of the project file, looked up at the root of each workspace folder (and of each CLI path). */
export const PROJECT_FILE_NAME = '.kubelet-guard.yaml';

export function settingSpec(key: string): SettingSpec | undefined {
  return SETTINGS.find((setting) => setting.key === key);
}

/** The values a setting takes, in Markdown; enum values with what each means when `explained`. */
export function describeValues(spec: SettingSpec, explained = false): string {
  switch (spec.type.kind) {
    case 'boolean':
      return '`true`, `false`';
    case 'string':
      return spec.type.patternHint ?? 'a string';
    case 'enum':
      return spec.type.values.map((v) => (explained ? `\`${v.value}\` (${v.description})` : `\`${v.value}\``)).join(explained ? '; ' : ', ');
    case 'string-list':
      return 'a list of strings';
    case 'rule-levels':
      return `rule id → ${RULE_LEVELS.map((l) => `\`${l.value}\``).join(', ')}`;
  }
}

/** The first sentence of a description, for short labels. */
export function firstSentence(markdown: string): string {
  const end = markdown.search(/\.(\s|$)/);
  return end < 0 ? markdown : markdown.slice(0, end + 1);
}
