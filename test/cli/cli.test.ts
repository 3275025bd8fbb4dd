import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/lsp-client.js';
import { run, workspace } from '../support/cli-run.js';
import { HARDENED_CONFIG_LINES } from '../support/fixtures.js';

const UNIT = '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --anonymous-auth=true\n';
const CONFIG = `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: 10255\n${HARDENED_CONFIG_LINES}\n`;

test('text output: a group header, file:line:col severity rule message, the source line, a caret under the range, a summary', () => {
  const dir = workspace({ 'kubelet.service': UNIT, 'var/lib/kubelet/config.yaml': CONFIG });
  const result = run(['check', dir]);
  assert.equal(result.code, 1);
  assert.equal(
    result.stdout,
    [
      `node ${path.join(dir, 'kubelet.service')}`,
      `${path.join(dir, 'kubelet.service')}:2:66 hint kubelet-deprecated-flag --anonymous-auth is deprecated: set \`authentication.anonymous.enabled\` in var/lib/kubelet/config.yaml instead.`,
      '    ExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --anonymous-auth=true',
      `    ${' '.repeat(65)}${'^'.repeat(16)}`,
      `${path.join(dir, 'kubelet.service')}:2:66 error kubelet-anonymous-auth Anonymous authentication is on: set by \`--anonymous-auth=true\` in kubelet.service:2.`,
      '    ExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --anonymous-auth=true',
      `    ${' '.repeat(65)}${'^'.repeat(21)}`,
      `${path.join(dir, 'var/lib/kubelet/config.yaml')}:3:1 warning kubelet-read-only-port The read-only port 10255 is open: set by \`readOnlyPort: 10255\` in var/lib/kubelet/config.yaml:3.`,
      '    readOnlyPort: 10255',
      `    ${'^'.repeat(19)}`,
      '',
      '3 findings: 1 error, 1 warning, 0 information, 1 hint',
      '',
    ].join('\n'),
  );
});

test('JSON output with 1-based positions, paths as given plus the path under them, and CIS ids', () => {
  const dir = workspace({ 'kubelet.service': UNIT, 'var/lib/kubelet/config.yaml': CONFIG });
  const result = run(['check', '--format', 'json', path.relative(REPO_ROOT, dir)]);
  assert.equal(result.code, 1);
  const given = path.relative(REPO_ROOT, dir);
  assert.deepEqual(JSON.parse(result.stdout), {
    findings: [
      { path: path.join(given, 'kubelet.service'), line: 2, column: 66, endLine: 2, endColumn: 82, severity: 'hint', rule: 'kubelet-deprecated-flag', cis: null, message: '--anonymous-auth is deprecated: set `authentication.anonymous.enabled` in var/lib/kubelet/config.yaml instead.' },
      { path: path.join(given, 'kubelet.service'), line: 2, column: 66, endLine: 2, endColumn: 87, severity: 'error', rule: 'kubelet-anonymous-auth', cis: '4.2.1', message: 'Anonymous authentication is on: set by `--anonymous-auth=true` in kubelet.service:2.' },
      { path: path.join(given, 'var/lib/kubelet/config.yaml'), line: 3, column: 1, endLine: 3, endColumn: 20, severity: 'warning', rule: 'kubelet-read-only-port', cis: '4.2.4', message: 'The read-only port 10255 is open: set by `readOnlyPort: 10255` in var/lib/kubelet/config.yaml:3.' },
    ],
    suppressed: [],
  });
});

test('--fail-on sets only the exit code; every finding is printed whatever its severity', () => {
  const dir = workspace({ 'var/lib/kubelet/config.yaml': CONFIG });
  assert.equal(run(['check', dir]).code, 1);
  assert.equal(run(['check', '--fail-on', 'error', dir]).code, 0);
  assert.match(run(['check', '--fail-on', 'error', dir]).stdout, /kubelet-read-only-port/);
  assert.equal(run(['check', '--fail-on=none', dir]).code, 0);
  assert.equal(run(['check', '--fail-on', 'hint', dir]).code, 1);
});

test('a clean workspace exits 0; a single file is a workspace of its own', () => {
  const dir = workspace({ 'c.yaml': `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${HARDENED_CONFIG_LINES}\n`, 'other.txt': 'x' });
  const clean = run(['check', dir]);
  assert.equal(clean.code, 0);
  // The file count is whatever runCheck reports as checked.
  assert.match(clean.stdout, /^No findings in \d+ files?\.\n$/);
  const withUnit = workspace({ 'kubelet.service': UNIT, 'var/lib/kubelet/config.yaml': CONFIG });
  const single = run(['check', '--format', 'json', path.join(withUnit, 'kubelet.service')]);
  // Alone, the unit's --config file is not in its workspace, so only the flag is judged.
  assert.deepEqual(JSON.parse(single.stdout).findings.map((f: { rule: string }) => f.rule), ['kubelet-missing-file', 'kubelet-deprecated-flag', 'kubelet-anonymous-auth']);
});

test('--kubernetes-version decides which flags are removed', () => {
  const dir = workspace({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --pod-infra-container-image=pause\n', 'c.yaml': 'kind: KubeletConfiguration\napiVersion: kubelet.config.k8s.io/v1beta1\n' });
  assert.match(run(['check', dir]).stdout, /kubelet-removed-flag/);
  assert.doesNotMatch(run(['check', '--kubernetes-version', '1.34', dir]).stdout, /kubelet-removed-flag/);
});

test('usage and I/O errors exit 2', () => {
  assert.equal(run([]).code, 0);
  assert.equal(run(['lint', '.']).code, 2);
  assert.equal(run(['check']).code, 2);
  assert.equal(run(['check', '--format', 'xml', '.']).code, 2);
  assert.equal(run(['check', '--bogus', '.']).code, 2);
  const missing = run(['check', '/no/such/path']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no such file/i);
});

test('the built-in examples: every kind of finding the README shows', () => {
  const result = run(['check', '--format', 'json', 'test/fixtures/examples']);
  assert.equal(result.code, 1);
  const rules = (JSON.parse(result.stdout).findings as { rule: string }[]).map((f) => f.rule);
  for (const rule of ['kubelet-anonymous-auth', 'kubelet-authorization-mode', 'kubelet-read-only-port', 'kubelet-removed-flag', 'kubeconfig-insecure-skip-tls-verify', 'systemd-lost-line']) {
    assert.ok(rules.includes(rule), `examples should show ${rule}`);
  }
});
