import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyPolicy, ruleVerdict } from '../../../server/src/service/settings/rule-policy.js';
import { ruleById } from '../../../server/src/service/rules/registry.js';
import type { Finding } from '../../../server/src/service/index.js';

const finding = (ruleId: string, severity: Finding['severity']): Finding => ({ ruleId, severity, message: 'm', span: { uri: 'file:///ws/a', start: 0, end: 1 }, fixes: [], related: [] });

test('profiles: all keeps every tier; cis-level1 drops level 2 and hardening; cis-level2 drops hardening; correctness always stays', () => {
  const verdict = (id: string, profile: 'all' | 'cis-level1' | 'cis-level2') => ruleVerdict(ruleById(id), id, { profile, rules: {} });
  for (const profile of ['all', 'cis-level1', 'cis-level2'] as const) {
    assert.equal(verdict('kubelet-unknown-flag', profile), undefined, profile);
    assert.equal(verdict('kubelet-anonymous-auth', profile), undefined, profile);
  }
  assert.equal(verdict('kubelet-event-qps', 'all'), undefined);
  assert.equal(verdict('kubelet-event-qps', 'cis-level1'), 'off');
  assert.equal(verdict('kubelet-event-qps', 'cis-level2'), undefined);
  assert.equal(verdict('kubelet-tls-min-version', 'all'), undefined);
  assert.equal(verdict('kubelet-tls-min-version', 'cis-level2'), 'off');
  assert.equal(verdict('kubeconfig-static-token', 'cis-level1'), 'off');
});

test('a level in rules wins over the profile and replaces every severity of the rule, warnings included', () => {
  const settings = { profile: 'cis-level1' as const, rules: { 'kubelet-event-qps': 'error' as const, 'kubelet-anonymous-auth': 'off' as const, 'kubelet-seccomp-default': 'info' as const } };
  const out = applyPolicy(
    [finding('kubelet-event-qps', 'hint'), finding('kubelet-anonymous-auth', 'error'), finding('kubelet-seccomp-default', 'warning'), finding('kubelet-seccomp-default', 'hint'), finding('kubelet-read-only-port', 'warning')],
    settings,
    ruleById,
  );
  assert.deepEqual(out.map((f) => [f.ruleId, f.severity]), [
    ['kubelet-event-qps', 'error'],
    ['kubelet-seccomp-default', 'information'],
    ['kubelet-seccomp-default', 'information'],
    ['kubelet-read-only-port', 'warning'],
  ]);
});

test('a finding whose severity already matches is passed through as the same object', () => {
  const same = finding('kubelet-read-only-port', 'warning');
  assert.equal(applyPolicy([same], { profile: 'all', rules: { 'kubelet-read-only-port': 'warning' } }, ruleById)[0], same);
});

test('unknown rule ids are kept under every profile (only a level can turn them off)', () => {
  assert.equal(ruleVerdict(undefined, 'not-a-rule', { profile: 'cis-level1', rules: {} }), undefined);
  assert.equal(ruleVerdict(undefined, 'not-a-rule', { profile: 'cis-level1', rules: { 'not-a-rule': 'off' } }), 'off');
});
