import { ruleById } from '../../service/index.js';
import type { CheckReport, ReportedFinding } from './report-model.js';

/**
 * `{"findings":[...],"suppressed":[...]}` with 1-based positions. `findings` are the ones that count;
 * `suppressed` are those a disable comment silenced, with the comment's `reason` (null when it gave none),
 * so a pipeline can still audit what was waved through. `cis` is null for rules without a benchmark id.
 */
export function formatJson(report: CheckReport): string {
  const findings = report.findings.filter((finding) => finding.suppression === undefined).map(row);
  const suppressed = report.findings.flatMap((finding) => (finding.suppression === undefined ? [] : [{ ...row(finding), reason: finding.suppression.reason ?? null }]));
  return `${JSON.stringify({ findings, suppressed }, null, 2)}\n`;
}

function row(finding: ReportedFinding) {
  return {
    path: finding.path,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    severity: finding.severity,
    rule: finding.rule,
    cis: ruleById(finding.rule)?.cis ?? null,
    message: finding.message,
  };
}
