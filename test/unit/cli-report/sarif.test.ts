import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSarif } from '../../../server/src/cli/report/sarif.js';
import { RULES } from '../../../server/src/service/rules/registry.js';
import { RULE_DOCS } from '../../../server/src/service/rules/rule-docs.js';
import type { CheckReport } from '../../../server/src/cli/report/report-model.js';
import { assertValidSarif, sarifValidator } from '../../support/sarif-schema.js';
import { CLEAN_PATH, CONFIG_PATH, KUBECONFIG_PATH, reportedFinding, SAMPLE_REPORT, UNIT_PATH } from '../../support/check-report.js';

// Loose types for reading the log back: the test checks values, the schema checks shape.
interface Descriptor {
  id: string;
  name: string;
  help: { text: string; markdown: string };
  properties: { tags: string[]; 'security-severity'?: string; precision: string };
  [key: string]: unknown;
}
interface Result {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string; index: number }; region: Record<string, number> } }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; justification?: string }[];
  [key: string]: unknown;
}
interface Run {
  tool: { driver: { rules: Descriptor[]; [key: string]: unknown } };
  artifacts: { location: { uri: string; uriBaseId?: string } }[];
  results: Result[];
  [key: string]: unknown;
}

function sarif(report: CheckReport = SAMPLE_REPORT): { log: { runs: Run[]; [key: string]: unknown }; run: Run } {
  const log = JSON.parse(formatSarif(report, RULES));
  return { log, run: log.runs[0] };
}

const descriptor = (run: Run, id: string): Descriptor | undefined => run.tool.driver.rules.find((rule) => rule.id === id);
const resultOf = (run: Run, ruleId: string): Result | undefined => run.results.find((result) => result.ruleId === ruleId);

test('the log validates against the SARIF 2.1.0 schema, with every rule described', () => {
  const { log } = sarif();
  assertValidSarif(log);
  assertValidSarif(sarif({ findings: [], files: [], toolVersion: 'dev' }).log);
});

test('the validator rejects broken logs, so the validation above can fail', () => {
  const broken = (change: (log: { runs: Run[]; [key: string]: unknown }) => void): boolean => {
    const { log } = sarif();
    change(log);
    return sarifValidator.validate(log) as boolean;
  };
  assert.equal(broken(() => undefined), true);
  assert.equal(broken((log) => { log['version'] = '2.0.0'; }), false);
  assert.equal(broken((log) => { (log.runs[0]?.results[0] as Result).level = 'fatal'; }), false);
  assert.equal(broken((log) => { (log.runs[0]?.results[0] as Result).locations[0]!.physicalLocation.region['startLine'] = 0; }), false);
  assert.equal(broken((log) => { (log.runs[0]?.results[0] as Result).locations[0]!.physicalLocation.artifactLocation.uri = 'a path\\with spaces'; }), false);
  assert.equal(broken((log) => { log.runs[0]!.tool.driver.rules[0]!.properties.tags = ['security', 'security']; }), false);
  assert.equal(broken((log) => { (log as Record<string, unknown>)['runs'] = [{}]; }), false);
});

test('one run; the driver names the tool, its version and its home page', () => {
  const { log, run } = sarif();
  assert.equal(log['$schema'], 'https://json.schemastore.org/sarif-2.1.0.json');
  assert.equal(log['version'], '2.1.0');
  assert.equal(log.runs.length, 1);
  const { rules, ...driver } = run.tool.driver;
  assert.deepEqual(driver, { name: 'Kubelet Guard', informationUri: 'https://github.com/kubelet-guard/kubelet-guard', version: '0.1.0', semanticVersion: '0.1.0' });
  assert.deepEqual(rules.map((rule) => rule.id), RULES.map((rule) => rule.id));
  assert.equal(run['columnKind'], 'utf16CodeUnits');
});

