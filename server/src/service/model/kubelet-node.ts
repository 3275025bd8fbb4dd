import type { SourceFile } from './source-files.js';
import type { AssembledService, EnvironmentFileEntry, ExecStartEntry } from './unit-assembly.js';
import type { ExecCommand } from '../parse/exec/exec-command.js';
import type { ExpandedWord, VariableDefinition } from '../parse/exec/expand.js';
import type { FlagOccurrence, KubeletCommandLine } from '../parse/flags/command-line.js';
import type { YamlDocumentInfo } from '../parse/yaml/yaml-file.js';
import type { Span } from '../text/span.js';

export type UnitSource = SourceFile & { readonly kind: 'unit' };
export type EnvSource = SourceFile & { readonly kind: 'env' };
export type YamlSource = SourceFile & { readonly kind: 'yaml' };

export interface ResolvedEnvironmentFile extends EnvironmentFileEntry {
  /** The workspace file it resolved to; undefined when it is not in the workspace. */
  readonly file: EnvSource | undefined;
}

/** A file named by a flag (`--config`, `--kubeconfig`...), and the workspace file it resolved to. */
export interface FlagFileReference {
  readonly flag: FlagOccurrence;
  readonly path: string;
  readonly uri: string | undefined;
}

/** The KubeletConfiguration document a node reads, from `--config` or a `--config-dir` fragment. */
export interface ConfigSource {
  readonly uri: string;
  readonly file: YamlSource;
  /** The KubeletConfiguration document; undefined when the file holds none. */
  readonly document: YamlDocumentInfo | undefined;
  readonly fragment: boolean;
}

/**
 * Everything the kubelet of one node is started with, rebuilt from the workspace: the unit and its
 * drop-ins, the env files they load, the resulting command line, and the config files it names.
 * How the node was found decides what is known: a node seeded from a lone env file or config file
 * has no known command line, and then nothing is judged from flag defaults.
 */
export interface KubeletNode {
  readonly id: string;
  readonly seed: 'unit' | 'env-file' | 'config-file';
  /** Main unit first (when in the workspace), then drop-ins in the order systemd applies them. */
  readonly units: readonly UnitSource[];
  readonly service: AssembledService | undefined;
  /** The `ExecStart=` in force, when there is exactly one or the last of several. */
  readonly execStart: (ExecStartEntry & { readonly command: ExecCommand }) | undefined;
  readonly environmentFiles: readonly ResolvedEnvironmentFile[];
  /** Variable values as the process will see them: env files override `Environment=`. */
  readonly variables: ReadonlyMap<string, VariableDefinition>;
  readonly undefinedVariables: readonly { readonly name: string; readonly reference: Span | undefined }[];
  /** The kubelet's arguments after expansion; empty when the command line is unknown. */
  readonly args: readonly ExpandedWord[];
  readonly commandLine: KubeletCommandLine;
  /**
   * True when every flag the kubelet receives is known: the `ExecStart=` is known and no env file it
   * may read is missing from the workspace. When false, absent flags are not judged from defaults.
   */
  readonly commandLineComplete: boolean;
  readonly config: FlagFileReference | undefined;
  /** Undefined when there is no --config, or its file is not in the workspace. */
  readonly configSource: ConfigSource | undefined;
  readonly configDir: FlagFileReference | undefined;
  /** `--config-dir` fragments, in the order the kubelet merges them. */
  readonly configFragments: readonly ConfigSource[];
  readonly kubeconfigs: readonly FlagFileReference[];
  /** URIs of every workspace file that makes up the node. */
  readonly members: ReadonlySet<string>;
}

/** Last occurrence of each flag, built once per command line (rules ask for it once per flag). */
const lastByName = new WeakMap<KubeletCommandLine, Map<string, FlagOccurrence>>();

/** The last occurrence of a flag: the one the kubelet keeps. */
export function lastFlag(node: KubeletNode, name: string): FlagOccurrence | undefined {
  let index = lastByName.get(node.commandLine);
  if (!index) {
    index = new Map();
    for (const flag of node.commandLine.flags) index.set(flag.name, flag);
    lastByName.set(node.commandLine, index);
  }
  return index.get(name);
}
