import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeconfigStaticToken } from '../../../server/src/service/rules/kubeconfig-static-token.js';

const RULE = 'kubeconfig-static-token';
const RULES = [kubeconfigStaticToken];
const KUBECONFIG = `apiVersion: v1
kind: Config
users:
- name: deployer
  user:
    token: eyJhbGciOiJSUzI1NiJ9.deploy.signature # CI service account
- name: files
  user:
    tokenFile: /var/run/secrets/token
`;
const findings = (text: string, path = 'config.yaml') => only(harness({ [path]: text }, {}, RULES).findings(uri(path)), RULE);
const WARNING = (user: string): string =>
  `User "${user}" carries an inline bearer token: anyone who can read this file can use it, and it cannot be rotated without editing the file. Prefer tokenFile, a client certificate or an exec credential plugin.`;
const BOOTSTRAP = (user: string, reason: string): string =>
  `User "${user}" carries an inline bearer token; this looks like a bootstrap kubeconfig (${reason}), which is expected to hold one: the kubelet uses it only to request its own client certificate. Keep the token short-lived and the file readable by root only.`;

test('an inline token is a warning on token: value, naming the user, without a fix; tokenFile is fine', () => {
  const h = harness({ 'config.yaml': KUBECONFIG }, {}, RULES);
  const text = 'token: eyJhbGciOiJSUzI1NiJ9.deploy.signature';
  const start = KUBECONFIG.indexOf(text);
  assert.deepEqual(only(h.findings(uri('config.yaml')), RULE), [
    { rule: RULE, severity: 'warning', text, start, end: start + text.length, message: WARNING('deployer') },
  ]);
  assert.deepEqual(h.raw(uri('config.yaml'))[0]?.fixes, []);
});

test("kubeadm's bootstrap-kubelet.conf: information, recognised by the token's shape", () => {
  const kubeadm = `apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://10.0.0.10:6443
  name: kubernetes
users:
- name: tls-bootstrap-token-user
  user:
    token: abcdef.0123456789abcdef
`;
  assert.deepEqual(findings(kubeadm, 'etc/kubernetes/bootstrap-kubelet.conf').map((f) => [f.severity, f.text, f.message]), [
    ['information', 'token: abcdef.0123456789abcdef', BOOTSTRAP('tls-bootstrap-token-user', 'the token has the shape of a bootstrap token')],
  ]);
  // The shape alone suffices, whatever the user and file are called.
  assert.deepEqual(findings(KUBECONFIG.replace('eyJhbGciOiJSUzI1NiJ9.deploy.signature', '07401b.f395accd246ae52d')).map((f) => [f.severity, f.message]), [
    ['information', BOOTSTRAP('deployer', 'the token has the shape of a bootstrap token')],
  ]);
});

test('a bootstrap user name or a bootstrap file name lowers the severity too; near-miss shapes do not', () => {
  assert.deepEqual(findings(KUBECONFIG.replace('name: deployer', 'name: kubelet-bootstrap')).map((f) => [f.severity, f.message]), [
    ['information', BOOTSTRAP('kubelet-bootstrap', 'the user name says so')],
  ]);
  assert.deepEqual(findings(KUBECONFIG, 'etc/kubernetes/bootstrap.kubeconfig').map((f) => [f.severity, f.message]), [
    ['information', BOOTSTRAP('deployer', 'the file name says so')],
  ]);
  for (const nearMiss of ['ABCDEF.0123456789abcdef', 'abcdef.0123456789abcde', 'abcdef-0123456789abcdef']) {
    assert.deepEqual(findings(KUBECONFIG.replace('eyJhbGciOiJSUzI1NiJ9.deploy.signature', nearMiss)).map((f) => f.severity), ['warning'], nearMiss);
  }
});

test('several users, a kubeconfig without kind; no finding for an empty or non-string token', () => {
  const two = `${KUBECONFIG}- name: other\n  user: {token: "s3cr3t"}\n`;
  assert.deepEqual(findings(two).map((f) => [f.text, f.message]), [
    ['token: eyJhbGciOiJSUzI1NiJ9.deploy.signature', WARNING('deployer')],
    ['token: "s3cr3t"', WARNING('other')],
  ]);
  assert.equal(findings(KUBECONFIG.replace('apiVersion: v1\nkind: Config\n', ''), 'kubelet.conf').length, 1);
  assert.deepEqual(findings(KUBECONFIG.replace('eyJhbGciOiJSUzI1NiJ9.deploy.signature', '""')), []);
  assert.deepEqual(findings(KUBECONFIG.replace('eyJhbGciOiJSUzI1NiJ9.deploy.signature', '')), []);
  assert.deepEqual(findings(KUBECONFIG.replace('eyJhbGciOiJSUzI1NiJ9.deploy.signature', '12345')), []);
});
