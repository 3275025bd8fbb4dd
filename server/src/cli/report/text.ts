import type { ReportedFinding } from '../check.js';

/** `file:line:col severity rule message`, then the source line with a caret under the range. */
export function formatText(findings: readonly ReportedFinding[]): string {
  const out: string[] = [];
  for (const finding of findings) {
    out.push(`${finding.path}:${finding.line}:${finding.column} ${finding.severity} ${finding.rule} ${finding.message}`);
    const width = finding.endLine === finding.line ? Math.max(1, finding.endColumn - finding.column) : Math.max(1, finding.source.length - finding.column + 1);
    out.push(`    ${finding.source}`);
    out.push(`    ${' '.repeat(finding.column - 1)}${'^'.repeat(width)}`);
  }
  const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
  out.push(`${findings.length} finding${findings.length === 1 ? '' : 's'}: ${count('error')} error, ${count('warning')} warning, ${count('information')} information, ${count('hint')} hint`);
  return `${out.join('\n')}\n`;
}
