import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveSettings } from '../../../server/src/service/settings/resolve-settings.js';
import { parseProjectFile } from '../../../server/src/service/settings/project-file.js';

const project = (text: string) => ({ uri: 'file:///ws/.kubelet-guard.yaml', file: parseProjectFile(text, (p) => `/ws/${p}`, ['kubelet-event-qps', 'kubelet-read-only-port']) });

test('defaults apply when no layer says anything', () => {
  const settings = resolveSettings({}, undefined, '/ws', 'editor');
  assert.deepEqual({ ...settings, overridden: [...settings.overridden] }, {
    kubernetesVersion: '1.36', nodeRoots: [], requireSuppressionReason: false, profile: 'all', rules: {}, exclude: [], excludeBase: '/ws', projectFile: undefined, overridden: [],
  });
});

test('the project file fills what the editor leaves unset; the editor wins where both speak, and each win is noted', () => {
  const settings = resolveSettings(
    { profile: 'cis-level1', rules: { 'kubelet-read-only-port': 'off' }, exclude: ['a/**'] },
    project('profile: all\nkubernetesVersion: "1.34"\nrules:\n  kubelet-event-qps: error\n  kubelet-read-only-port: warning\nexclude: [a/**]\n'),
    '/ws',
    'editor',
  );
  assert.equal(settings.profile, 'cis-level1');
  assert.equal(settings.kubernetesVersion, '1.34');
  assert.deepEqual(settings.rules, { 'kubelet-event-qps': 'error', 'kubelet-read-only-port': 'off' });
  assert.equal(settings.projectFile, 'file:///ws/.kubelet-guard.yaml');
  assert.deepEqual([...settings.overridden], [
    ['profile', '`profile: all` in .kubelet-guard.yaml is overridden by the editor setting `kubeletGuard.profile` (cis-level1).'],
    ['rules.kubelet-read-only-port', '`rules.kubelet-read-only-port: warning` in .kubelet-guard.yaml is overridden by the editor setting `kubeletGuard.rules` (off).'],
  ]);
});

test('the command line names itself in the notes', () => {
  const settings = resolveSettings({ kubernetesVersion: '1.30' }, project('kubernetesVersion: "1.34"\n'), '/ws', 'command line');
  assert.deepEqual([...settings.overridden.values()], ['`kubernetesVersion: 1.34` in .kubelet-guard.yaml is overridden by the command line (1.30).']);
});
