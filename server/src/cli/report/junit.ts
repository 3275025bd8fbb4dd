import type { CheckReport, ReportedFinding } from './report-model.js';
import { xmlAttribute, xmlText } from './xml-escape.js';

/**
 * JUnit XML as GitLab (`artifacts:reports:junit`) and Jenkins (`junit` step) read it: one
 * `<testsuite>` per checked file, in the order checked, one `<testcase>` per finding, and a single
 * passing `no findings` case for a clean file so it still shows as checked.
 *
 * Every unsuppressed finding is a `<failure>`, whatever its severity (the severity is the failure's
 * `type`): the report says what was found, while whether the run fails is decided by `--fail-on`
 * through the exit code, as for every other format. Suppressed findings are `<skipped>`, with the
 * comment's reason, so they stay visible without failing anything.
 */
export function formatJunit(report: CheckReport): string {
  const suites = suitesByFile(report);
  const total = suites.reduce((sum, suite) => sum + Math.max(1, suite.findings.length), 0);
  const failures = report.findings.filter((finding) => finding.suppression === undefined).length;
  const skipped = report.findings.length - failures;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="kubelet-guard" tests="${total}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...suites.flatMap((suite) => suiteLines(suite.path, suite.findings, report.toolVersion)),
    '</testsuites>',
  ];
  return `${out.join('\n')}\n`;
}

interface FileSuite {
  readonly path: string;
  readonly findings: readonly ReportedFinding[];
}

/** The checked files in order; a finding in a file the list misses still gets a suite, after them. */
function suitesByFile(report: CheckReport): FileSuite[] {
  const byPath = new Map<string, ReportedFinding[]>(report.files.map((path) => [path, []]));
  for (const finding of report.findings) {
    const list = byPath.get(finding.path);
    if (list) list.push(finding);
    else byPath.set(finding.path, [finding]);
  }
  return [...byPath].map(([path, findings]) => ({ path, findings: [...findings].sort((a, b) => a.line - b.line || a.column - b.column) }));
}

function suiteLines(path: string, findings: readonly ReportedFinding[], toolVersion: string): string[] {
  const failures = findings.filter((finding) => finding.suppression === undefined).length;
  const skipped = findings.length - failures;
  const name = xmlAttribute(path);
  return [
    `  <testsuite name="${name}" tests="${Math.max(1, findings.length)}" failures="${failures}" errors="0" skipped="${skipped}">`,
    '    <properties>',
    `      <property name="kubelet-guard.version" value="${xmlAttribute(toolVersion)}"/>`,
    '    </properties>',
    ...(findings.length === 0 ? [`    <testcase classname="${name}" name="no findings"/>`] : findings.flatMap(caseLines)),
    '  </testsuite>',
  ];
}

function caseLines(finding: ReportedFinding): string[] {
  const open = `    <testcase classname="${xmlAttribute(finding.path)}" name="${xmlAttribute(`${finding.rule} at ${finding.line}:${finding.column}`)}">`;
  const outcome =
    finding.suppression === undefined
      ? `      <failure type="${xmlAttribute(finding.severity)}" message="${xmlAttribute(finding.message)}">${xmlText(`${finding.path}:${finding.line}:${finding.column} ${finding.severity} ${finding.rule} ${finding.message}`)}</failure>`
      : `      <skipped message="${xmlAttribute(`suppressed: ${finding.suppression.reason ?? 'no reason given'}`)}"/>`;
  return [open, outcome, '    </testcase>'];
}
