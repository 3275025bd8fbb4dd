import type { Finding, Fix } from './findings/finding.js';
import { findingKey } from './findings/finding.js';
import { SourceFiles, type SourceFile } from './model/source-files.js';
import { discoverUnitNodes, nodesContaining, unitCandidates } from './model/discover-nodes.js';
import { indexFiles, type WorkspaceFileIndex } from './model/resolve-path.js';
import type { KubeletNode } from './model/kubelet-node.js';
import { effectiveSetting } from './model/effective-setting.js';
import type { BuildContext } from './model/build-node.js';
import { ALL_RULES, RULES, ruleById } from './rules/registry.js';
import { toFinding, type NodeContext, type Rule } from './rules/rule.js';
import type { Workspace } from './workspace/workspace.js';
import { displayName, pathToUri } from './workspace/uri.js';
import { hoverAt, type HoverResult } from './features/hover.js';
import { completeAt, type CompletionEntry } from './features/completion.js';
import { outline, type OutlineSymbol } from './features/symbols.js';
import { definitionAt, type DefinitionTarget } from './features/definition.js';
import { combineFixes } from './features/fix-all.js';
import { applySuppressions, type SuppressedFinding } from './suppress/apply-suppressions.js';
import { disableFixes } from './suppress/disable-fixes.js';
import { DEFAULT_SETTINGS, sameUserSettings, type ServiceSettings, type UserSettings } from './settings/user-settings.js';
import { PROJECT_FILE_NAME } from './settings/catalogue.js';
import { parseProjectFile, type ProjectFile } from './settings/project-file.js';
import { resolveSettings, type OverridingLayer } from './settings/resolve-settings.js';
import { applyPolicy, applyPolicyToSuppressed } from './settings/rule-policy.js';
import { globToRegExp, matchesAny } from './settings/glob.js';
import { projectFileFindings } from './settings/project-file-findings.js';
import { projectFileHover } from './features/project-file-hover.js';
import { projectFileCompletion } from './features/project-file-completion.js';
import { basename, dirname, isUnder, normalisePath, uriToPath } from './workspace/uri.js';

export { DEFAULT_SETTINGS };

const NO_USER_SETTINGS: UserSettings = {};
export type { ServiceSettings, UserSettings };

/** Everything the service knows about one file at one moment: its nodes and its findings. */
export interface FileAnalysis {
  readonly uri: string;
  readonly file: SourceFile | undefined;
  readonly nodes: readonly KubeletNode[];
  readonly findings: readonly Finding[];
  /** Findings silenced by suppression comments, with their reasons. */
  readonly suppressed: readonly SuppressedFinding[];
}

export interface LanguageService {
  /** Findings located in `uri`, sorted by position. Never throws. */
  analyse(uri: string): FileAnalysis;
  /** Hover for the position `offset` of `uri`. */
  hover(uri: string, offset: number): HoverResult | undefined;
  /** Fixes for the findings of `uri` whose range meets `[start, end]`. */
  fixes(uri: string, start: number, end: number, ruleIds?: readonly string[]): { finding: Finding; fix: Fix }[];
  /** One fix applying the preferred fixes of every finding of `uri` (of one rule, when given). */
  fixAll(uri: string, ruleId?: string): Fix | undefined;
  /** Completions at `offset`. */
  complete(uri: string, offset: number): CompletionEntry[];
  /** The outline of `uri`. */
  symbols(uri: string): OutlineSymbol[];
  /** Where the reference at `offset` points. */
  definition(uri: string, offset: number): DefinitionTarget | undefined;
  /** The settings in force for `uri`: every layer merged, with the project file values another layer replaced. */
  settings(uri: string): ServiceSettings;
  /** Whether `uri` is left unreported by the `exclude` patterns in force for it. */
  isExcluded(uri: string): boolean;
  /**
   * Whether the last analysis of `uri` still holds: no file it was computed from reads differently now.
   * Undefined when there is none to judge. Hosts without reliable file events poll this.
   */
  upToDate(uri: string): boolean | undefined;
}

