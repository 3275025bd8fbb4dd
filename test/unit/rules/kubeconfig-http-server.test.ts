import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeconfigHttpServer } from '../../../server/src/service/rules/kubeconfig-http-server.js';

const RULE = 'kubeconfig-http-server';
const RULES = [kubeconfigHttpServer];
const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- name: secure
  cluster:
    server: https://secure.example:6443
- name: lab
  cluster:
    server: http://lab.internal:8080 # legacy insecure port
contexts: []
`;
const findings = (text: string, path = 'config.yaml') => only(harness({ [path]: text }, {}, RULES).findings(uri(path)), RULE);
const httpMessage = (cluster: string, url: string): string =>
  `Cluster "${cluster}" is reached over plain HTTP (${url}): credentials and API traffic cross the network unencrypted, and nothing proves the server is the real API server. Use https:// and the API server's secure port.`;
const schemelessMessage = (cluster: string, url: string): string =>
  `Cluster "${cluster}" gives its server without a scheme (${url}) and sets no CA: client-go then completes it with http://, unless the user paired with it has a client certificate, so traffic may go unencrypted. Write https:// explicitly.`;

test('an http:// server is reported on the URL, naming the cluster; the fix switches the scheme, once', () => {
  const h = harness({ 'config.yaml': KUBECONFIG }, {}, RULES);
  const start = KUBECONFIG.indexOf('http://lab');
  assert.deepEqual(only(h.findings(uri('config.yaml')), RULE), [
    { rule: RULE, severity: 'warning', text: 'http://lab.internal:8080', start, end: start + 24, message: httpMessage('lab', 'http://lab.internal:8080') },
  ]);
  const fixed = h.applyFix(uri('config.yaml'), RULE).get(uri('config.yaml'));
  assert.equal(fixed, KUBECONFIG.replace('http://lab', 'https://lab'));
  assert.deepEqual(only(h.findings(uri('config.yaml')), RULE), []);
});

test('any letter case of the scheme (Go lower-cases it); quoted URLs get the range and fix inside the quotes', () => {
  const upper = harness({ 'c.yaml': KUBECONFIG.replace('http://lab', 'HTTP://lab') }, {}, RULES);
  assert.deepEqual(only(upper.findings(uri('c.yaml')), RULE).map((f) => [f.text, f.message]), [['HTTP://lab.internal:8080', httpMessage('lab', 'HTTP://lab.internal:8080')]]);
  assert.equal(upper.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), KUBECONFIG.replace('http://lab', 'https://lab'));
  const quoted = KUBECONFIG.replace('http://lab.internal:8080', '"Http://lab.internal:8080"');
  const q = harness({ 'c.yaml': quoted }, {}, RULES);
  assert.deepEqual(only(q.findings(uri('c.yaml')), RULE).map((f) => f.text), ['Http://lab.internal:8080']);
  assert.equal(q.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), KUBECONFIG.replace('http://lab.internal:8080', '"https://lab.internal:8080"'));
});

test('an escaped double-quoted URL is reported but not rewritten blindly', () => {
  const escaped = KUBECONFIG.replace('http://lab.internal:8080', '"\\x68ttp://lab.internal:8080"');
  const h = harness({ 'c.yaml': escaped }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE).map((f) => f.message), [httpMessage('lab', 'http://lab.internal:8080')]);
  assert.deepEqual(h.raw(uri('c.yaml'))[0]?.fixes, []);
});

test('a server without a scheme and without any TLS setting: client-go falls back to http://', () => {
  const text = KUBECONFIG.replace('http://lab.internal:8080', '10.0.0.10:6443');
  const h = harness({ 'c.yaml': text }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE).map((f) => [f.text, f.severity, f.message]), [['10.0.0.10:6443', 'warning', schemelessMessage('lab', '10.0.0.10:6443')]]);
  assert.equal(h.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), KUBECONFIG.replace('http://lab.internal:8080', 'https://10.0.0.10:6443'));
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
});

test('no scheme but TLS is chosen: a CA, insecure-skip-tls-verify, or every paired user with a client certificate', () => {
  const base = KUBECONFIG.replace('http://lab.internal:8080 # legacy insecure port', 'lab.internal:6443');
  assert.deepEqual(findings(base.replace('lab.internal:6443', 'lab.internal:6443\n    certificate-authority: /ca.crt')), []);
  assert.deepEqual(findings(base.replace('lab.internal:6443', 'lab.internal:6443\n    certificate-authority-data: QUJD')), []);
  assert.deepEqual(findings(base.replace('lab.internal:6443', 'lab.internal:6443\n    insecure-skip-tls-verify: true')), []);
  const paired = (userBody: string): string =>
    base.replace('contexts: []\n', `contexts:\n- name: c\n  context:\n    cluster: lab\n    user: admin\nusers:\n- name: admin\n  user:\n${userBody}`);
  assert.deepEqual(findings(paired('    client-certificate: /admin.crt\n    client-key: /admin.key\n')), []);
  assert.deepEqual(findings(paired('    client-certificate-data: QUJD\n    client-key-data: QUJD\n')), []);
  assert.deepEqual(findings(paired('    token: abc\n')).map((f) => f.text), ['lab.internal:6443']);
});

test('no finding for https, other schemes, empty or non-string servers; a kubeconfig without kind is checked', () => {
  assert.deepEqual(findings(KUBECONFIG.replace('http://lab', 'https://lab')), []);
  assert.deepEqual(findings(KUBECONFIG.replace('http://lab.internal:8080', 'unix:///run/api.sock')), []);
  assert.deepEqual(findings(KUBECONFIG.replace('http://lab.internal:8080', '""')), []);
  assert.deepEqual(findings(KUBECONFIG.replace('http://lab.internal:8080', '8080')), []);
  const noKind = KUBECONFIG.replace('apiVersion: v1\nkind: Config\n', '');
  assert.deepEqual(findings(noKind, 'kubelet.conf').map((f) => f.text), ['http://lab.internal:8080']);
});

test('several http clusters: one finding each, each fix touches its own URL', () => {
  const text = KUBECONFIG.replace('https://secure.example:6443', 'http://secure.example:6443');
  const h = harness({ 'c.yaml': text }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE).map((f) => f.message), [httpMessage('secure', 'http://secure.example:6443'), httpMessage('lab', 'http://lab.internal:8080')]);
  assert.equal(h.applyFix(uri('c.yaml'), RULE, 1).get(uri('c.yaml')), text.replace('http://lab', 'https://lab'));
});
