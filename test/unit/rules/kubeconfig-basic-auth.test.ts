import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeconfigBasicAuth } from '../../../server/src/service/rules/kubeconfig-basic-auth.js';

const RULE = 'kubeconfig-basic-auth';
const RULES = [kubeconfigBasicAuth];
const KUBECONFIG = `apiVersion: v1
kind: Config
users:
- name: viewer
  user:
    token: abc
- name: lab-admin
  user:
    username: admin
    password: s3cr3t # from the old wiki
`;
const findings = (text: string, settings = {}, path = 'config.yaml') => only(harness({ [path]: text }, settings, RULES).findings(uri(path)), RULE);
const removedTail = (version: string): string =>
  `the API server stopped accepting basic authentication in Kubernetes 1.19, so a ${version} API server ignores these credentials and the requests are not authenticated as this user. Use a client certificate, a token file or an exec credential plugin instead.`;

test('one finding on the password, naming the user; no fix', () => {
  const h = harness({ 'config.yaml': KUBECONFIG }, {}, RULES);
  const start = KUBECONFIG.indexOf('password: s3cr3t');
  assert.deepEqual(only(h.findings(uri('config.yaml')), RULE), [
    {
      rule: RULE,
      severity: 'warning',
      text: 'password: s3cr3t',
      start,
      end: start + 16,
      message: `User "lab-admin" authenticates with a username and password: ${removedTail('1.36')}`,
    },
  ]);
  assert.deepEqual(h.raw(uri('config.yaml'))[0]?.fixes, []);
});

test('a username alone is reported on the username; a password alone on the password', () => {
  assert.deepEqual(findings(KUBECONFIG.replace('    password: s3cr3t # from the old wiki\n', '')).map((f) => [f.text, f.message]), [
    ['username: admin', `User "lab-admin" authenticates with a username (basic authentication): ${removedTail('1.36')}`],
  ]);
  assert.deepEqual(findings(KUBECONFIG.replace('    username: admin\n', '')).map((f) => f.text), ['password: s3cr3t']);
  assert.deepEqual(findings(KUBECONFIG.replace('password: s3cr3t', 'password: ""')).map((f) => f.text), ['username: admin']);
});

test('the message follows the target release: before 1.19 it is a deprecation', () => {
  assert.deepEqual(findings(KUBECONFIG, { kubernetesVersion: '1.18' }).map((f) => [f.severity, f.message]), [
    [
      'warning',
      'User "lab-admin" authenticates with a username and password: basic authentication is deprecated and the API server drops it in Kubernetes 1.19; a static password is also sent with every request and never expires. Use a client certificate, a token file or an exec credential plugin instead.',
    ],
  ]);
  assert.match(findings(KUBECONFIG, { kubernetesVersion: '1.30' })[0]?.message ?? '', /so a 1\.30 API server ignores/);
});

test('several users, a kubeconfig without kind; no finding for empty credentials or other auth', () => {
  const two = `${KUBECONFIG}- name: second\n  user:\n    username: bob\n    password: pw\n`;
  assert.deepEqual(findings(two).map((f) => f.message.split(' authenticates')[0]), ['User "lab-admin"', 'User "second"']);
  assert.equal(findings(KUBECONFIG.replace('apiVersion: v1\nkind: Config\n', ''), {}, 'kubelet.conf').length, 1);
  assert.deepEqual(findings(KUBECONFIG.replace('username: admin', 'username: ""').replace('password: s3cr3t', 'password:')), []);
  assert.deepEqual(findings('users:\n- name: a\n  user:\n    token: abc\n'), []);
});
