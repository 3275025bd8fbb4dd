import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, MemoryWorkspace, type UserSettings } from '../../../server/src/service/index.js';
import { applyEdits } from '../../support/service-harness.js';
import { sameUserSettings } from '../../../server/src/service/settings/user-settings.js';

const UNIT = 'file:///ws/kubelet.service';
const PROJECT = 'file:///ws/.kubelet-guard.yaml';
// No --config: flag defaults apply, so read-only port (CIS 4.2.4), event QPS (CIS level 2) and the
// token webhook (hardening) all fire, plus --anonymous-auth=true written down.
const UNIT_TEXT = '[Service]\nExecStart=/usr/bin/kubelet --event-qps=0 --anonymous-auth=true --authorization-mode=Webhook --client-ca-file=/etc/kubernetes/pki/ca.crt\n';

function service(files: Record<string, string>, upper: UserSettings = {}) {
  const workspace = new MemoryWorkspace(files);
  let settings = upper;
  const svc = createLanguageService(workspace, () => settings, (error) => {
    throw error;
  });
  return { workspace, svc, setSettings: (next: UserSettings) => (settings = next) };
}
const rules = (svc: ReturnType<typeof createLanguageService>, uri = UNIT): string[] => [...new Set(svc.analyse(uri).findings.map((f) => `${f.ruleId}:${f.severity}`))].sort();

test('without settings every tier reports; the profile narrows it; the project file is read from the folder root', () => {
  const { svc, workspace } = service({ [UNIT]: UNIT_TEXT });
  const all = rules(svc);
  assert.ok(all.includes('kubelet-event-qps:hint'), all.join());
  assert.ok(all.includes('kubelet-token-webhook:warning'), all.join());
  assert.ok(all.includes('kubelet-anonymous-auth:error'));
  workspace.set(PROJECT, 'profile: cis-level1\n');
  const level1 = rules(svc);
  assert.ok(!level1.some((r) => r.startsWith('kubelet-event-qps') || r.startsWith('kubelet-token-webhook')), level1.join());
  assert.ok(level1.includes('kubelet-anonymous-auth:error') && level1.includes('kubelet-deprecated-flag:hint'));
  workspace.set(PROJECT, 'profile: cis-level2\n');
  assert.ok(rules(svc).includes('kubelet-event-qps:hint'));
  assert.ok(!rules(svc).some((r) => r.startsWith('kubelet-token-webhook')));
});

test('per-rule levels from the project file, and the editor layer winning over it, rule by rule', () => {
  const { svc, setSettings } = service({ [UNIT]: UNIT_TEXT, [PROJECT]: 'rules:\n  kubelet-anonymous-auth: warning\n  kubelet-deprecated-flag: off\n  kubelet-event-qps: error\n' });
  let seen = rules(svc);
  assert.ok(seen.includes('kubelet-anonymous-auth:warning') && seen.includes('kubelet-event-qps:error') && !seen.some((r) => r.startsWith('kubelet-deprecated-flag')), seen.join());
  setSettings({ rules: { 'kubelet-anonymous-auth': 'off' } });
  seen = rules(svc);
  assert.ok(!seen.some((r) => r.startsWith('kubelet-anonymous-auth')) && seen.includes('kubelet-event-qps:error'), seen.join());
  assert.deepEqual([...svc.settings(UNIT).overridden.values()], ['`rules.kubelet-anonymous-auth: warning` in .kubelet-guard.yaml is overridden by the editor setting `kubeletGuard.rules` (off).']);
});