test('a rule descriptor: PascalCase name, title, summary, help from the rule page, docs link, level and tags', () => {
  const { run } = sarif();
  const { help, ...rest } = descriptor(run, 'kubelet-anonymous-auth') ?? assert.fail('no descriptor');
  assert.deepEqual(rest, {
    id: 'kubelet-anonymous-auth',
    name: 'KubeletAnonymousAuth',
    shortDescription: { text: 'Anonymous requests to the kubelet API are allowed' },
    fullDescription: { text: 'Anonymous authentication is enabled (the flag default is on when no --config file is used).' },
    helpUri: 'https://github.com/kubelet-guard/kubelet-guard/blob/main/README.md#kubelet-anonymous-auth',
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['security', 'CIS-4.2.1', 'cis-level1'], 'security-severity': '8.0', precision: 'high' },
  });
  const doc = RULE_DOCS['kubelet-anonymous-auth'] ?? assert.fail('no rule page');
  const references = doc.references.map((ref) => `- ${ref.title}: ${ref.url}`).join('\n');
  assert.equal(help.text, `${doc.why}\n\nFix: ${doc.fix}\n\nReferences:\n${references}`);
  const links = doc.references.map((ref) => `- [${ref.title}](${ref.url})`).join('\n');
  assert.equal(help.markdown, `**Why it matters.** ${doc.why}\n\n**How to fix.** ${doc.fix}\n\n**References**\n\n${links}`);
  assert.ok(help.markdown.includes('- [CIS Kubernetes Benchmark](https://www.cisecurity.org/benchmark/kubernetes)'));
});

test('security-severity only on security rules (every tier but correctness), scored from the default severity', () => {
  const { run } = sarif();
  const score = { error: '8.0', warning: '5.5', information: '3.0', hint: '1.0' };
  for (const rule of RULES) {
    const properties = (descriptor(run, rule.id) ?? assert.fail(rule.id)).properties;
    if (rule.tier === 'correctness') {
      assert.equal('security-severity' in properties, false, rule.id);
      assert.deepEqual(properties.tags, ['correctness'], rule.id);
    } else {
      assert.equal(properties['security-severity'], score[rule.defaultSeverity], rule.id);
      assert.equal(properties.tags[0], 'security', rule.id);
      assert.equal(properties.tags.at(-1), rule.tier, rule.id);
    }
  }
  assert.equal(descriptor(run, 'kubelet-read-only-port')?.properties['security-severity'], '5.5');
  assert.equal(descriptor(run, 'kubelet-deprecated-flag')?.properties['security-severity'], undefined);
  assert.equal(descriptor(run, 'kubelet-deprecated-flag')?.name, 'KubeletDeprecatedFlag');
});

test('each CIS id of a rule becomes a tag, a list included', () => {
  const { run } = sarif();
  assert.deepEqual(descriptor(run, 'kubelet-file-permissions')?.properties.tags, ['security', 'CIS-4.1.1', 'CIS-4.1.5', 'CIS-4.1.9', 'cis-level1']);
  assert.deepEqual(descriptor(run, 'kubeconfig-insecure-skip-tls-verify')?.properties.tags, ['security', 'hardening']);
});

test('a result: rule, index into the rules, level, message, and the exact region of the finding', () => {
  const { run } = sarif();
  const { partialFingerprints, ...result } = resultOf(run, 'kubelet-anonymous-auth') ?? assert.fail('no result');
  assert.deepEqual(result, {
    ruleId: 'kubelet-anonymous-auth',
    ruleIndex: RULES.findIndex((rule) => rule.id === 'kubelet-anonymous-auth'),
    level: 'error',
    message: { text: 'Anonymous authentication is on: set by `--anonymous-auth=true` in kubelet.service:2.' },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: 'etc/systemd/system/kubelet.service', uriBaseId: '%SRCROOT%', index: 2 },
          region: { startLine: 2, startColumn: 66, endLine: 2, endColumn: 87 },
        },
      },
    ],
  });
  assert.match(partialFingerprints['kubeletGuard/v1'] ?? '', /^[0-9a-f]{32}:1$/);
  for (const result of run.results) assert.equal(run.tool.driver.rules[result.ruleIndex ?? -1]?.id, result.ruleId);
});

test('severities map to SARIF levels: information and hint are notes', () => {
  const levels = (['error', 'warning', 'information', 'hint'] as const).map((severity) => sarif({ findings: [reportedFinding({ severity })], files: [], toolVersion: '0.1.0' }).run.results[0]?.level);
  assert.deepEqual(levels, ['error', 'warning', 'note', 'note']);
  assert.deepEqual(descriptor(sarif().run, 'kubelet-deprecated-flag')?.['defaultConfiguration'], { level: 'note' });
});

