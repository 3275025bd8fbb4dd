import type { Severity } from '../../service/index.js';
import { caretLine } from './caret-line.js';
import { activeFindings, type CheckReport, type ReportedFinding } from './report-model.js';

export interface TextOptions {
  /** ANSI colour; decided by `shouldUseColor`, never here, so the output is a function of its input. */
  readonly color: boolean;
  /** Print only error findings, and a summary only when there is one. */
  readonly quiet: boolean;
}

/**
 * The human report: findings grouped under a header per node (files of no node last, under
 * `files outside any node`), each group sorted by path, line and column; every finding as
 * `path:line:col severity rule message`, its source line, and a caret line under the range.
 * A blank line closes each group, then one summary line.
 *
 * Suppressed findings are not printed but are counted in the summary (`, N suppressed`), so a
 * silenced finding is never invisible. The summary reports counts only; whether they fail the run
 * is `--fail-on`'s business, decided elsewhere.
 *
 * Quiet mode is for scripts and pre-commit hooks that want silence unless something is broken:
 * only error findings are printed, grouped the same way, and the summary is just `N error(s)`.
 * With no errors the output is empty: no summary, no suppressed count, no "No findings".
 */
export function formatText(report: CheckReport, options: TextOptions): string {
  const active = activeFindings(report);
  const shown = options.quiet ? active.filter((finding) => finding.severity === 'error') : active;
  const paint = painter(options.color);
  const out: string[] = [];
  for (const group of groupByNode(shown)) {
    out.push(paint.bold(group.header));
    for (const finding of group.findings) out.push(...findingLines(finding, paint));
    out.push('');
  }
  if (options.quiet) {
    if (shown.length > 0) out.push(counted(shown.length, 'error'));
  } else {
    out.push(summary(report, active));
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

interface Group {
  readonly header: string;
  readonly findings: readonly ReportedFinding[];
}

/** Nodes in the order their first finding appears (the order files were checked); files of no node last. */
function groupByNode(findings: readonly ReportedFinding[]): Group[] {
  const byNode = new Map<string | undefined, ReportedFinding[]>();
  for (const finding of findings) {
    const list = byNode.get(finding.node);
    if (list) list.push(finding);
    else byNode.set(finding.node, [finding]);
  }
  const nodes = [...byNode.keys()].filter((node): node is string => node !== undefined);
  const groups = nodes.map((node) => ({ header: `node ${node}`, findings: sortByPosition(byNode.get(node) ?? []) }));
  const loose = byNode.get(undefined);
  if (loose) groups.push({ header: 'files outside any node', findings: sortByPosition(loose) });
  return groups;
}

/** By path (code-unit order, not locale, so output is the same on every machine), then line, then column; ties keep their order. */
function sortByPosition(findings: readonly ReportedFinding[]): ReportedFinding[] {
  return [...findings].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column));
}

function findingLines(finding: ReportedFinding, paint: Painter): string[] {
  const { padding, carets } = caretLine(finding);
  return [
    `${paint.bold(finding.path)}:${finding.line}:${finding.column} ${paint.severity(finding.severity, finding.severity)} ${finding.rule} ${finding.message}`,
    `    ${finding.source}`,
    `    ${padding}${paint.severity(finding.severity, carets)}`,
  ];
}

/** `N findings: E errors, W warnings, I information, H hints`, or `No findings in F files.`; plus `, S suppressed`. */
function summary(report: CheckReport, active: readonly ReportedFinding[]): string {
  const suppressed = report.findings.length - active.length;
  const tail = suppressed > 0 ? `, ${suppressed} suppressed` : '';
  if (active.length === 0) return `No findings in ${counted(report.files.length, 'file')}${tail}.`;
  const count = (severity: Severity): number => active.filter((finding) => finding.severity === severity).length;
  // "information" is a mass noun: "2 information", never "2 informations".
  return `${counted(active.length, 'finding')}: ${counted(count('error'), 'error')}, ${counted(count('warning'), 'warning')}, ${count('information')} information, ${counted(count('hint'), 'hint')}${tail}`;
}

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

interface Painter {
  bold(text: string): string;
  severity(severity: Severity, text: string): string;
}

// Each style closes with its own reset (22 ends bold/dim, 39 the foreground colour), so a bold path
// next to a coloured word never leaks a style into the rest of the line.
const SEVERITY_STYLE: Record<Severity, readonly [string, string]> = {
  error: ['\x1b[31m', '\x1b[39m'],
  warning: ['\x1b[33m', '\x1b[39m'],
  information: ['\x1b[34m', '\x1b[39m'],
  hint: ['\x1b[2m', '\x1b[22m'],
};

function painter(color: boolean): Painter {
  if (!color) return { bold: (text) => text, severity: (_severity, text) => text };
  return {
    bold: (text) => `\x1b[1m${text}\x1b[22m`,
    severity: (severity, text) => `${SEVERITY_STYLE[severity][0]}${text}${SEVERITY_STYLE[severity][1]}`,
  };
}
