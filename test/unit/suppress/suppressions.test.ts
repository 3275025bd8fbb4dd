import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, MemoryWorkspace, type Fix } from '../../../server/src/service/index.js';
import { applyEdits } from '../../support/service-harness.js';

const UNIT = 'file:///ws/kubelet.service';
const rulesOf = (svc: ReturnType<typeof createLanguageService>, uri: string): string[] => svc.analyse(uri).findings.map((f) => f.ruleId);
function service(files: Record<string, string>, requireSuppressionReason = false) {
  const workspace = new MemoryWorkspace(files);
  return { workspace, svc: createLanguageService(workspace, () => ({ kubernetesVersion: '1.36', nodeRoots: [], requireSuppressionReason })) };
}

test('next-line in a unit, between continuation lines: silences that flag line only, and keeps the reason', () => {
  const text = '[Service]\nExecStart=/usr/bin/kubelet \\\n  # kubelet-guard-disable-next-line kubelet-anonymous-auth, kubelet-deprecated-flag -- lab node, tracked in OPS-12\n  --anonymous-auth=true \\\n  --read-only-port=10255\n';
  const { svc } = service({ [UNIT]: text });
  const analysis = svc.analyse(UNIT);
  assert.ok(!analysis.findings.some((f) => f.ruleId === 'kubelet-anonymous-auth'));
  assert.ok(analysis.findings.some((f) => f.ruleId === 'kubelet-read-only-port'));
  assert.deepEqual(analysis.suppressed.map((s) => [s.finding.ruleId, s.reason]).sort(), [
    ['kubelet-anonymous-auth', 'lab node, tracked in OPS-12'],
    ['kubelet-deprecated-flag', 'lab node, tracked in OPS-12'],
  ]);
});

test('disable-file with a list, and without ids (every rule)', () => {
  const { svc } = service({
    [UNIT]: '# kubelet-guard-disable-file kubelet-read-only-port kubelet-authorization-mode\n[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth=false\n',
    'file:///ws/b.service': '; kubelet-guard-disable-file\n[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth=true\n',
  });
  const left = rulesOf(svc, UNIT);
  assert.ok(!left.includes('kubelet-read-only-port') && !left.includes('kubelet-authorization-mode') && left.includes('kubelet-deprecated-flag'));
  assert.deepEqual(rulesOf(svc, 'file:///ws/b.service'), []);
});

test('YAML and env files: # comments; in an env file the comment covers a whole continued assignment', () => {
  const { svc } = service({
    'file:///ws/c.yaml': 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n# kubelet-guard-disable-next-line kubelet-read-only-port -- metrics scraper still uses it\nreadOnlyPort: 10255\n',
    'file:///ws/kubeadm-flags.env': '# kubelet-guard-disable-next-line kubelet-removed-flag\nKUBELET_KUBEADM_ARGS="--v=2 \\\n--pod-infra-container-image=pause"\n',
  });
  assert.ok(!rulesOf(svc, 'file:///ws/c.yaml').includes('kubelet-read-only-port'));
  assert.ok(!rulesOf(svc, 'file:///ws/kubeadm-flags.env').includes('kubelet-removed-flag'));
});

test('a suppression that silences nothing is a hint whose fix removes the line; no reason is a warning only when required', () => {
  const text = '[Service]\n# kubelet-guard-disable-next-line kubelet-read-only-port\nExecStart=/usr/bin/kubelet --config=/c.yaml\n';
  const files = { [UNIT]: text, 'file:///ws/c.yaml': 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n' };
  const { svc } = service(files);
  const unused = svc.analyse(UNIT).findings.filter((f) => f.ruleId === 'suppression-unused');
  assert.deepEqual(unused.map((f) => [f.severity, text.slice(f.span.start, f.span.end), f.message]), [
    ['hint', '# kubelet-guard-disable-next-line kubelet-read-only-port', 'This suppression silences nothing: no finding of kubelet-read-only-port on the next line.'],
  ]);
  assert.equal(applyEdits(text, unused[0]?.fixes[0]?.edits ?? []), '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n');
  const strict = service(files, true).svc;
  assert.deepEqual(strict.analyse(UNIT).findings.filter((f) => f.ruleId === 'suppression-no-reason').map((f) => [f.severity, f.message]), [['warning', 'This suppression gives no reason: add one after " -- ".']]);
});

test('disable actions: for this line (added to an existing comment), for this file, and the documentation', () => {
  const text = '[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth=true\n';
  const { svc, workspace } = service({ [UNIT]: text });
  const actionsFor = (rule: string): Fix[] => svc.fixes(UNIT, 0, (workspace.readFile(UNIT) ?? '').length, [rule]).map((entry) => entry.fix).filter((fix) => fix.disable);
  const [line, file, docs] = actionsFor('kubelet-anonymous-auth');
  assert.deepEqual([line?.title, file?.title, docs?.title], ['Disable kubelet-anonymous-auth for this line', 'Disable kubelet-anonymous-auth for this file', 'Show documentation for kubelet-anonymous-auth']);
  assert.deepEqual(docs?.command, { name: 'showDocumentation', url: 'https://github.com/kubelet-guard/kubelet-guard/blob/main/README.md#kubelet-anonymous-auth' });
  const once = applyEdits(text, line?.edits ?? []);
  assert.equal(once, '[Service]\n# kubelet-guard-disable-next-line kubelet-anonymous-auth\nExecStart=/usr/bin/kubelet --anonymous-auth=true\n');
  workspace.set(UNIT, once);
  const [second] = actionsFor('kubelet-deprecated-flag');
  const twice = applyEdits(once, second?.edits ?? []);
  assert.equal(twice, '[Service]\n# kubelet-guard-disable-next-line kubelet-anonymous-auth, kubelet-deprecated-flag\nExecStart=/usr/bin/kubelet --anonymous-auth=true\n');
  workspace.set(UNIT, twice);
  assert.ok(!rulesOf(svc, UNIT).includes('kubelet-anonymous-auth') && !rulesOf(svc, UNIT).includes('kubelet-deprecated-flag'));
  assert.equal(applyEdits(text, file?.edits ?? []), '# kubelet-guard-disable-file kubelet-anonymous-auth\n[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth=true\n');
});

test('fix-all never applies a disable action', () => {
  const text = '[Service]\nExecStart=/usr/bin/kubelet --kubeconfig=/k --hostname-override=x\n';
  const { svc } = service({ [UNIT]: text });
  const all = svc.fixAll(UNIT);
  assert.ok(all);
  assert.doesNotMatch(applyEdits(text, all.edits), /kubelet-guard-disable/);
});
