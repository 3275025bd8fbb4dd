import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run, workspace } from '../support/cli-run.js';
import { assertValidSarif } from '../support/sarif-schema.js';
import { HARDENED_CONFIG_LINES } from '../support/fixtures.js';

const UNIT = '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --anonymous-auth=true\n';
const CONFIG = `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: 10255\neventRecordQPS: 0\n${HARDENED_CONFIG_LINES}\n`;
const node = (extra: Record<string, string> = {}) => workspace({ 'kubelet.service': UNIT, 'var/lib/kubelet/config.yaml': CONFIG, ...extra });
const rulesOf = (stdout: string): string[] => (JSON.parse(stdout) as { findings: { rule: string; severity: string }[] }).findings.map((f) => `${f.rule}:${f.severity}`);

test('several --format/--output pairs in one run: SARIF (schema-valid, exact regions), JUnit and JSON files, text on stdout', () => {
  const dir = node();
  const out = workspace({});
  const result = run(['check', '--format', 'sarif', '--output', path.join(out, 'r.sarif'), '--format', 'junit', '-o', path.join(out, 'r.xml'), '--output', path.join(out, 'r.json'), '--format', 'text', dir]);
  assert.equal(result.code, 1);
  assert.match(result.stdout, /^node .*kubelet\.service\n/);
  const sarif = JSON.parse(fs.readFileSync(path.join(out, 'r.sarif'), 'utf8'));
  assertValidSarif(sarif);
  const results = sarif.runs[0].results as { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[];
  const anonymous = results.find((r) => r.ruleId === 'kubelet-anonymous-auth');
  assert.deepEqual(anonymous?.locations[0]?.physicalLocation.region, { startLine: 2, startColumn: 66, endLine: 2, endColumn: 87 });
  assert.equal(anonymous?.level, 'error');
  assert.match(anonymous?.locations[0]?.physicalLocation.artifactLocation.uri ?? '', /kubelet\.service$/);
  const junit = fs.readFileSync(path.join(out, 'r.xml'), 'utf8');
  assert.match(junit, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="kubelet-guard" tests="\d+" failures="4"/);
  // The --output without a --format before it takes its format from the extension.
  assert.deepEqual(rulesOf(fs.readFileSync(path.join(out, 'r.json'), 'utf8')).sort(), ['kubelet-anonymous-auth:error', 'kubelet-deprecated-flag:hint', 'kubelet-event-qps:hint', 'kubelet-read-only-port:warning']);
});

test('the exit code never depends on the format or on --quiet', () => {
  const dir = node();
  for (const failOn of ['error', 'warning', 'info', 'hint', 'none']) {
    const codes = new Set(['text', 'json', 'sarif', 'junit'].map((format) => run(['check', '--format', format, '--fail-on', failOn, dir]).code));
    codes.add(run(['check', '-q', '--fail-on', failOn, dir]).code);
    assert.deepEqual([...codes], [failOn === 'none' ? 0 : 1], failOn);
  }
  const warningsOnly = workspace({ 'var/lib/kubelet/config.yaml': `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: 10255\n${HARDENED_CONFIG_LINES}\n` });
  assert.deepEqual(['text', 'sarif', 'junit'].map((format) => run(['check', '--format', format, '--fail-on', 'error', warningsOnly]).code), [0, 0, 0]);
  assert.deepEqual(['text', 'sarif', 'junit'].map((format) => run(['check', '--format', format, '--fail-on', 'warning', warningsOnly]).code), [1, 1, 1]);
});

test('--rule sets a level (off, or a severity that replaces the rule\'s own) and --profile narrows the rules', () => {
  const dir = node();
  assert.deepEqual(rulesOf(run(['check', '--format', 'json', '--rule', 'kubelet-read-only-port=error', '--rule', 'kubelet-deprecated-flag=off', dir]).stdout).sort(), ['kubelet-anonymous-auth:error', 'kubelet-event-qps:hint', 'kubelet-read-only-port:error']);
  assert.deepEqual(rulesOf(run(['check', '--format', 'json', '--profile', 'cis-level1', dir]).stdout).sort(), ['kubelet-anonymous-auth:error', 'kubelet-deprecated-flag:hint', 'kubelet-read-only-port:warning']);
  // A level turns a rule on whatever the profile.
  assert.ok(rulesOf(run(['check', '--format', 'json', '--profile', 'cis-level1', '--rule', 'kubelet-event-qps=warning', dir]).stdout).includes('kubelet-event-qps:warning'));
  // Turning the only error off lets --fail-on error pass.
  assert.equal(run(['check', '--fail-on', 'error', '--rule', 'kubelet-anonymous-auth=off', dir]).code, 0);
});

test('.kubelet-guard.yaml at the PATH root is read; the command line wins key by key and says so on stderr', () => {
  const dir = node({ '.kubelet-guard.yaml': 'profile: cis-level1\nrules:\n  kubelet-read-only-port: off\n' });
  const fromFile = run(['check', '--format', 'json', dir]);
  assert.deepEqual(rulesOf(fromFile.stdout).sort(), ['kubelet-anonymous-auth:error', 'kubelet-deprecated-flag:hint']);
  assert.equal(fromFile.stderr, '');
  const overridden = run(['check', '--format', 'json', '--profile', 'all', '--rule', 'kubelet-read-only-port=info', dir]);
  assert.deepEqual(rulesOf(overridden.stdout).sort(), ['kubelet-anonymous-auth:error', 'kubelet-deprecated-flag:hint', 'kubelet-event-qps:hint', 'kubelet-read-only-port:information']);
  assert.equal(
    overridden.stderr,
    'kubelet-guard: `profile: cis-level1` in .kubelet-guard.yaml is overridden by the command line (all).\n' +
      'kubelet-guard: `rules.kubelet-read-only-port: off` in .kubelet-guard.yaml is overridden by the command line (info).\n',
  );
  // --no-config ignores it.
  assert.ok(rulesOf(run(['check', '--format', 'json', '--no-config', dir]).stdout).includes('kubelet-event-qps:hint'));
});

test('--config FILE: read instead of the PATH\'s project file, and its own mistakes are reported in it', () => {
  const dir = node({ '.kubelet-guard.yaml': 'profile: cis-level1\n' });
  const team = workspace({ 'team.yaml': 'rules:\n  kubelet-anonymous-auth: warn\n  kubelet-event-qps: off\n' });
  const config = path.join(team, 'team.yaml');
  const result = run(['check', '--format', 'json', '--config', config, dir]);
  const findings = JSON.parse(result.stdout).findings as { path: string; line: number; column: number; rule: string; severity: string; message: string }[];
  assert.deepEqual(findings.filter((f) => f.path === config), [
    { path: config, line: 2, column: 27, endLine: 2, endColumn: 31, severity: 'error', rule: 'project-file-invalid', cis: null, message: "A rule's level is one of off, hint, info, warning, error, not `warn`." },
  ]);
  // The bad level is ignored (the rule keeps its own severity); the good one applies; the PATH's profile does not.
  assert.deepEqual(findings.filter((f) => f.path !== config).map((f) => `${f.rule}:${f.severity}`).sort(), ['kubelet-anonymous-auth:error', 'kubelet-deprecated-flag:hint', 'kubelet-read-only-port:warning']);
  const missing = run(['check', '--config', path.join(team, 'nope.yaml'), dir]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no such file/i);
});

test('--exclude leaves matching files unreported but still reads them for the node', () => {
  const dir = node();
  const result = run(['check', '--format', 'json', '--exclude', 'var/**', dir]);
  assert.deepEqual(rulesOf(result.stdout).sort(), ['kubelet-anonymous-auth:error', 'kubelet-deprecated-flag:hint']);
});

test('suppressed findings do not fail the run, are counted in the text summary and kept in JSON with their reason', () => {
  const dir = workspace({ 'var/lib/kubelet/config.yaml': `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n# kubelet-guard-disable-next-line kubelet-read-only-port -- scraped by the legacy metrics agent\nreadOnlyPort: 10255\n${HARDENED_CONFIG_LINES}\n` });
  const text = run(['check', dir]);
  assert.equal(text.code, 0);
  assert.equal(text.stdout, 'No findings in 1 file, 1 suppressed.\n');
  const json = JSON.parse(run(['check', '--format', 'json', dir]).stdout);
  assert.deepEqual(json.suppressed.map((s: { rule: string; line: number; reason: string }) => [s.rule, s.line, s.reason]), [['kubelet-read-only-port', 4, 'scraped by the legacy metrics agent']]);
});

test('--quiet prints only errors, and nothing when there is none', () => {
  const dir = node();
  const quiet = run(['check', '-q', dir]);
  assert.equal(quiet.code, 1);
  assert.equal(quiet.stdout.split('\n').filter((line) => / (warning|hint|information) /.test(line)).length, 0);
  assert.match(quiet.stdout, /kubelet-anonymous-auth/);
  assert.match(quiet.stdout, /\n1 error\n$/);
  const none = run(['check', '--quiet', '--rule', 'kubelet-anonymous-auth=off', dir]);
  assert.equal(none.stdout, '');
  assert.equal(none.code, 1);
});

test('colour only when asked or on a terminal: never with NO_COLOR, forced by --color or FORCE_COLOR, never in files', () => {
  const dir = node();
  const esc = /\u001b\[/;
  assert.doesNotMatch(run(['check', dir]).stdout, esc);
  assert.match(run(['check', '--color', dir]).stdout, esc);
  assert.match(run(['check', dir], undefined, { FORCE_COLOR: '1' }).stdout, esc);
  assert.doesNotMatch(run(['check', dir], undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout, esc);
  assert.doesNotMatch(run(['check', '--no-color', dir], undefined, { FORCE_COLOR: '1' }).stdout, esc);
  const out = workspace({});
  run(['check', '--color', '--format', 'text', '--output', path.join(out, 'r.txt'), dir]);
  assert.doesNotMatch(fs.readFileSync(path.join(out, 'r.txt'), 'utf8'), esc);
});

test('usage errors exit 2 with a reason: unknown rule (with a suggestion), bad level, bad profile, two reports on stdout, unwritable output', () => {
  const dir = node();
  const unknown = run(['check', '--rule', 'kubelet-read-only-prot=off', dir]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^kubelet-guard: --rule: unknown rule "kubelet-read-only-prot" \(did you mean kubelet-read-only-port\?\)\n/);
  assert.match(run(['check', '--rule', 'kubelet-read-only-port=loud', dir]).stderr, /the level must be off, hint, info, warning, error, not "loud"/);
  assert.equal(run(['check', '--rule', 'kubelet-read-only-port', dir]).code, 2);
  assert.match(run(['check', '--profile', 'strict', dir]).stderr, /--profile must be all, cis-level1, cis-level2, not "strict"/);
  assert.match(run(['check', '--format', 'json', '--format', 'sarif', dir]).stderr, /only one report can go to standard output/);
  const unwritable = run(['check', '--format', 'sarif', '--output', path.join(dir, 'no', 'such', 'dir', 'r.sarif'), dir]);
  assert.equal(unwritable.code, 2);
  assert.match(unwritable.stderr, /cannot write/);
});

test('--node-root: on-node paths resolve under the named folder first', () => {
  const dir = workspace({
    'etc/systemd/system/kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --anonymous-auth=false\n',
    'var/lib/kubelet/config.yaml': CONFIG,
    'worker/var/lib/kubelet/config.yaml': CONFIG,
  });
  const hint = (args: string[]): string => (JSON.parse(run(['check', '--format', 'json', ...args, dir]).stdout).findings as { rule: string; message: string }[]).find((f) => f.rule === 'kubelet-deprecated-flag')?.message ?? '';
  assert.equal(hint([]), '--anonymous-auth is deprecated: set `authentication.anonymous.enabled` in var/lib/kubelet/config.yaml instead.');
  assert.equal(hint(['--node-root', path.join(dir, 'worker')]), '--anonymous-auth is deprecated: set `authentication.anonymous.enabled` in worker/var/lib/kubelet/config.yaml instead.');
});

test('--help and --version answer and exit 0; the help names every option', () => {
  const help = run(['--help']);
  assert.equal(help.code, 0);
  for (const option of ['--format', '--output', '--quiet', '--color', '--fail-on', '--config', '--no-config', '--profile', '--rule', '--kubernetes-version', '--node-root', '--exclude']) assert.ok(help.stdout.includes(option), option);
  const version = run(['--version']);
  assert.equal(version.code, 0);
  assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
});
