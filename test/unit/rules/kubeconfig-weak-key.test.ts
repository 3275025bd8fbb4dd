import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embedded } from '../../support/certificates.js';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeconfigWeakKey } from '../../../server/src/service/rules/kubeconfig-weak-key.js';

const RULE = 'kubeconfig-weak-key';
const RULES = [kubeconfigWeakKey];
const fixture = embedded;

const kubeconfig = (ca: string, client: string): string => `apiVersion: v1
kind: Config
clusters:
- name: prod
  cluster:
    server: https://prod.example:6443
    certificate-authority-data: ${ca}
users:
- name: alice
  user:
    client-certificate-data: ${client}
`;
const findings = (text: string, path = 'config.yaml') => only(harness({ [path]: text }, {}, RULES).findings(uri(path)), RULE);
const REISSUE = 'Reissue it with an RSA key of 2048+ bits or an ECDSA P-256 key, signed with SHA-256.';

test('a 1024-bit RSA CA: warning on the field, naming the CN and the cluster; no fix', () => {
  const text = kubeconfig(fixture('rsa1024.pem'), fixture('valid-client.pem'));
  const h = harness({ 'config.yaml': text }, {}, RULES);
  const start = text.indexOf('certificate-authority-data');
  const end = text.indexOf('\n', start);
  assert.deepEqual(only(h.findings(uri('config.yaml')), RULE), [
    {
      rule: RULE,
      severity: 'warning',
      text: text.slice(start, end),
      start,
      end,
      message: `The CA certificate CN=small-key in certificate-authority-data of cluster "prod" has a 1024-bit RSA key, which is within reach of factoring (2048 bits is the minimum). ${REISSUE}`,
    },
  ]);
  assert.deepEqual(h.raw(uri('config.yaml'))[0]?.fixes, []);
});

test('SHA-1 signatures: a self-signed CA, and a client certificate that a verifier must check', () => {
  assert.deepEqual(findings(kubeconfig(fixture('sha1.pem'), fixture('valid-client.pem'))).map((f) => f.message), [
    `The CA certificate CN=sha1-ca in certificate-authority-data of cluster "prod" is signed with SHA-1 (sha1WithRSAEncryption): that hash no longer resists collisions. ${REISSUE}`,
  ]);
  assert.deepEqual(findings(kubeconfig(fixture('valid-ca.pem'), fixture('sha1-leaf.pem'))).map((f) => f.message), [
    `The client certificate CN=sha1-client in client-certificate-data of user "alice" is signed with SHA-1 (ecdsa-with-SHA1): that hash no longer resists collisions, and Go's certificate verification (used by the API server and client-go) rejects such signatures. ${REISSUE}`,
  ]);
});

test('both weaknesses in one certificate make one finding that names both', () => {
  assert.deepEqual(findings(kubeconfig(fixture('valid-ca.pem'), fixture('rsa1024-sha1.pem'))).map((f) => [f.severity, f.message]), [
    [
      'warning',
      `The client certificate CN=small-sha1 in client-certificate-data of user "alice" has a 1024-bit RSA key, which is within reach of factoring (2048 bits is the minimum), and is signed with SHA-1 (sha1WithRSAEncryption): that hash no longer resists collisions. ${REISSUE}`,
    ],
  ]);
});

test('every certificate of a bundle is judged; several users; a kubeconfig without kind', () => {
  const text = `${kubeconfig(fixture('valid-ca.pem', 'rsa1024.pem'), fixture('valid-client.pem'))}- name: bob\n  user:\n    client-certificate-data: ${fixture('sha1-leaf.pem')}\n`;
  assert.deepEqual(findings(text).map((f) => f.message.split(' has ')[0].split(' is signed')[0]), [
    'The CA certificate CN=small-key in certificate-authority-data of cluster "prod"',
    'The client certificate CN=sha1-client in client-certificate-data of user "bob"',
  ]);
  const noKind = kubeconfig(fixture('rsa1024.pem'), fixture('valid-client.pem')).replace('apiVersion: v1\nkind: Config\n', '');
  assert.equal(findings(noKind, 'kubelet.conf').length, 1);
});

test('no finding for EC P-256 with SHA-256, an RSA 2048 key alone, data that is not a certificate, or a key', () => {
  assert.deepEqual(findings(kubeconfig(fixture('valid-ca.pem'), fixture('valid-client.pem'))), []);
  assert.deepEqual(findings(kubeconfig('QUJD', 'REVG')), []);
  const sha1Rsa2048 = findings(kubeconfig(fixture('sha1.pem'), 'QUJD'));
  assert.doesNotMatch(sha1Rsa2048[0]?.message ?? '', /bit RSA key/);
  assert.deepEqual(findings(`users:\n- name: k\n  user:\n    client-key-data: ${fixture('rsa1024.pem')}\n`), []);
});
