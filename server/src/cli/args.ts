import { ALL_RULES, type Severity, type UserSettings } from '../service/index.js';
import { nearestNames } from '../service/text/edit-distance.js';

export type FailOn = Severity | 'none';
export type Format = 'text' | 'json' | 'sarif' | 'junit';

/** One report to write: a format and a file, or standard output when `file` is undefined. */
export interface OutputSpec {
  readonly format: Format;
  readonly file: string | undefined;
}

export interface CheckOptions {
  readonly paths: readonly string[];
  readonly outputs: readonly OutputSpec[];
  readonly failOn: FailOn;
  /** The command-line settings layer (nodeRoots still relative to the current directory). */
  readonly settings: Omit<UserSettings, 'projectFile'>;
  /** `--config FILE`; `null` for `--no-config`; undefined to look for .kubelet-guard.yaml in each PATH. */
  readonly configFile: string | null | undefined;
  readonly quiet: boolean;
  /** `--color` / `--no-color`; `auto` decides from the terminal and NO_COLOR / FORCE_COLOR. */
  readonly color: 'auto' | 'always' | 'never';
}

export type Parsed = { readonly kind: 'check'; readonly options: CheckOptions } | { readonly kind: 'help' } | { readonly kind: 'version' } | { readonly kind: 'error'; readonly message: string };

const FAIL_ON: Record<string, FailOn> = { error: 'error', warning: 'warning', info: 'information', information: 'information', hint: 'hint', none: 'none' };
const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'junit'];
const LEVELS = ['off', 'hint', 'info', 'warning', 'error'] as const;
const PROFILES = ['all', 'cis-level1', 'cis-level2'] as const;

export const USAGE = `Usage: kubelet-guard check [options] PATH...

Checks kubelet systemd units, env files, KubeletConfiguration and kubeconfig files.
Each PATH (a file or a folder) is a workspace of its own; its files are grouped into nodes
as the editor groups them, and its .kubelet-guard.yaml (at the PATH's root) is read.

Output:
  --format text|json|sarif|junit
                              a report format (default: text); repeat for several reports
  -o, --output FILE           write the report of the --format before it to FILE (without a
                              --format before it, the format follows the extension: .sarif,
                              .json, .xml, else text); reports without a file go to stdout
  -q, --quiet                 text report: only errors, and nothing at all when there is none
  --color, --no-color         force colour in the text report on or off (default: on a terminal,
                              unless NO_COLOR is set)

Policy (these win over .kubelet-guard.yaml, key by key):
  --fail-on error|warning|info|hint|none
                              lowest severity that makes the exit code 1 (default: warning)
  --config FILE               read this project file instead of PATH/.kubelet-guard.yaml
  --no-config                 read no project file
  --profile all|cis-level1|cis-level2
                              which rules are on (default: all)
  --rule ID=LEVEL             a rule's level: off, hint, info, warning or error (repeatable)
  --kubernetes-version 1.N    Kubernetes release of the nodes (default: 1.36)
  --node-root DIR             a folder that mirrors a node's / (repeatable)
  --exclude GLOB              leave matching files unreported (repeatable)

  -h, --help                  show this help
  --version                   show the version

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or I/O error.
The exit code depends only on the findings and --fail-on, never on the formats chosen.`;

/** The format a file name implies, for `--output` without a `--format` before it. */
export function formatFromFileName(file: string): Format {
  if (/\.sarif(\.json)?$/i.test(file)) return 'sarif';
  if (/\.json$/i.test(file)) return 'json';
  if (/\.xml$/i.test(file)) return 'junit';
  return 'text';
}

