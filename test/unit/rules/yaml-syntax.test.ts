import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';

test('yaml-syntax: broken KubeletConfiguration YAML is reported at the parser position', () => {
  const h = harness({ 'c.yaml': 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nauthentication: {anonymous: \n' });
  const errors = only(h.findings(uri('c.yaml')), 'yaml-syntax');
  assert.ok(errors.length > 0);
  assert.equal(errors[0]?.severity, 'error');
  assert.match(errors[0]?.message ?? '', /^YAML syntax error: /);
});

