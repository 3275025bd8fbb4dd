import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiskWorkspace } from '../host/disk-workspace.js';
import { createLanguageService, LineIndex, pathToUri, PROJECT_FILE_NAME, uriToPath, type Finding, type KubeletNode, type Severity } from '../service/index.js';
import type { CheckOptions } from './args.js';
import type { CheckReport, ReportedFinding } from './report/report-model.js';
import { activeFindings } from './report/report-model.js';

/** File names worth analysing; other files are still read when a node refers to them. */
const CANDIDATE = /\.(service|conf|env|ya?ml|json)$|(^|\/)(kubelet|config)$/;

export interface CheckResult {
  readonly report: CheckReport;
  /** Project-file values the command line replaced, one sentence each. */
  readonly notes: readonly string[];
}

/**
 * Runs the language service over each path as its own workspace, exactly as the editor would over a
 * folder, and returns every finding with positions, suppressed ones included. Throws only for a path
 * or `--config` file that cannot be read.
 */
export function runCheck(options: CheckOptions, toolVersion: string): CheckResult {
  const findings: ReportedFinding[] = [];
  const files: string[] = [];
  const notes = new Set<string>();
  const configPath = typeof options.configFile === 'string' ? path.resolve(options.configFile) : undefined;
  if (configPath !== undefined && !fs.statSync(configPath).isFile()) throw new Error(`--config ${options.configFile}: not a file`);
  const nodeRoots = options.settings.nodeRoots?.map((root) => path.resolve(root));
  const settings = {
    ...options.settings,
    ...(nodeRoots ? { nodeRoots } : {}),
    ...(configPath !== undefined ? { projectFile: pathToUri(configPath) } : options.configFile === null ? { projectFile: null } : {}),
  };
  let configChecked = false;
  for (const given of options.paths) {
    const stat = fs.statSync(given);
    const workspace = new DiskWorkspace();
    if (stat.isDirectory()) workspace.setFolders([pathToUri(path.resolve(given))]);
    else workspace.setSingleFile(given);
    if (configPath !== undefined) workspace.allowFile(configPath);
    const service = createLanguageService(workspace, () => settings, undefined, undefined, 'command line');
    const base = stat.isDirectory() ? path.resolve(given) : path.dirname(path.resolve(given));
    const shown = (uri: string): string => {
      const file = uriToPath(uri) ?? uri;
      if (file === configPath) return options.configFile ?? file;
      if (!stat.isDirectory() && file === path.resolve(given)) return given;
      return path.relative(base, file).startsWith('..') ? file : path.join(stat.isDirectory() ? given : path.dirname(given), path.relative(base, file));
    };
    const uris = workspace.listFiles().filter((uri) => CANDIDATE.test(uriToPath(uri) ?? ''));
    // The project file in use is checked like any other file; one that is not in use is left alone.
    const toCheck = uris.filter((uri) => path.basename(uriToPath(uri) ?? '') !== PROJECT_FILE_NAME || service.settings(uri).projectFile === uri);
    if (configPath !== undefined && !configChecked) {
      toCheck.unshift(pathToUri(configPath));
      configChecked = true;
    }
    for (const uri of toCheck) {
      if (service.isExcluded(uri)) continue;
      for (const note of service.settings(uri).overridden.values()) notes.add(note);
      const analysis = service.analyse(uri);
      files.push(shown(uri));
      if (analysis.findings.length === 0 && analysis.suppressed.length === 0) continue;
      const text = workspace.readFile(uri) ?? '';
      const lines = new LineIndex(text);
      const node = analysis.nodes[0];
      const nodeName = node ? shown(nodeSeed(node)) : undefined;
      const located = [
        ...analysis.findings.map((finding) => ({ finding, suppression: undefined })),
        ...analysis.suppressed.map((entry) => ({ finding: entry.finding, suppression: { reason: entry.reason } })),
      ].sort((a, b) => a.finding.span.start - b.finding.span.start || a.finding.span.end - b.finding.span.end);
      for (const { finding, suppression } of located) findings.push(report(shown(uri), finding, lines, nodeName, suppression));
    }
  }
  return { report: { findings, files, toolVersion }, notes: [...notes] };
}

/** The file a node is named after: its main unit, else the env or config file it was found from. */
function nodeSeed(node: KubeletNode): string {
  return node.units[0]?.uri ?? node.configSource?.uri ?? node.environmentFiles[0]?.file?.uri ?? [...node.members][0] ?? node.id;
}

function report(shown: string, finding: Finding, lines: LineIndex, node: string | undefined, suppression: { reason: string | undefined } | undefined): ReportedFinding {
  const start = lines.positionAt(finding.span.start);
  const end = lines.positionAt(finding.span.end);
  return {
    path: shown,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: finding.severity,
    rule: finding.ruleId,
    message: finding.message,
    source: lines.lineText(start.line),
    node,
    ...(suppression ? { suppression } : {}),
  };
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

/** Whether any finding no comment silenced is at or above the `--fail-on` level. */
export function shouldFail(report: CheckReport, failOn: CheckOptions['failOn']): boolean {
  if (failOn === 'none') return false;
  return activeFindings(report).some((finding) => RANK[finding.severity] >= RANK[failOn]);
}