test('exclude: matching files report nothing but still count for the node they belong to', () => {
  const config = 'file:///ws/vendor/config.yaml';
  const files = {
    'file:///ws/kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/ws/vendor/config.yaml\n',
    [config]: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: 10255\nauthentication:\n  anonymous:\n    enabled: true\n',
    [PROJECT]: 'exclude:\n  - vendor/**\n',
  };
  const { svc } = service(files);
  assert.equal(svc.isExcluded(config), true);
  assert.equal(svc.isExcluded(UNIT), false);
  assert.deepEqual(svc.analyse(config).findings, []);
  // The node still reads the excluded config: its values are in force (so flag defaults are not
  // reported on the unit), and what they get wrong is reported where they are set, which is excluded.
  assert.equal(svc.analyse(UNIT).nodes[0]?.configSource?.uri, config);
  assert.deepEqual(svc.analyse(UNIT).findings.map((f) => f.ruleId).filter((id) => id === 'kubelet-anonymous-auth' || id === 'kubelet-read-only-port'), []);
});

test('a suppression for a rule the settings turn off is not reported as unused; suppressed findings of off rules are dropped', () => {
  const text = '[Service]\n# kubelet-guard-disable-next-line kubelet-event-qps -- lab\nExecStart=/usr/bin/kubelet --event-qps=0 --anonymous-auth=false --authorization-mode=Webhook --client-ca-file=/x\n';
  const { svc } = service({ [UNIT]: text }, { profile: 'cis-level1' });
  const analysis = svc.analyse(UNIT);
  assert.ok(!analysis.findings.some((f) => f.ruleId === 'suppression-unused'), analysis.findings.map((f) => f.ruleId).join());
  assert.deepEqual(analysis.suppressed, []);
});

test('suppressed findings take the severity the settings give their rule', () => {
  const text = '[Service]\n# kubelet-guard-disable-next-line kubelet-anonymous-auth -- lab\nExecStart=/usr/bin/kubelet --anonymous-auth=true\n';
  const { svc } = service({ [UNIT]: text }, { rules: { 'kubelet-anonymous-auth': 'info' } });
  assert.deepEqual(svc.analyse(UNIT).suppressed.map((s) => [s.finding.ruleId, s.finding.severity, s.reason]), [['kubelet-anonymous-auth', 'information', 'lab']]);
});

test('kubernetesVersion from the project file decides removed flags', () => {
  const text = '[Service]\nExecStart=/usr/bin/kubelet --keep-terminated-pod-volumes\n';
  const { svc, workspace } = service({ [UNIT]: text });
  const removed = () => svc.analyse(UNIT).findings.filter((f) => f.ruleId === 'kubelet-removed-flag').length;
  assert.equal(removed(), 1);
  workspace.set(PROJECT, 'kubernetesVersion: "1.20"\n');
  assert.equal(removed(), 0);
});