/**
 * Creates the language service over a workspace. It is pure: it reads only through `workspace`, and
 * it works on offsets; callers convert to their own positions.
 */
export function createLanguageService(
  workspace: Workspace,
  settingsFor: (uri: string) => UserSettings = () => NO_USER_SETTINGS,
  onInternalError: (error: unknown) => void = () => undefined,
  rules: readonly Rule[] = RULES,
  upperLayer: OverridingLayer = 'editor',
): LanguageService {
  const files = new SourceFiles(workspace);
  let indexedList: readonly string[] | undefined;
  let index: WorkspaceFileIndex = indexFiles([]);

  const currentIndex = (): { list: readonly string[]; index: WorkspaceFileIndex } => {
    const list = workspace.listFiles();
    if (list !== indexedList) {
      indexedList = list;
      index = indexFiles(list);
      files.prune();
    }
    return { list, index };
  };

  /**
   * The workspace folder of a file (the longest root that holds it): where its project file lives and
   * what `exclude` patterns are relative to. Files outside every folder (untitled ones) take the first.
   */
  const folderOf = (uri: string): string | undefined => {
    const roots = workspace.roots().map((root) => uriToPath(root)).filter((root): root is string => root !== undefined);
    const file = uriToPath(uri);
    const holding = file === undefined ? [] : roots.filter((root) => isUnder(file, root));
    return holding.sort((a, b) => b.length - a.length)[0] ?? roots[0];
  };

  const projectFileUri = (uri: string, upper: UserSettings): string | undefined => {
    if (upper.projectFile === null) return undefined;
    if (upper.projectFile !== undefined) return upper.projectFile;
    const folder = folderOf(uri);
    return folder === undefined ? undefined : pathToUri(`${folder.replace(/\/$/, '')}/${PROJECT_FILE_NAME}`);
  };

  const knownRuleIds = ALL_RULES.map((rule) => rule.id);
  const parsedProjectFiles = new Map<string, { text: string; file: ProjectFile }>();
  const readProjectFile = (projectUri: string): ProjectFile | undefined => {
    const text = workspace.readFile(projectUri);
    if (text === undefined) return undefined;
    const cached = parsedProjectFiles.get(projectUri);
    if (cached && cached.text === text) return cached.file;
    const base = dirname(uriToPath(projectUri) ?? '/');
    const file = parseProjectFile(text, (path) => normalisePath(path.startsWith('/') ? path : `${base}/${path}`), knownRuleIds);
    parsedProjectFiles.set(projectUri, { text, file });
    return file;
  };

  /** Resolved settings, kept while their inputs are the same objects: the analysis cache compares them by identity. */
  const resolved = new Map<string, { upper: UserSettings; project: ProjectFile | undefined; projectUri: string | undefined; folder: string | undefined; settings: ServiceSettings }>();
  const settingsOf = (uri: string): ServiceSettings => {
    const upper = settingsFor(uri);
    const projectUri = projectFileUri(uri, upper);
    const project = projectUri === undefined ? undefined : readProjectFile(projectUri);
    const folder = folderOf(uri);
    const cached = resolved.get(uri);
    if (cached && sameUserSettings(cached.upper, upper) && cached.project === project && cached.projectUri === projectUri && cached.folder === folder) return cached.settings;
    const settings = resolveSettings(upper, project && projectUri ? { uri: projectUri, file: project } : undefined, folder, upperLayer);
    resolved.set(uri, { upper, project, projectUri, folder, settings });
    if (resolved.size > 256) resolved.delete(resolved.keys().next().value ?? uri);
    return settings;
  };

  const excludePatterns = new Map<readonly string[], RegExp[]>();
  const isExcluded = (uri: string, settings: ServiceSettings): boolean => {
    if (settings.exclude.length === 0 || settings.excludeBase === undefined) return false;
    const file = uriToPath(uri);
    if (file === undefined || !isUnder(file, settings.excludeBase)) return false;
    let patterns = excludePatterns.get(settings.exclude);
    if (!patterns) {
      patterns = settings.exclude.map(globToRegExp);
      excludePatterns.set(settings.exclude, patterns);
    }
    return matchesAny(file.slice(settings.excludeBase.replace(/\/$/, '').length + 1), patterns);
  };

  /** `.kubelet-guard.yaml` anywhere, or the file the host named as the project file (the CLI's `--config`). */
  const isProjectFile = (uri: string): boolean => basename(uriToPath(uri) ?? '') === PROJECT_FILE_NAME || settingsFor(uri).projectFile === uri;

  /** The nodes `uri` belongs to, built from the unit files among `candidates`. */
  const nodesOf = (uri: string, settings: ServiceSettings, candidates: readonly string[]): KubeletNode[] => {
    const context: BuildContext = { files, index: currentIndex().index, nodeRoots: settings.nodeRoots };
    return nodesContaining(uri, discoverUnitNodes(context, candidates), context);
  };

  /**
   * The last analysis of each file, with the exact texts it was computed from. Hover, completion and
   * code actions reuse it while no input changed; hosts hand back the same string for unchanged text,
   * so the check is a few identity comparisons.
   */
  const analyses = new Map<string, CachedAnalysis>();
  interface CachedAnalysis {
    readonly analysis: FileAnalysis;
    readonly list: readonly string[];
    readonly settings: ServiceSettings;
    readonly inputs: ReadonlyMap<string, string | undefined>;
  }
  /** Whether no file an analysis was computed from reads differently now (the file list included). */
  const inputsHold = (cached: CachedAnalysis): boolean => cached.list === workspace.listFiles() && [...cached.inputs].every(([input, text]) => workspace.readFile(input) === text);

  const analyse = (uri: string): FileAnalysis => {
    const settings = settingsOf(uri);
    const cached = analyses.get(uri);
    if (cached && cached.settings === settings && inputsHold(cached)) return cached.analysis;
    const list = workspace.listFiles();
    // The unit files that may form nodes: found once, for the analysis and for the inputs it depends on.
    const candidates = unitCandidates(list.includes(uri) ? list : [...list, uri], (u) => workspace.languageId(u));
    const analysis = analyseFresh(uri, settings, candidates);
    const inputs = new Map<string, string | undefined>();
    inputs.set(uri, workspace.readFile(uri));
    for (const candidate of candidates) inputs.set(candidate, workspace.readFile(candidate));
    for (const node of analysis.nodes) for (const member of node.members) inputs.set(member, workspace.readFile(member));
    analyses.set(uri, { analysis, list, settings, inputs });
    if (analyses.size > 64) analyses.delete(analyses.keys().next().value ?? uri);
    return analysis;
  };

  const analyseFresh = (uri: string, settings: ServiceSettings, candidates: readonly string[]): FileAnalysis => {
    if (isProjectFile(uri)) {
      const project = readProjectFile(uri);
      const findings = project ? applyPolicy(projectFileFindings(uri, project, settings), settings, ruleById) : [];
      return { uri, file: files.get(uri), nodes: [], findings, suppressed: [] };
    }
    const file = files.get(uri);
    if (!file || file.kind === 'other' || isExcluded(uri, settings)) return { uri, file, nodes: [], findings: [], suppressed: [] };
    const nodes = nodesOf(uri, settings, candidates);
    const found: Finding[] = [];
    const roots = workspace.roots();
    for (const rule of rules) {
      if (rule.scope === 'file') {
        for (const report of rule.check({ file, settings })) found.push(toFinding(rule, report));
      } else if (rule.scope === 'kubeconfig') {
        if (file.kind !== 'yaml') continue;
        for (const document of file.yaml.documents) {
          if (document.kind !== 'kubeconfig') continue;
          for (const report of rule.check({ file, document, settings })) found.push(toFinding(rule, report));
        }
      } else {
        for (const node of nodes) {
          const context: NodeContext = {
            node,
            settings,
            effective: (key) => effectiveSetting(node, key),
            file: (u) => files.get(u),
            displayName: (u) => displayName(u, roots),
            stat: (u) => workspace.stat?.(u),
          };
          for (const report of rule.check(context)) found.push(toFinding(rule, report));
        }
      }
    }
    const seen = new Set<string>();
    const findings = found.filter((finding) => {
      if (finding.span.uri !== uri) return false;
      const key = `${findingKey(finding)}|${finding.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    // Suppression comments drop what they cover, and comments that cover nothing are reported.
    // Suppressions look at every finding before the settings turn rules off, so a comment for a rule
    // that is off elsewhere is not reported as unused here.
    const afterComments = applySuppressions(file, findings, settings.requireSuppressionReason === true);
    const kept = applyPolicy(afterComments.findings, settings, ruleById);
    const suppressed = applyPolicyToSuppressed(afterComments.suppressed, settings, ruleById);
    kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
    return { uri, file, nodes, findings: kept, suppressed };
  };

  const guard = <T>(fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      // The service must answer whatever the input; an internal error degrades to "nothing to say".
      onInternalError(error);
      return fallback;
    }
  };

  return {
    analyse: (uri) => guard({ uri, file: undefined, nodes: [], findings: [], suppressed: [] }, () => analyse(uri)),
    hover: (uri, offset) =>
      guard(undefined, () => {
        const analysis = analyse(uri);
        const settings = settingsOf(uri);
        if (isProjectFile(uri)) {
          const project = readProjectFile(uri);
          return project ? projectFileHover(uri, project, offset, settings) : undefined;
        }
        return hoverAt(analysis, offset, { settings, files, displayName: (u) => displayName(u, workspace.roots()) });
      }),
    fixes: (uri, start, end, ruleIds) =>
      guard([], () => {
        const result: { finding: Finding; fix: Fix }[] = [];
        const analysis = analyse(uri);
        for (const finding of analysis.findings) {
          if (finding.span.end < start || finding.span.start > end) continue;
          if (ruleIds && !ruleIds.includes(finding.ruleId)) continue;
          // The finding's own fixes first, then disable-for-line, disable-for-file and its documentation.
          const extra = analysis.file ? disableFixes(analysis.file, finding) : [];
          for (const fix of [...finding.fixes, ...extra]) result.push({ finding, fix });
        }
        return result;
      }),
    fixAll: (uri, ruleId) =>
      guard(undefined, () => {
        const findings = analyse(uri).findings.filter((f) => ruleId === undefined || f.ruleId === ruleId);
        return combineFixes(findings, ruleId ? `Fix all ${ruleId} problems in this file` : 'Fix all Kubelet Guard problems in this file');
      }),
    complete: (uri, offset) =>
      guard([], () => {
        if (isProjectFile(uri)) {
          const text = workspace.readFile(uri);
          return text === undefined ? [] : projectFileCompletion(text, offset);
        }
        const file = files.get(uri);
        return file ? completeAt(file, offset, settingsOf(uri)) : [];
      }),
    symbols: (uri) =>
      guard([], () => {
        const analysis = analyse(uri);
        return analysis.file ? outline(analysis.file, analysis.nodes) : [];
      }),
    definition: (uri, offset) => guard(undefined, () => definitionAt(analyse(uri), offset)),
    settings: (uri) => guard(DEFAULT_SETTINGS, () => settingsOf(uri)),
    isExcluded: (uri) => guard(false, () => isExcluded(uri, settingsOf(uri))),
    upToDate: (uri) =>
      guard(undefined, () => {
        const cached = analyses.get(uri);
        return cached ? inputsHold(cached) : undefined;
      }),
  };
}
