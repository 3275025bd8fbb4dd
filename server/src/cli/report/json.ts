import { ruleById } from '../../service/index.js';
import type { ReportedFinding } from '../check.js';

/** `{"findings":[...]}` with 1-based positions; `cis` is null for rules without a benchmark id. */
export function formatJson(findings: readonly ReportedFinding[]): string {
  const rows = findings.map((f) => ({
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    severity: f.severity,
    rule: f.rule,
    cis: ruleById(f.rule)?.cis ?? null,
    message: f.message,
  }));
  return `${JSON.stringify({ findings: rows }, null, 2)}\n`;
}
