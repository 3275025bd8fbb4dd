import type { Severity } from '../service/index.js';

export type FailOn = Severity | 'none';
export type Format = 'text' | 'json';

export interface CheckOptions {
  readonly paths: readonly string[];
  readonly format: Format;
  readonly failOn: FailOn;
  readonly kubernetesVersion: string;
  readonly nodeRoots: readonly string[];
  readonly color: boolean;
}

export type Parsed = { readonly kind: 'check'; readonly options: CheckOptions } | { readonly kind: 'help' } | { readonly kind: 'version' } | { readonly kind: 'error'; readonly message: string };

const FAIL_ON: Record<string, FailOn> = { error: 'error', warning: 'warning', info: 'information', information: 'information', hint: 'hint', none: 'none' };

export const USAGE = `Usage: kubelet-guard check [options] PATH...

Checks kubelet systemd units, env files, KubeletConfiguration and kubeconfig files.
Each PATH (a file or a folder) is a workspace of its own; its files are grouped into nodes
as the editor groups them.

Options:
  --format text|json          output format (default: text)
  --fail-on error|warning|info|hint|none
                              lowest severity that makes the exit code 1 (default: warning)
  --kubernetes-version 1.N    Kubernetes release of the nodes (default: 1.36)
  --node-root DIR             a folder that mirrors a node's / (repeatable)
  -h, --help                  show this help
  --version                   show the version

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or I/O error.`;

/** Parses the command line; never throws. */
export function parseArgs(argv: readonly string[]): Parsed {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return { kind: 'help' };
  if (argv[0] === '--version') return { kind: 'version' };
  if (argv[0] !== 'check') return { kind: 'error', message: `unknown command "${argv[0]}" (expected "check")` };
  const paths: string[] = [];
  const nodeRoots: string[] = [];
  let format: Format = 'text';
  let failOn: FailOn = 'warning';
  let kubernetesVersion = '1.36';
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const takeValue = (): string | undefined => (eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++i]);
    switch (name) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '--format': {
        const value = takeValue();
        if (value !== 'text' && value !== 'json') return { kind: 'error', message: `--format must be text or json, not "${value ?? ''}"` };
        format = value;
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
      case '--node-root': {
        const value = takeValue();
        if (!value) return { kind: 'error', message: '--node-root needs a folder' };
        nodeRoots.push(value);
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') return { kind: 'error', message: `unknown option ${arg}` };
        paths.push(arg);
    }
  }
  if (paths.length === 0) return { kind: 'error', message: 'no PATH given' };
  return { kind: 'check', options: { paths, format, failOn, kubernetesVersion, nodeRoots, color: false } };
}
