import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';

const RULE = 'kubeconfig-insecure-skip-tls-verify';
const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- name: dev
  cluster:
    server: https://dev.example:6443
    certificate-authority-data: AAAA
- name: prod
  cluster:
    server: https://prod.example:6443
    insecure-skip-tls-verify: true # temporary
contexts: []
`;

test('reported on the key and value, naming the cluster; the fix removes the line with its comment', () => {
  const h = harness({ '.kube/config': KUBECONFIG });
  assert.deepEqual(only(h.findings(uri('.kube/config')), RULE), [
    {
      rule: RULE,
      severity: 'error',
      text: 'insecure-skip-tls-verify: true',
      start: 201,
      end: 231,
      message: 'Cluster "prod" skips verification of the API server\'s certificate (insecure-skip-tls-verify: true): anyone on the network path can pose as the server and read the credentials sent to it.',
    },
  ]);
  const fixed = h.applyFix(uri('.kube/config'), RULE).get(uri('.kube/config'));
  assert.equal(fixed, KUBECONFIG.replace('    insecure-skip-tls-verify: true # temporary\n', ''));
  assert.deepEqual(only(h.findings(uri('.kube/config')), RULE), []);
});

test('YAML 1.1 "yes" counts; false and absent do not', () => {
  assert.equal(only(harness({ 'k.yaml': KUBECONFIG.replace('true # temporary', 'yes') }).findings(uri('k.yaml')), RULE).length, 1);
  assert.deepEqual(only(harness({ 'k.yaml': KUBECONFIG.replace('true # temporary', 'false') }).findings(uri('k.yaml')), RULE), []);
});

test('a kubeconfig without kind is recognised by its clusters list; unrelated YAML is ignored', () => {
  const noKind = KUBECONFIG.replace('apiVersion: v1\nkind: Config\n', '');
  assert.equal(only(harness({ 'kubelet.conf': noKind }).findings(uri('kubelet.conf')), RULE).length, 1);
  assert.deepEqual(harness({ 'deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  insecure-skip-tls-verify: true\n' }).findings(uri('deploy.yaml')), []);
});

test('with a CA as well, this rule stands down for kubeconfig-skip-tls-with-ca', () => {
  const withCa = KUBECONFIG.replace('    insecure-skip-tls-verify: true # temporary\n', '    certificate-authority: /etc/ca.crt\n    insecure-skip-tls-verify: true\n');
  assert.deepEqual(only(harness({ 'k.yaml': withCa }).findings(uri('k.yaml')), RULE), []);
  assert.equal(only(harness({ 'k.yaml': withCa }).findings(uri('k.yaml')), 'kubeconfig-skip-tls-with-ca').length, 1);
});