/** Parses the command line; never throws. */
export function parseArgs(argv: readonly string[]): Parsed {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return { kind: 'help' };
  if (argv[0] === '--version') return { kind: 'version' };
  if (argv[0] !== 'check') return { kind: 'error', message: `unknown command "${argv[0]}" (expected "check")` };
  const paths: string[] = [];
  const nodeRoots: string[] = [];
  const exclude: string[] = [];
  const rules: Record<string, (typeof LEVELS)[number]> = {};
  const outputs: { format: Format; file: string | undefined; fromFormat: boolean }[] = [];
  let failOn: FailOn = 'warning';
  let kubernetesVersion: string | undefined;
  let profile: (typeof PROFILES)[number] | undefined;
  let configFile: string | null | undefined;
  let quiet = false;
  let color: CheckOptions['color'] = 'auto';
  let onlyPaths = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyPaths) {
      paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const inline = arg.startsWith('--') && eq > 0;
    const name = inline ? arg.slice(0, eq) : arg;
    const takeValue = (): string | undefined => (inline ? arg.slice(eq + 1) : argv[++i]);
    switch (name) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '--':
        onlyPaths = true;
        break;
      case '--format': {
        const value = takeValue();
        if (!FORMATS.includes(value as Format)) return { kind: 'error', message: `--format must be ${FORMATS.join(', ')}, not "${value ?? ''}"` };
        outputs.push({ format: value as Format, file: undefined, fromFormat: true });
        break;
      }
      case '-o':
      case '--output': {
        const value = takeValue();
        if (!value) return { kind: 'error', message: `${name} needs a file name` };
        const last = outputs[outputs.length - 1];
        if (last && last.fromFormat && last.file === undefined) last.file = value;
        else outputs.push({ format: formatFromFileName(value), file: value, fromFormat: false });
        break;
      }
      case '--fail-on': {
        const value = FAIL_ON[takeValue() ?? ''];
        if (!value) return { kind: 'error', message: '--fail-on must be error, warning, info, hint or none' };
        failOn = value;
        break;
      }
      case '--kubernetes-version': {
        const value = takeValue() ?? '';
        if (!/^1\.\d+$/.test(value)) return { kind: 'error', message: `--kubernetes-version must look like 1.36, not "${value}"` };
        kubernetesVersion = value;
        break;
      }
      case '--profile': {
        const value = takeValue() ?? '';
        if (!(PROFILES as readonly string[]).includes(value)) return { kind: 'error', message: `--profile must be ${PROFILES.join(', ')}, not "${value}"` };
        profile = value as (typeof PROFILES)[number];
        break;
      }
      case '--rule': {
        const value = takeValue() ?? '';
        const match = /^([^=]+)=(.*)$/.exec(value);
        if (!match) return { kind: 'error', message: `--rule takes ID=LEVEL, such as kubelet-event-qps=off, not "${value}"` };
        const [, id = '', level = ''] = match;
        const ids = ALL_RULES.map((rule) => rule.id);
        if (!ids.includes(id)) {
          const [near] = nearestNames(id, ids);
          return { kind: 'error', message: `--rule: unknown rule "${id}"${near ? ` (did you mean ${near}?)` : ''}` };
        }
        if (!(LEVELS as readonly string[]).includes(level)) return { kind: 'error', message: `--rule ${id}: the level must be ${LEVELS.join(', ')}, not "${level}"` };
        rules[id] = level as (typeof LEVELS)[number];
        break;
      }
      case '--config': {
        const value = takeValue();
        if (!value) return { kind: 'error', message: '--config needs a file' };
        configFile = value;
        break;
      }
      case '--no-config':
        configFile = null;
        break;
      case '--node-root': {
        const value = takeValue();
        if (!value) return { kind: 'error', message: '--node-root needs a folder' };
        nodeRoots.push(value);
        break;
      }
      case '--exclude': {
        const value = takeValue();
        if (!value) return { kind: 'error', message: '--exclude needs a glob pattern' };
        exclude.push(value);
        break;
      }
      case '-q':
      case '--quiet':
        quiet = true;
        break;
      case '--color':
        color = 'always';
        break;
      case '--no-color':
        color = 'never';
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') return { kind: 'error', message: `unknown option ${arg}` };
        paths.push(arg);
    }
  }
  if (paths.length === 0) return { kind: 'error', message: 'no PATH given' };
  if (outputs.length === 0) outputs.push({ format: 'text', file: undefined, fromFormat: true });
  if (outputs.filter((output) => output.file === undefined).length > 1) return { kind: 'error', message: 'only one report can go to standard output: give the others --output FILE' };
  const settings: CheckOptions['settings'] = {
    ...(kubernetesVersion !== undefined ? { kubernetesVersion } : {}),
    ...(profile !== undefined ? { profile } : {}),
    ...(Object.keys(rules).length > 0 ? { rules } : {}),
    ...(nodeRoots.length > 0 ? { nodeRoots } : {}),
    ...(exclude.length > 0 ? { exclude } : {}),
  };
  return {
    kind: 'check',
    options: { paths, outputs: outputs.map(({ format, file }) => ({ format, file })), failOn, settings, configFile, quiet, color },
  };
}