test('suppressed findings stay in the log, marked in-source, with the reason as justification when there is one', () => {
  const { run } = sarif();
  assert.equal(run.results.length, SAMPLE_REPORT.findings.length);
  assert.deepEqual(resultOf(run, 'kubelet-streaming-idle-timeout')?.suppressions, [{ kind: 'inSource', justification: 'long "kubectl exec" sessions in CI & <debug> jobs' }]);
  assert.deepEqual(resultOf(run, 'kubeconfig-static-token')?.suppressions, [{ kind: 'inSource' }]);
  assert.equal('suppressions' in (resultOf(run, 'kubelet-read-only-port') ?? {}), false);
});

test('every checked file is an artifact, clean ones too; results point at theirs by index', () => {
  const { run } = sarif();
  assert.deepEqual(
    run.artifacts,
    [CONFIG_PATH, KUBECONFIG_PATH, UNIT_PATH, CLEAN_PATH].map((uri) => ({ location: { uri, uriBaseId: '%SRCROOT%' }, roles: ['analysisTarget'] })),
  );
  for (const result of run.results) {
    const location = result.locations[0]?.physicalLocation.artifactLocation;
    assert.equal(run.artifacts[location?.index ?? -1]?.location.uri, location?.uri);
  }
});

test('paths: relative ones are encoded against %SRCROOT%, absolute ones are file URIs', () => {
  const report: CheckReport = {
    toolVersion: '0.1.0',
    files: ['./nodes/worker 1/kubelet.service', '/etc/kubernetes/kubelet#1.conf'],
    findings: [reportedFinding({ path: './nodes/worker 1/kubelet.service' }), reportedFinding({ path: '/etc/kubernetes/kubelet#1.conf' }), reportedFinding({ path: 'extra.yaml' })],
  };
  const { log, run } = sarif(report);
  assertValidSarif(log);
  assert.deepEqual(
    run.results.map((result) => result.locations[0]?.physicalLocation.artifactLocation),
    [
      { uri: 'nodes/worker%201/kubelet.service', uriBaseId: '%SRCROOT%', index: 0 },
      { uri: 'file:///etc/kubernetes/kubelet%231.conf', index: 1 },
      // A finding in a file the list misses still gets an artifact of its own.
      { uri: 'extra.yaml', uriBaseId: '%SRCROOT%', index: 2 },
    ],
  );
});

test('fingerprints ignore line numbers and messages, and tell identical lines apart by order', () => {
  const at = (line: number, message: string) => reportedFinding({ path: 'c.yaml', line, endLine: line, message, source: 'readOnlyPort: 10255' });
  const fingerprints = (report: CheckReport): string[] => sarif(report).run.results.map((result) => result.partialFingerprints['kubeletGuard/v1'] ?? '');
  const before = fingerprints({ toolVersion: '0.1.0', files: [], findings: [at(3, 'set in c.yaml:3'), at(9, 'set in c.yaml:9')] });
  const after = fingerprints({ toolVersion: '0.1.0', files: [], findings: [at(5, 'set in c.yaml:5'), at(11, 'set in c.yaml:11')] });
  assert.deepEqual(after, before);
  assert.equal(before[0]?.replace(/:1$/, ':2'), before[1]);
});

test('a finding of a rule the run does not describe keeps its id but no index', () => {
  const report: CheckReport = { toolVersion: '0.1.0', files: [], findings: [reportedFinding({ rule: 'kubelet-read-only-port' })] };
  const run = JSON.parse(formatSarif(report, [])).runs[0] as Run;
  assert.deepEqual(run.tool.driver.rules, []);
  assert.equal(run.results[0]?.ruleId, 'kubelet-read-only-port');
  assert.equal('ruleIndex' in (run.results[0] ?? {}), false);
});

test('output ends with a newline and is indented JSON', () => {
  const output = formatSarif(SAMPLE_REPORT, RULES);
  assert.ok(output.startsWith('{\n  "$schema": '));
  assert.ok(output.endsWith('}\n'));
});
