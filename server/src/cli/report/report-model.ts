import type { Severity } from '../../service/index.js';

/** One finding with 1-based positions, as the reports print it. */
export interface ReportedFinding {
  /** The file as the user named it: the PATH given, joined with the file's path under it. */
  readonly path: string;
  readonly line: number;
  readonly column: number;
  /** Exclusive end, 1-based (the column just after the last character of the range). */
  readonly endLine: number;
  readonly endColumn: number;
  /** The severity in force after `--rule`, `--profile` and the project file. */
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
  /** The text of the finding's first line, for the caret in the text report. */
  readonly source: string;
  /** The node the file belongs to (a short name, such as `etc/systemd/system/kubelet.service`); undefined for files of no node. */
  readonly node: string | undefined;
  /** Set when a `# kubelet-guard-disable-...` comment silenced the finding; reports that can carry it keep it. */
  readonly suppression?: { readonly reason: string | undefined };
}

/** Everything one `check` run found, for every output format. */
export interface CheckReport {
  /** Findings in file order, suppressed ones included (they carry `suppression`). */
  readonly findings: readonly ReportedFinding[];
  /** Every file that was checked, as shown in `path`, in the order checked. */
  readonly files: readonly string[];
  /** The tool version written into SARIF and JUnit. */
  readonly toolVersion: string;
}

/** Findings the reports count and `--fail-on` judges: the ones no comment silenced. */
export function activeFindings(report: CheckReport): ReportedFinding[] {
  return report.findings.filter((finding) => finding.suppression === undefined);
}
