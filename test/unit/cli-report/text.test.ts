import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatText } from '../../../server/src/cli/report/text.js';
import type { CheckReport } from '../../../server/src/cli/report/report-model.js';
import { reportedFinding, SAMPLE_REPORT } from '../../support/check-report.js';

const PLAIN = { color: false, quiet: false };
const EXEC_START = 'ExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --anonymous-auth=true';

function report(findings: CheckReport['findings'], files: readonly string[] = ['kubelet.service']): CheckReport {
  return { findings, files, toolVersion: '0.1.0' };
}

test('groups by node (files of no node last), sorts by path then position, hides suppressed findings but counts them', () => {
  assert.equal(
    formatText(SAMPLE_REPORT, PLAIN),
    [
      'node etc/systemd/system/kubelet.service',
      'etc/systemd/system/kubelet.service:2:66 hint kubelet-deprecated-flag --anonymous-auth is deprecated: set `authentication.anonymous.enabled` in var/lib/kubelet/config.yaml instead.',
      `    ${EXEC_START}`,
      `    ${' '.repeat(65)}${'^'.repeat(16)}`,
      'etc/systemd/system/kubelet.service:2:66 error kubelet-anonymous-auth Anonymous authentication is on: set by `--anonymous-auth=true` in kubelet.service:2.',
      `    ${EXEC_START}`,
      `    ${' '.repeat(65)}${'^'.repeat(21)}`,
      'var/lib/kubelet/config.yaml:3:1 warning kubelet-read-only-port The read-only port 10255 is open: set by `readOnlyPort: 10255` in var/lib/kubelet/config.yaml:3.',
      '    readOnlyPort: 10255',
      `    ${'^'.repeat(19)}`,
      '',
      'files outside any node',
      'home/admin/.kube/config:5:5 error kubeconfig-insecure-skip-tls-verify Cluster "lab" skips verification of the API server\'s certificate (insecure-skip-tls-verify: true).',
      '        insecure-skip-tls-verify: true',
      `        ${'^'.repeat(30)}`,
      '',
      '4 findings: 2 errors, 1 warning, 0 information, 1 hint, 2 suppressed',
      '',
    ].join('\n'),
  );
});

test('nodes appear in the order of their first finding, each once', () => {
  const findings = [
    reportedFinding({ path: 'b/kubelet.service', node: 'b/kubelet.service', line: 7 }),
    reportedFinding({ path: 'loose.yaml', node: undefined }),
    reportedFinding({ path: 'a/kubelet.service', node: 'a/kubelet.service' }),
    reportedFinding({ path: 'b/kubelet.service', node: 'b/kubelet.service', line: 3 }),
  ];
  const lines = formatText(report(findings), PLAIN).split('\n');
  assert.deepEqual(
    lines.filter((line) => !line.startsWith('    ')),
    [
      'node b/kubelet.service',
      'b/kubelet.service:3:1 warning kubelet-read-only-port message',
      'b/kubelet.service:7:1 warning kubelet-read-only-port message',
      '',
      'node a/kubelet.service',
      'a/kubelet.service:1:1 warning kubelet-read-only-port message',
      '',
      'files outside any node',
      'loose.yaml:1:1 warning kubelet-read-only-port message',
      '',
      '4 findings: 0 errors, 4 warnings, 0 information, 0 hints',
      '',
    ],
  );
});

/** The source and caret lines of a report with one finding. */
function caret(fields: Parameters<typeof reportedFinding>[0]): [string, string] {
  const lines = formatText(report([reportedFinding(fields)]), PLAIN).split('\n');
  return [lines[2] ?? '', lines[3] ?? ''];
}

test('caret padding keeps the source line\'s tabs so the carets line up', () => {
  const source = '\tExecStart=/usr/bin/kubelet\t--read-only-port=10255';
  assert.deepEqual(caret({ source, column: 29, endColumn: 51 }), [`    ${source}`, `    \t${' '.repeat(26)}\t${'^'.repeat(22)}`]);
});

test('a range running onto later lines is marked to the end of its first line', () => {
  assert.deepEqual(caret({ source: 'ExecStart=/usr/bin/kubelet \\', column: 11, endLine: 3, endColumn: 4 }), ['    ExecStart=/usr/bin/kubelet \\', `    ${' '.repeat(10)}${'^'.repeat(18)}`]);
});

test('an empty range, or one at the end of the line, still gets one caret', () => {
  assert.deepEqual(caret({ source: 'readOnlyPort:', column: 14, endColumn: 14 }), ['    readOnlyPort:', `    ${' '.repeat(13)}^`]);
  assert.deepEqual(caret({ source: 'abc', column: 5, endColumn: 6 }), ['    abc', `    ${' '.repeat(4)}^`]);
});

