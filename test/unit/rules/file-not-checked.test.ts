import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, uri } from '../../support/service-harness.js';

test('file-not-checked: binary content gets one clear finding and nothing else', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet\u0000\u0001\u0002' });
  assert.deepEqual(h.findings(uri('kubelet.service')).map((f) => [f.rule, f.message]), [['file-not-checked', 'Kubelet Guard did not check this file: it holds binary data (NUL bytes), not text.']]);
});

