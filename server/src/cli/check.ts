import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiskWorkspace } from '../host/disk-workspace.js';
import { createLanguageService, LineIndex, pathToUri, uriToPath, type Finding, type Severity } from '../service/index.js';
import type { CheckOptions } from './args.js';

/** One finding with 1-based positions, as the reports print it. */
export interface ReportedFinding {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
  /** The text of the finding's first line, for the text report. */
  readonly source: string;
}

/** File names worth analysing; other files are still read when a node refers to them. */
const CANDIDATE = /\.(service|conf|env|ya?ml|json)$|(^|\/)(kubelet|config)$/;

/**
 * Runs the language service over each path as its own workspace, exactly as the editor would over a
 * folder, and returns every finding with positions. Throws only for a path that does not exist.
 */
export function runCheck(options: CheckOptions): ReportedFinding[] {
  const results: ReportedFinding[] = [];
  for (const given of options.paths) {
    const stat = fs.statSync(given);
    const workspace = new DiskWorkspace();
    if (stat.isDirectory()) workspace.setFolders([pathToUri(path.resolve(given))]);
    else workspace.setSingleFile(given);
    const nodeRoots = options.nodeRoots.map((root) => path.resolve(root));
    const service = createLanguageService(workspace, () => ({ kubernetesVersion: options.kubernetesVersion, nodeRoots }));
    const base = stat.isDirectory() ? path.resolve(given) : path.dirname(path.resolve(given));
    for (const uri of workspace.listFiles()) {
      const file = uriToPath(uri) ?? '';
      if (!CANDIDATE.test(file)) continue;
      const findings = service.analyse(uri).findings;
      if (findings.length === 0) continue;
      const text = workspace.readFile(uri) ?? '';
      const lines = new LineIndex(text);
      const shown = stat.isDirectory() ? path.join(given, path.relative(base, file)) : given;
      for (const finding of findings) results.push(report(shown, finding, lines));
    }
  }
  return results;
}

function report(shown: string, finding: Finding, lines: LineIndex): ReportedFinding {
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
  };
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

/** Whether any finding is at or above the `--fail-on` level. */
export function shouldFail(findings: readonly ReportedFinding[], failOn: CheckOptions['failOn']): boolean {
  if (failOn === 'none') return false;
  return findings.some((finding) => RANK[finding.severity] >= RANK[failOn]);
}
