import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, uri } from '../../support/service-harness.js';

test('units that do not run the kubelet get no findings', () => {
  assert.deepEqual(harness({ 'containerd.service': '[Service]\nExecStart=/usr/bin/containerd\n' }).findings(uri('containerd.service')), []);
});

test('unrelated YAML gets no findings, even with keys that look like ours', () => {
  assert.deepEqual(harness({ 'deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  readOnlyPort: 10255\n' }).findings(uri('deploy.yaml')), []);
});
