import { SourceFiles } from './source-files.js';
import type { ConfigSource, EnvSource, FlagFileReference, KubeletNode, ResolvedEnvironmentFile, UnitSource, YamlSource } from './kubelet-node.js';
import { lastFlag } from './kubelet-node.js';
import { assembleService } from './unit-assembly.js';
import { resolveOnNodeFolder, resolveOnNodePath, type ResolveContext, type WorkspaceFileIndex } from './resolve-path.js';
import { parseExecCommand } from '../parse/exec/exec-command.js';
import { expandWords, type ExpandedWord, type VariableDefinition } from '../parse/exec/expand.js';
import { extractWords } from '../parse/exec/extract-words.js';
import { parseKubeletArgs, type FlagOccurrence, type KubeletCommandLine } from '../parse/flags/command-line.js';
import type { YamlDocumentInfo } from '../parse/yaml/yaml-file.js';
import { tracedSpan } from '../text/traced.js';
import type { Span } from '../text/span.js';
import { basename, uriToPath } from '../workspace/uri.js';

export interface BuildContext {
  readonly files: SourceFiles;
  readonly index: WorkspaceFileIndex;
  readonly nodeRoots: readonly string[];
}

const FILE_FLAGS = ['kubeconfig', 'bootstrap-kubeconfig'];

function resolveContextFor(uri: string | undefined, context: BuildContext): ResolveContext {
  return { referrerPath: uri !== undefined ? uriToPath(uri) : undefined, nodeRoots: context.nodeRoots };
}

function envAssignmentsAsVariables(file: EnvSource): VariableDefinition[] {
  return file.env.assignments.map((assignment) => ({
    name: assignment.name,
    value: assignment.value,
    span: { uri: file.uri, start: assignment.start, end: assignment.end },
    via: 'EnvironmentFile' as const,
  }));
}

/** True when the program systemd starts is the kubelet binary itself. */
export function runsKubelet(path: string): boolean {
  return basename(path) === 'kubelet';
}

/** Builds the node of a unit and its drop-ins (in systemd's order). */
export function buildUnitNode(id: string, units: readonly UnitSource[], context: BuildContext): KubeletNode | undefined {
  const service = assembleService(units.map((unit) => unit.unit));
  const members = new Set(units.map((unit) => unit.uri));
  const environmentFiles: ResolvedEnvironmentFile[] = service.environmentFiles.map((entry) => {
    const found = resolveOnNodePath(entry.path, resolveContextFor(entry.uri, context), context.index);
    const file = found ? context.files.get(found.uri, 'env') : undefined;
    if (found) members.add(found.uri);
    return { ...entry, file: file?.kind === 'env' ? file : undefined };
  });
  // The process environment: Environment= first, then each env file in order, later values winning.
  const variables = new Map<string, VariableDefinition>(service.environment);
  for (const entry of environmentFiles) {
    if (entry.file) for (const definition of envAssignmentsAsVariables(entry.file)) variables.set(definition.name, definition);
  }
  const missingEnvFile = environmentFiles.some((entry) => !entry.file);
  const last = service.execStarts[service.execStarts.length - 1];
  const undefinedVariables: { name: string; reference: Span | undefined }[] = [];
  let args: ExpandedWord[] = [];
  let execStart: KubeletNode['execStart'];
  if (last) {
    const command = parseExecCommand(last.directive.value);
    execStart = { ...last, command };
    if (!command.path || !runsKubelet(command.path.value.text)) return undefined;
    // The `:` prefix turns variable expansion off: the words reach the kubelet as written.
    const lookup = command.prefixes.includes(':') ? (): undefined => undefined : (name: string) => variables.get(name);
    args = command.prefixes.includes(':')
      ? command.args.map((word) => ({ value: word.value, span: tracedSpan(word.value), rawSpan: tracedSpan(last.directive.value, word.rawFrom, word.rawTo) }))
      : expandWords(command.args, last.directive.value, lookup, (name, reference) => undefinedVariables.push({ name, reference }));
  } else if (!units.some((unit) => basename(uriToPath(unit.uri) ?? '').startsWith('kubelet'))) {
    return undefined;
  }
  // Without an ExecStart= (a drop-in seen alone), flags written in variables are the best we know.
  const groups = last ? [args] : flagWordsOfVariables(variables);
  const referencesVariables = last ? /\$/.test(last.directive.value.text) : true;
  const commandLineComplete = last !== undefined && !(missingEnvFile && referencesVariables);
  return finishNode(id, 'unit', units, service, execStart, environmentFiles, variables, undefinedVariables, groups, commandLineComplete, members, context);
}

/** A node seeded from an env file that no unit in the workspace loads: its flag-like values. */
export function buildEnvFileNode(file: EnvSource, context: BuildContext): KubeletNode {
  const variables = new Map(envAssignmentsAsVariables(file).map((definition) => [definition.name, definition]));
  return finishNode(`env:${file.uri}`, 'env-file', [], undefined, undefined, [], variables, [], flagWordsOfVariables(variables), false, new Set([file.uri]), context);
}