test('the project file itself: findings with fixes that apply once, hover on keys and rule ids, completion', () => {
  const text = 'profle: cis-level1\nrules:\n  kubelet-event-qps: warn\n';
  const { svc, workspace } = service({ [PROJECT]: text, [UNIT]: UNIT_TEXT });
  const findings = svc.analyse(PROJECT).findings;
  assert.deepEqual(findings.map((f) => [f.ruleId, f.severity, text.slice(f.span.start, f.span.end), f.fixes[0]?.title]), [
    ['project-file-invalid', 'warning', 'profle', 'Change to `profile`'],
    ['project-file-invalid', 'error', 'warn', 'Change to `warning`'],
  ]);
  const fixAll = svc.fixAll(PROJECT);
  assert.ok(fixAll);
  const fixed = applyEdits(text, fixAll.edits);
  assert.equal(fixed, 'profile: cis-level1\nrules:\n  kubelet-event-qps: warning\n');
  workspace.set(PROJECT, fixed);
  assert.deepEqual(svc.analyse(PROJECT).findings, []);
  assert.equal(svc.fixAll(PROJECT), undefined);
  // The fixed file now governs the unit.
  assert.ok(!rules(svc).some((r) => r.startsWith('kubelet-token-webhook')));

  const hover = svc.hover(PROJECT, fixed.indexOf('event-qps'));
  assert.ok(hover);
  assert.match(hover.markdown, /^\*\*kubelet-event-qps\*\*: /);
  assert.match(hover.markdown, /Tier: CIS level 2\. CIS 4\.2\.8\./);
  assert.match(hover.markdown, /In force here: warning\./);
  const keyHover = svc.hover(PROJECT, 2);
  assert.match(keyHover?.markdown ?? '', /^\*\*profile\*\* \(editor setting `kubeletGuard\.profile`\)/);
  assert.deepEqual(hover.span, { uri: PROJECT, start: fixed.indexOf('kubelet-event-qps'), end: fixed.indexOf('kubelet-event-qps') + 'kubelet-event-qps'.length });
  assert.equal(
    hover.markdown,
    [
      '**kubelet-event-qps**: Event rate limit of 0',
      '',
      "eventRecordQPS is 0, which throttles events to client-go's fallback rate before Kubernetes 1.37 and removes every limit from 1.37: the hover explains the trade-off rather than judging it.",
      '',
      'Default severity: hint. Tier: CIS level 2. CIS 4.2.8.',
      '',
      'In force here: warning.',
      '',
      '[Documentation](https://github.com/kubelet-guard/kubelet-guard/blob/main/README.md#kubelet-event-qps)',
    ].join('\n'),
  );
  assert.deepEqual(keyHover?.span, { uri: PROJECT, start: 0, end: 7 });
  assert.equal(
    keyHover?.markdown,
    [
      '**profile** (editor setting `kubeletGuard.profile`)',
      '',
      'Which rules are on unless `rules` says otherwise. `all` turns on every rule; `cis-level1` and `cis-level2` keep the correctness rules (what the kubelet, systemd or client-go refuse or silently drop) and the CIS Kubernetes Benchmark recommendations of that level, and leave out hardening checks beyond the benchmark.',
      '',
      'Values: `all` (Every rule: correctness, the CIS benchmark (levels 1 and 2) and hardening beyond it.); `cis-level1` (Correctness rules and the CIS Kubernetes Benchmark level 1 recommendations for the kubelet.); `cis-level2` (Correctness rules and the CIS Kubernetes Benchmark level 1 and level 2 recommendations for the kubelet.). Default: `"all"`.',
    ].join('\n'),
  );

  workspace.set(PROJECT, 'rules:\n  kubelet-ev');
  const ids = svc.complete(PROJECT, 'rules:\n  kubelet-ev'.length).map((c) => c.label);
  assert.ok(ids.includes('kubelet-event-qps') && ids.includes('suppression-unused'));
  workspace.set(PROJECT, 'profile: ');
  assert.deepEqual(svc.complete(PROJECT, 'profile: '.length).map((c) => c.label), ['all', 'cis-level1', 'cis-level2']);
  workspace.set(PROJECT, 'profile: all\n');
  assert.deepEqual(svc.complete(PROJECT, 'profile: all\n'.length).map((c) => c.label), ['rules', 'kubernetesVersion', 'nodeRoot', 'exclude', 'requireSuppressionReason']);
});

test('projectFile: null reads no project file; an explicit URI reads that one (the CLI --config)', () => {
  const other = 'file:///elsewhere/team.yaml';
  const { svc, setSettings } = service({ [UNIT]: UNIT_TEXT, [PROJECT]: 'profile: cis-level1\n', [other]: 'rules:\n  kubelet-anonymous-auth: off\n' });
  setSettings({ projectFile: null });
  assert.ok(rules(svc).some((r) => r.startsWith('kubelet-token-webhook')));
  setSettings({ projectFile: other });
  const seen = rules(svc);
  assert.ok(seen.some((r) => r.startsWith('kubelet-token-webhook')) && !seen.some((r) => r.startsWith('kubelet-anonymous-auth')), seen.join());
});

