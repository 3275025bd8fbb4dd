import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FEATURE_GATES, FEATURE_GATES_SOURCE, type FeatureGateFact } from '../../../server/src/service/data/feature-gates.js';

function gate(name: string): FeatureGateFact | undefined {
  return FEATURE_GATES.find((g) => g.name === name);
}

function state(name: string): readonly [boolean, FeatureGateFact['stage'], boolean] | undefined {
  const g = gate(name);
  return g === undefined ? undefined : [g.default, g.stage, g.lockToDefault];
}

test('feature gate names are unique, sorted and shaped like gate names', () => {
  const names = FEATURE_GATES.map((g) => g.name);
  assert.equal(new Set(names).size, names.length, 'duplicate feature gate name');
  for (let i = 1; i < names.length; i++) {
    const previous = names[i - 1] ?? '';
    const current = names[i] ?? '';
    assert.ok(previous < current, `${previous} should sort before ${current}`);
  }
  for (const name of names) assert.match(name, /^[A-Z][A-Za-z0-9]+$/);
});

test('the table is non-trivial and names its source', () => {
  assert.ok(FEATURE_GATES.length > 50, `only ${FEATURE_GATES.length} gates`);
  assert.match(FEATURE_GATES_SOURCE, /\b[0-9a-f]{40}\b/);
  assert.match(FEATURE_GATES_SOURCE, /1\.36/);
});

test('well-known kubelet gates have their 1.36 state', () => {
  assert.deepEqual(state('RotateKubeletServerCertificate'), [true, 'BETA', false]);
  assert.deepEqual(state('GracefulNodeShutdown'), [true, 'BETA', false]);
  assert.deepEqual(state('KubeletTracing'), [true, 'GA', true]);
  assert.deepEqual(state('NodeSwap'), [true, 'GA', true]);
  assert.deepEqual(state('SystemdWatchdog'), [true, 'GA', true]);
  assert.deepEqual(state('KubeletPSI'), [true, 'GA', true]);
  assert.deepEqual(state('UserNamespacesSupport'), [true, 'GA', true]);
  assert.deepEqual(state('KubeletInUserNamespace'), [false, 'ALPHA', false]);
  assert.deepEqual(state('MaxUnavailableStatefulSet'), [false, 'BETA', false]);
  assert.deepEqual(state('NodeLogQuery'), [true, 'GA', true]);
  assert.deepEqual(state('KubeletRegistrationGetOnExistsOnly'), [false, 'DEPRECATED', false]);
  assert.deepEqual(state('AllowOverwriteTerminationGracePeriodSeconds'), [false, 'DEPRECATED', true]);
});

test('gates from the shared registry beyond pkg/features are listed', () => {
  assert.deepEqual(state('LoggingAlphaOptions'), [false, 'ALPHA', false]);
  assert.deepEqual(state('LoggingBetaOptions'), [true, 'BETA', false]);
  assert.deepEqual(state('ContextualLogging'), [true, 'BETA', false]);
  assert.deepEqual(state('APIServerTracing'), [true, 'GA', true]);
  assert.deepEqual(state('ComponentStatusz'), [true, 'BETA', false]);
  assert.deepEqual(state('WatchListClient'), [true, 'BETA', false]);
  assert.equal(gate('LoggingStableOptions'), undefined, 'declared upstream but never registered');
});

test('gate strings, not Go identifiers, and nothing newer than 1.36', () => {
  assert.ok(gate('CustomCPUCFSQuotaPeriod'));
  assert.equal(gate('CPUCFSQuotaPeriod'), undefined);
  assert.ok(gate('RuntimeClassInImageCriApi'));
  assert.equal(gate('RuntimeClassInImageCriAPI'), undefined);
  assert.equal(gate('VolumeBindMountOptions'), undefined, 'only has a 1.37 spec');
});

test('stages and locks are consistent', () => {
  for (const g of FEATURE_GATES) {
    if (g.stage === 'ALPHA') assert.equal(g.default, false, `${g.name}: alpha gates default to off`);
    if (g.lockToDefault) assert.ok(g.stage === 'GA' || g.stage === 'DEPRECATED', `${g.name}: only GA or deprecated gates are locked`);
    if (g.stage === 'GA' && g.lockToDefault) assert.equal(g.default, true, `${g.name}: locked GA gates default to on`);
  }
});