/** A node seeded from a KubeletConfiguration file that no unit in the workspace names. */
export function buildConfigFileNode(file: YamlSource, document: YamlDocumentInfo): KubeletNode {
  const configSource: ConfigSource = { uri: file.uri, file, document, fragment: false };
  return {
    id: `config:${file.uri}`,
    seed: 'config-file',
    units: [],
    service: undefined,
    execStart: undefined,
    environmentFiles: [],
    variables: new Map(),
    undefinedVariables: [],
    args: [],
    commandLine: { flags: [], problems: [] },
    commandLineComplete: false,
    config: undefined,
    configSource,
    configDir: undefined,
    configFragments: [],
    kubeconfigs: [],
    members: new Set([file.uri]),
  };
}

/**
 * The flag-like values of variables when no ExecStart= says how they are used: each variable is its own
 * list of arguments (so a flag at the end of one never takes the first word of the next).
 */
function flagWordsOfVariables(variables: ReadonlyMap<string, VariableDefinition>): ExpandedWord[][] {
  const groups: ExpandedWord[][] = [];
  for (const definition of variables.values()) {
    const pieces = extractWords(definition.value).words;
    if (!pieces.some((piece) => piece.value.text.startsWith('--'))) continue;
    groups.push(
      pieces.map((piece) => {
        const span = tracedSpan(piece.value);
        return { value: piece.value, span, rawSpan: tracedSpan(definition.value, piece.rawFrom, piece.rawTo) ?? span, viaVariable: { name: definition.name, reference: undefined, definition } };
      }),
    );
  }
  return groups;
}

/** Reads several argument lists as the kubelet would each, one command line of flags and problems. */
function parseArgumentGroups(groups: readonly (readonly ExpandedWord[])[]): KubeletCommandLine {
  // The occurrences are kept as parsed (rules compare them by identity); with one list, as is.
  if (groups.length === 1) return parseKubeletArgs(groups[0] ?? []);
  const parsed = groups.map((group) => parseKubeletArgs(group));
  return { flags: parsed.flatMap((result) => result.flags), problems: parsed.flatMap((result) => result.problems) };
}

function flagPath(flag: FlagOccurrence | undefined): FlagFileReference | undefined {
  if (!flag) return undefined;
  return { flag, path: flag.value, uri: undefined };
}

function kubeletConfigDocument(file: YamlSource): YamlDocumentInfo | undefined {
  return file.yaml.documents.find((document) => document.kind === 'kubelet-config');
}

function finishNode(
  id: string,
  seed: KubeletNode['seed'],
  units: readonly UnitSource[],
  service: KubeletNode['service'],
  execStart: KubeletNode['execStart'],
  environmentFiles: readonly ResolvedEnvironmentFile[],
  variables: ReadonlyMap<string, VariableDefinition>,
  undefinedVariables: KubeletNode['undefinedVariables'],
  argumentGroups: readonly (readonly ExpandedWord[])[],
  commandLineComplete: boolean,
  members: Set<string>,
  context: BuildContext,
): KubeletNode {
  const commandLine = parseArgumentGroups(argumentGroups);
  const args = argumentGroups.flat();
  const partial = { commandLine } as KubeletNode;
  const referrerOf = (flag: FlagOccurrence): string | undefined => flag.valueSpan?.uri ?? units[0]?.uri;

  let config = flagPath(lastFlag(partial, 'config'));
  let configSource: ConfigSource | undefined;
  if (config && config.path) {
    const found = resolveOnNodePath(config.path, resolveContextFor(referrerOf(config.flag), context), context.index);
    const file = found ? context.files.get(found.uri, 'yaml') : undefined;
    // Listed but unreadable (deleted since the folders were scanned) counts as not found.
    config = { ...config, uri: file ? found?.uri : undefined };
    if (file?.kind === 'yaml') {
      members.add(file.uri);
      configSource = { uri: file.uri, file, document: kubeletConfigDocument(file), fragment: false };
    }
  }

  let configDir = flagPath(lastFlag(partial, 'config-dir'));
  const configFragments: ConfigSource[] = [];
  if (configDir && configDir.path) {
    const inside = resolveOnNodeFolder(configDir.path, resolveContextFor(referrerOf(configDir.flag), context), context.index);
    if (inside) configDir = { ...configDir, uri: inside[0]?.uri };
    // The kubelet walks the folder in lexical order (subfolders included) and merges each `*.conf` file.
    const fragments = (inside ?? []).filter((file) => file.path.endsWith('.conf')).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const fragment of fragments) {
      const file = context.files.get(fragment.uri, 'yaml');
      if (file?.kind !== 'yaml') continue;
      members.add(file.uri);
      configFragments.push({ uri: file.uri, file, document: kubeletConfigDocument(file), fragment: true });
    }
  }

  const kubeconfigs: FlagFileReference[] = [];
  for (const name of FILE_FLAGS) {
    const reference = flagPath(lastFlag(partial, name));
    if (!reference || !reference.path) continue;
    const found = resolveOnNodePath(reference.path, resolveContextFor(referrerOf(reference.flag), context), context.index);
    const readable = found !== undefined && context.files.get(found.uri) !== undefined;
    if (found) members.add(found.uri);
    kubeconfigs.push({ ...reference, uri: readable ? found?.uri : undefined });
  }
  for (const entry of environmentFiles) if (entry.file) members.add(entry.file.uri);

  return {
    id,
    seed,
    units,
    service,
    execStart,
    environmentFiles,
    variables,
    undefinedVariables,
    args,
    commandLine,
    commandLineComplete,
    config,
    configSource,
    configDir,
    configFragments,
    kubeconfigs,
    members,
  };
}