test('multi-root: each workspace folder reads its own .kubelet-guard.yaml, and exclude globs are relative to it', () => {
  const a = 'file:///a/kubelet.service';
  const b = 'file:///b/kubelet.service';
  const workspace = new MemoryWorkspace(
    {
      [a]: UNIT_TEXT,
      [b]: UNIT_TEXT,
      'file:///a/.kubelet-guard.yaml': 'rules:\n  kubelet-anonymous-auth: info\n',
      'file:///b/.kubelet-guard.yaml': 'exclude: [kubelet.service]\n',
    },
    ['file:///a', 'file:///b'],
  );
  const svc = createLanguageService(workspace, () => ({}), (error) => {
    throw error;
  });
  assert.ok(rules(svc, a).includes('kubelet-anonymous-auth:information'));
  assert.deepEqual(svc.analyse(b).findings, []);
  assert.equal(svc.settings(a).projectFile, 'file:///a/.kubelet-guard.yaml');
  assert.equal(svc.settings(b).excludeBase, '/b');
});

test('a host handing over a fresh but equal settings object each time keeps the cached analysis; a real change does not', () => {
  const workspace = new MemoryWorkspace({ [UNIT]: UNIT_TEXT });
  let profile: 'all' | 'cis-level1' = 'all';
  const svc = createLanguageService(workspace, () => ({ profile, rules: { 'kubelet-event-qps': 'info' }, exclude: ['x/**'] }));
  const first = svc.analyse(UNIT);
  assert.equal(svc.analyse(UNIT), first);
  profile = 'cis-level1';
  assert.notEqual(svc.analyse(UNIT), first);
});

test('sameUserSettings compares values, arrays and rule maps', () => {
  assert.equal(sameUserSettings({ exclude: ['a'], rules: { x: 'off' } }, { exclude: ['a'], rules: { x: 'off' } }), true);
  assert.equal(sameUserSettings({ exclude: ['a'] }, { exclude: ['b'] }), false);
  assert.equal(sameUserSettings({ rules: { x: 'off' } }, { rules: { x: 'info' } }), false);
  assert.equal(sameUserSettings({ rules: { x: 'off' } }, { rules: { x: 'off', y: 'off' } }), false);
  assert.equal(sameUserSettings({ projectFile: null }, {}), false);
  assert.equal(sameUserSettings({ kubernetesVersion: '1.36' }, { kubernetesVersion: '1.36' }), true);
});

test('upToDate: true while every file the analysis read reads the same; false after a dependency changes; unknown before any analysis', () => {
  const config = 'file:///ws/var/lib/kubelet/config.yaml';
  const workspace = new MemoryWorkspace({ [UNIT]: '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml\n', [config]: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n' });
  const svc = createLanguageService(workspace);
  assert.equal(svc.upToDate(UNIT), undefined);
  svc.analyse(UNIT);
  assert.equal(svc.upToDate(UNIT), true);
  workspace.set(config, 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: 10255\n');
  assert.equal(svc.upToDate(UNIT), false);
  svc.analyse(UNIT);
  assert.equal(svc.upToDate(UNIT), true);
  workspace.delete(config);
  assert.equal(svc.upToDate(UNIT), false);
});

test('hover on a project-file key the editor overrides ends with the note saying so; on a rule id, with the rule note', () => {
  const text = 'profile: cis-level1\nrules:\n  kubelet-read-only-port: off\n';
  const { svc } = service({ [PROJECT]: text }, { profile: 'all', rules: { 'kubelet-read-only-port': 'error' } });
  const keyHover = svc.hover(PROJECT, 1)?.markdown.split('\n\n');
  assert.equal(keyHover?.[keyHover.length - 1], '`profile: cis-level1` in .kubelet-guard.yaml is overridden by the editor setting `kubeletGuard.profile` (all).');
  const ruleHover = svc.hover(PROJECT, text.indexOf('read-only'))?.markdown.split('\n\n');
  assert.deepEqual(ruleHover?.slice(-3), [
    'In force here: error.',
    '`rules.kubelet-read-only-port: off` in .kubelet-guard.yaml is overridden by the editor setting `kubeletGuard.rules` (error).',
    '[Documentation](https://github.com/kubelet-guard/kubelet-guard/blob/main/README.md#kubelet-read-only-port)',
  ]);
});
