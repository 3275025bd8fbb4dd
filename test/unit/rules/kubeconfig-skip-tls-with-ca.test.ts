import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeconfigSkipTlsWithCa } from '../../../server/src/service/rules/kubeconfig-skip-tls-with-ca.js';

const RULE = 'kubeconfig-skip-tls-with-ca';
const RULES = [kubeconfigSkipTlsWithCa];
const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- name: dev
  cluster:
    server: https://dev.example:6443
    insecure-skip-tls-verify: true
- name: prod
  cluster:
    server: https://prod.example:6443
    certificate-authority-data: LS0tLS1CRUdJTg==
    insecure-skip-tls-verify: true # while the LB cert is replaced
contexts: []
`;
const findings = (text: string, path = 'config.yaml') => only(harness({ [path]: text }, {}, RULES).findings(uri(path)), RULE);
const message = (cluster: string, cas: string): string =>
  `Cluster "${cluster}" sets insecure-skip-tls-verify: true and also a CA (${cas}): client-go rejects a CA combined with skipped verification when it sets up TLS, so every connection fails. Remove insecure-skip-tls-verify to verify the server against the CA.`;

test('reported on insecure-skip-tls-verify of the cluster that also has a CA, with the CA as related information', () => {
  const h = harness({ 'config.yaml': KUBECONFIG }, {}, RULES);
  const start = KUBECONFIG.lastIndexOf('insecure-skip-tls-verify: true');
  assert.deepEqual(only(h.findings(uri('config.yaml')), RULE), [
    { rule: RULE, severity: 'error', text: 'insecure-skip-tls-verify: true', start, end: start + 30, message: message('prod', 'certificate-authority-data') },
  ]);
  const related = h.raw(uri('config.yaml'))[0]?.related ?? [];
  assert.deepEqual(
    related.map((r) => KUBECONFIG.slice(r.span.start, r.span.end)),
    ['certificate-authority-data: LS0tLS1CRUdJTg=='],
  );
});

test('the fix removes the insecure line with its comment, once', () => {
  const h = harness({ 'config.yaml': KUBECONFIG }, {}, RULES);
  const fixed = h.applyFix(uri('config.yaml'), RULE).get(uri('config.yaml'));
  assert.equal(fixed, KUBECONFIG.replace('    insecure-skip-tls-verify: true # while the LB cert is replaced\n', ''));
  assert.deepEqual(only(h.findings(uri('config.yaml')), RULE), []);
});

test('a CA file counts too, as does YAML 1.1 "yes"; both CA forms are named', () => {
  const file = KUBECONFIG.replace('certificate-authority-data: LS0tLS1CRUdJTg==', 'certificate-authority: /etc/kubernetes/pki/ca.crt').replace('true # while', 'yes # while');
  assert.deepEqual(findings(file).map((f) => [f.text, f.message]), [['insecure-skip-tls-verify: yes', message('prod', 'certificate-authority')]]);
  const both = KUBECONFIG.replace('    insecure-skip-tls-verify: true #', '    certificate-authority: /ca.crt\n    insecure-skip-tls-verify: true #');
  assert.deepEqual(findings(both).map((f) => f.message), [message('prod', 'certificate-authority-data and certificate-authority')]);
});

test('no finding: verification on, no CA, an empty CA, a quoted "true" (a type error instead), a CA in another cluster', () => {
  assert.deepEqual(findings(KUBECONFIG.replace('true # while', 'false # while')), []);
  assert.deepEqual(findings(KUBECONFIG.replace('    certificate-authority-data: LS0tLS1CRUdJTg==\n', '')), []);
  assert.deepEqual(findings(KUBECONFIG.replace('LS0tLS1CRUdJTg==', '""')), []);
  assert.deepEqual(findings(KUBECONFIG.replace('true # while', '"true" # while')), []);
  const elsewhere = KUBECONFIG.replace('    insecure-skip-tls-verify: true # while the LB cert is replaced\n', '');
  assert.deepEqual(findings(elsewhere), []);
});

test('a later duplicate key wins: insecure-skip-tls-verify true then false is not reported, false then true is', () => {
  assert.deepEqual(findings(KUBECONFIG.replace('true # while the LB cert is replaced', 'true\n    insecure-skip-tls-verify: false')), []);
  const later = findings(KUBECONFIG.replace('true # while the LB cert is replaced', 'false\n    insecure-skip-tls-verify: true'));
  assert.equal(later.length, 1);
  assert.equal(later[0]?.start, KUBECONFIG.lastIndexOf('insecure-skip-tls-verify: ') + 'insecure-skip-tls-verify: false\n    '.length);
});

test('a kubeconfig without kind, a flow-style cluster (reported, but no line to remove), JSON', () => {
  const noKind = KUBECONFIG.replace('apiVersion: v1\nkind: Config\n', '');
  assert.deepEqual(findings(noKind, 'kubelet.conf').map((f) => f.message), [message('prod', 'certificate-authority-data')]);
  const flow = 'clusters:\n- name: edge\n  cluster: {server: "https://e:6443", certificate-authority-data: QUJD, insecure-skip-tls-verify: true}\n';
  const h = harness({ 'edge.yaml': flow }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('edge.yaml')), RULE).map((f) => [f.text, f.message]), [['insecure-skip-tls-verify: true', message('edge', 'certificate-authority-data')]]);
  assert.deepEqual(h.raw(uri('edge.yaml'))[0]?.fixes, []);
  const json = '{\n"kind": "Config",\n"clusters": [{"name": "j", "cluster": {"server": "https://j", "certificate-authority": "/ca", "insecure-skip-tls-verify": true}}]\n}\n';
  assert.equal(findings(json, 'config.json').length, 1);
});
