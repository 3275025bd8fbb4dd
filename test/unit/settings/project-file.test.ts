import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProjectFile } from '../../../server/src/service/settings/project-file.js';
import { ALL_RULES } from '../../../server/src/service/rules/registry.js';

const ids = ALL_RULES.map((rule) => rule.id);
const parse = (text: string) => parseProjectFile(text, (path) => (path.startsWith('/') ? path : `/ws/${path}`), ids);
const problems = (text: string) => parse(text).problems.map((p) => ({ text: text.slice(p.start, p.end), severity: p.severity, message: p.message, fix: p.replacement?.newText }));

test('a well-formed file gives every setting; YAML 1.2, so `off` is a string; node roots resolved against its folder', () => {
  const text = 'profile: cis-level2\nkubernetesVersion: "1.33"\nrules:\n  kubelet-event-qps: off\n  kubelet-read-only-port: error\nexclude:\n  - examples/**\nnodeRoot: [nodes/a, /abs]\nrequireSuppressionReason: true\n';
  const parsed = parse(text);
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(parsed.settings, {
    kubernetesVersion: '1.33',
    nodeRoots: ['/ws/nodes/a', '/abs'],
    requireSuppressionReason: true,
    profile: 'cis-level2',
    rules: { 'kubelet-event-qps': 'off', 'kubelet-read-only-port': 'error' },
    exclude: ['examples/**'],
  });
});

test('an empty file, or only comments, is no settings and no problem', () => {
  assert.deepEqual(parse(''), { settings: {}, problems: [], keys: [], rules: [] });
  assert.deepEqual(parse('# nothing yet\n').problems, []);
});

test('unknown keys with a suggestion, editor-only keys, and the kubeletGuard. prefix', () => {
  assert.deepEqual(problems('profil: all\nenable: false\nkubeletGuard.profile: all\nfoo: 1\n'), [
    { text: 'profil', severity: 'warning', message: 'Unknown setting `profil`: did you mean `profile`? The keys are profile, rules, kubernetesVersion, nodeRoot, exclude, requireSuppressionReason.', fix: 'profile' },
    { text: 'enable', severity: 'warning', message: '`enable` is an editor setting only: set `kubeletGuard.enable` in the editor settings; .kubelet-guard.yaml ignores it.', fix: undefined },
    { text: 'kubeletGuard.profile', severity: 'warning', message: 'Write `profile` without the `kubeletGuard.` prefix: .kubelet-guard.yaml keys are the setting names alone.', fix: 'profile' },
    { text: 'foo', severity: 'warning', message: 'Unknown setting `foo`. The keys are profile, rules, kubernetesVersion, nodeRoot, exclude, requireSuppressionReason.', fix: undefined },
  ]);
});

test('values of the wrong type or outside the allowed set are errors on the value, and are not used', () => {
  const text = 'profile: strict\nkubernetesVersion: 1.3x\nexclude: examples\nrequireSuppressionReason: yes\n';
  assert.deepEqual(problems(text), [
    { text: 'strict', severity: 'error', message: '`profile` must be one of all, cis-level1, cis-level2, not "strict".', fix: undefined },
    { text: '1.3x', severity: 'error', message: '`kubernetesVersion` must be a Kubernetes minor release such as 1.36, not "1.3x".', fix: undefined },
    { text: 'examples', severity: 'error', message: '`exclude` must be a list of strings.', fix: undefined },
    { text: 'yes', severity: 'error', message: '`requireSuppressionReason` must be true or false.', fix: undefined },
  ]);
  assert.deepEqual(parse(text).settings, {});
});

test('rules: unknown ids get the nearest id; bad levels get the level they most likely meant', () => {
  const text = 'rules:\n  kubelet-read-only-prot: warning\n  kubelet-event-qps: warn\n  kubelet-anonymous-auth: false\n  kubelet-seccomp-default: Information\n  kubelet-tls-min-version: loud\n';
  assert.deepEqual(problems(text), [
    { text: 'kubelet-read-only-prot', severity: 'warning', message: 'Unknown rule `kubelet-read-only-prot`: did you mean `kubelet-read-only-port`?', fix: 'kubelet-read-only-port' },
    { text: 'warn', severity: 'error', message: "A rule's level is one of off, hint, info, warning, error, not `warn`.", fix: 'warning' },
    { text: 'false', severity: 'error', message: "A rule's level is one of off, hint, info, warning, error, not `false`.", fix: 'off' },
    { text: 'Information', severity: 'error', message: "A rule's level is one of off, hint, info, warning, error, not `Information`.", fix: 'info' },
    { text: 'loud', severity: 'error', message: "A rule's level is one of off, hint, info, warning, error, not `loud`.", fix: undefined },
  ]);
  assert.deepEqual(parse(text).settings.rules, { 'kubelet-read-only-prot': 'warning' });
});

test('YAML errors and a file that is not a map are reported, never thrown', () => {
  const broken = problems('profile: [all\n');
  assert.equal(broken[0]?.severity, 'error');
  assert.match(broken[0]?.message ?? '', /^YAML syntax error: /);
  assert.deepEqual(problems('- profile\n'), [{ text: '- profile\n', severity: 'error', message: 'A .kubelet-guard.yaml holds a map of settings, such as `profile: cis-level1`.', fix: undefined }]);
  assert.deepEqual(problems('\u0000\u0001binary'), problems('\u0000\u0001binary'));
});

test('keys and rule entries carry exact ranges for hover', () => {
  const text = 'profile: all\nrules:\n  kubelet-event-qps: off\n';
  const parsed = parse(text);
  assert.deepEqual(parsed.keys.map((k) => [k.key, text.slice(k.keyStart, k.keyEnd), text.slice(k.valueStart, k.valueEnd)]), [
    ['profile', 'profile', 'all'],
    ['rules', 'rules', 'kubelet-event-qps: off\n'],
  ]);
  assert.deepEqual(parsed.rules.map((r) => [text.slice(r.idStart, r.idEnd), text.slice(r.levelStart, r.levelEnd)]), [['kubelet-event-qps', 'off']]);
});

test('a huge file is reported and not parsed', () => {
  const text = `profile: all\n${'# filler\n'.repeat(40000)}`;
  const parsed = parse(text);
  assert.deepEqual(parsed.settings, {});
  assert.deepEqual(parsed.problems.map((p) => [p.start, p.end, p.severity, p.message]), [[0, 12, 'error', 'This file is 352 KiB: a project file holds a few settings, so it is not read (over 256 KiB).']]);
});