test('columns count UTF-16 units, but a character outside the BMP takes one column on screen', () => {
  // '🚀' is two UTF-16 units: the finding on "x" starts at column 6.
  assert.deepEqual(caret({ source: '# 🚀 x', column: 6, endColumn: 7 }), ['    # 🚀 x', '        ^']);
});

test('summary: singular and plural, information never pluralised, suppressed only when there are some', () => {
  const summary = (findings: CheckReport['findings'], files?: readonly string[]): string => formatText(report(findings, files), PLAIN).trimEnd().split('\n').at(-1) ?? '';
  assert.equal(summary([reportedFinding({ severity: 'error' })]), '1 finding: 1 error, 0 warnings, 0 information, 0 hints');
  assert.equal(summary([reportedFinding({ severity: 'information' }), reportedFinding({ severity: 'information' })]), '2 findings: 0 errors, 0 warnings, 2 information, 0 hints');
  assert.equal(summary([reportedFinding({ severity: 'hint' }), reportedFinding({ severity: 'error', suppression: { reason: 'ok' } })]), '1 finding: 0 errors, 0 warnings, 0 information, 1 hint, 1 suppressed');
});

test('nothing found: "No findings in F files." and nothing else, with any suppressed count', () => {
  assert.equal(formatText(report([], ['a.yaml', 'b.yaml']), PLAIN), 'No findings in 2 files.\n');
  assert.equal(formatText(report([], ['a.yaml']), PLAIN), 'No findings in 1 file.\n');
  assert.equal(formatText(report([], []), PLAIN), 'No findings in 0 files.\n');
  assert.equal(formatText(report([reportedFinding({ suppression: { reason: undefined } })], ['a.yaml']), PLAIN), 'No findings in 1 file, 1 suppressed.\n');
});

test('quiet: only errors, grouped the same, and a bare error count', () => {
  assert.equal(
    formatText(SAMPLE_REPORT, { color: false, quiet: true }),
    [
      'node etc/systemd/system/kubelet.service',
      'etc/systemd/system/kubelet.service:2:66 error kubelet-anonymous-auth Anonymous authentication is on: set by `--anonymous-auth=true` in kubelet.service:2.',
      `    ${EXEC_START}`,
      `    ${' '.repeat(65)}${'^'.repeat(21)}`,
      '',
      'files outside any node',
      'home/admin/.kube/config:5:5 error kubeconfig-insecure-skip-tls-verify Cluster "lab" skips verification of the API server\'s certificate (insecure-skip-tls-verify: true).',
      '        insecure-skip-tls-verify: true',
      `        ${'^'.repeat(30)}`,
      '',
      '2 errors',
      '',
    ].join('\n'),
  );
  assert.equal(formatText(report([reportedFinding({ severity: 'error', source: 'x', endColumn: 2 })]), { color: false, quiet: true }).trimEnd().split('\n').at(-1), '1 error');
});

test('quiet with no unsuppressed error prints nothing at all', () => {
  const findings = [reportedFinding({ severity: 'warning' }), reportedFinding({ severity: 'error', suppression: { reason: 'accepted' } })];
  assert.equal(formatText(report(findings), { color: false, quiet: true }), '');
  assert.equal(formatText(report([]), { color: false, quiet: true }), '');
});

test('colour: severity words and carets by severity, paths and headers bold', () => {
  const findings = (['error', 'warning', 'information', 'hint'] as const).map((severity, index) =>
    reportedFinding({ path: 'c.yaml', node: 'n', line: index + 1, severity, rule: 'r', message: 'm', source: 'ab', endColumn: 3 }),
  );
  const bold = (text: string): string => `\x1b[1m${text}\x1b[22m`;
  const expected = [bold('node n')];
  for (const [index, [open, close]] of [['\x1b[31m', '\x1b[39m'], ['\x1b[33m', '\x1b[39m'], ['\x1b[34m', '\x1b[39m'], ['\x1b[2m', '\x1b[22m']].entries()) {
    const severity = ['error', 'warning', 'information', 'hint'][index];
    expected.push(`${bold('c.yaml')}:${index + 1}:1 ${open}${severity}${close} r m`, '    ab', `    ${open}^^${close}`);
  }
  expected.push('', '4 findings: 1 error, 1 warning, 1 information, 1 hint', '');
  assert.equal(formatText(report(findings), { color: true, quiet: false }), expected.join('\n'));
});

test('no escape sequence at all without colour', () => {
  assert.doesNotMatch(formatText(SAMPLE_REPORT, PLAIN), /\x1b/);
  assert.doesNotMatch(formatText(SAMPLE_REPORT, { color: false, quiet: true }), /\x1b/);
  assert.match(formatText(SAMPLE_REPORT, { color: true, quiet: false }), /\x1b\[31merror\x1b\[39m/);
});
