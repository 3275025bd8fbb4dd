import { test } from 'node:test';
import assert from 'node:assert/strict';
import { X509Certificate, generateKeyPairSync } from 'node:crypto';
import { pem } from '../../support/certificates.js';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeconfigInvalidCert } from '../../../server/src/service/rules/kubeconfig-invalid-cert.js';

const RULE = 'kubeconfig-invalid-cert';
const RULES = [kubeconfigInvalidCert];
const b64 = (data: string | Buffer): string => Buffer.from(data).toString('base64');
const FAILS = 'client-go fails when it sets up the connection';

const CA = b64(pem('valid-ca.pem'));
const CERT = b64(pem('valid-client.pem'));
const KEY = b64(pem('valid-client.key'));
const kubeconfig = (ca: string, cert = CERT, key = KEY): string => `apiVersion: v1
kind: Config
clusters:
- name: prod
  cluster:
    server: https://prod.example:6443
    certificate-authority-data: ${ca}
users:
- name: alice
  user:
    client-certificate-data: ${cert}
    client-key-data: ${key}
`;
const findings = (text: string, path = 'config.yaml') => only(harness({ [path]: text }, {}, RULES).findings(uri(path)), RULE);
const messages = (text: string) => findings(text).map((f) => f.message);

test('valid CA, certificate and matching key: no finding', () => {
  assert.deepEqual(findings(kubeconfig(CA)), []);
});

test("the kubelet's combined PEM (certificate and key in one file) works in both fields: no finding", () => {
  const combined = b64(pem('valid-client.pem') + pem('valid-client.key'));
  assert.deepEqual(findings(kubeconfig(CA, combined, combined)), []);
});

test('data that is not PEM: error on the field, naming the cluster; no fix', () => {
  const text = kubeconfig('QUJD # placeholder');
  const h = harness({ 'config.yaml': text }, {}, RULES);
  const start = text.indexOf('certificate-authority-data');
  assert.deepEqual(only(h.findings(uri('config.yaml')), RULE), [
    {
      rule: RULE,
      severity: 'error',
      text: 'certificate-authority-data: QUJD',
      start,
      end: start + 32,
      message: `certificate-authority-data of cluster "prod" decodes to data that is not PEM: ${FAILS}. It must be the base64 of a PEM certificate.`,
    },
  ]);
  assert.deepEqual(h.raw(uri('config.yaml'))[0]?.fixes, []);
});

test('a truncated PEM and the placeholder kubectl config view prints', () => {
  assert.deepEqual(messages(kubeconfig('LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==')), [
    `certificate-authority-data of cluster "prod" decodes to PEM text whose END line is missing, so the value is probably truncated: ${FAILS}.`,
  ]);
  assert.deepEqual(messages(kubeconfig(CA, 'DATA+OMITTED', 'DATA+OMITTED')), [
    `client-certificate-data of user "alice" holds "DATA+OMITTED", the placeholder kubectl config view prints instead of the real data: ${FAILS}. Copy the value from kubectl config view --raw.`,
    `client-key-data of user "alice" holds "DATA+OMITTED", the placeholder kubectl config view prints instead of the real data: ${FAILS}. Copy the value from kubectl config view --raw.`,
  ]);
});

test('base64 applied twice: the fix decodes it once, and the finding goes', () => {
  const text = kubeconfig(b64(CA));
  const h = harness({ 'c.yaml': text }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE).map((f) => f.message), [
    `certificate-authority-data of cluster "prod" is base64-encoded twice: decoding it once gives base64 text again, not the PEM certificate, so ${FAILS}. Decode it once.`,
  ]);
  assert.equal(h.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), kubeconfig(CA));
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
});

test('a DER certificate: the fix converts it to PEM', () => {
  const der = Buffer.from(new X509Certificate(pem('valid-client.pem')).raw);
  const text = kubeconfig(CA, b64(der));
  const h = harness({ 'c.yaml': text }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE).map((f) => f.message), [
    `client-certificate-data of user "alice" holds a DER (binary) certificate, but client-go reads PEM: ${FAILS}. Convert it to PEM before encoding it.`,
  ]);
  assert.equal(h.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), kubeconfig(CA));
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
});

test('certificate and key swapped: both fields are reported and the message says so', () => {
  assert.deepEqual(messages(kubeconfig(CA, KEY, CERT)), [
    `client-certificate-data of user "alice" holds a PEM PRIVATE KEY block but no certificate: ${FAILS}. Are client-certificate-data and client-key-data swapped?`,
    `client-key-data of user "alice" holds a PEM CERTIFICATE block but no private key: ${FAILS}. Are client-certificate-data and client-key-data swapped?`,
  ]);
  assert.deepEqual(messages(kubeconfig(b64('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n'))), [
    `certificate-authority-data of cluster "prod" holds a PEM PUBLIC KEY block but no certificate: ${FAILS}.`,
  ]);
});

test('keys client-go cannot use: encrypted, OpenSSH, unparsable', () => {
  const encrypted = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'secret' });
  assert.deepEqual(messages(kubeconfig(CA, CERT, b64(encrypted))), [
    `client-key-data of user "alice" holds an encrypted private key, which client-go cannot decrypt: ${FAILS}. Store the key unencrypted and protect the file (mode 600) instead.`,
  ]);
  assert.deepEqual(messages(kubeconfig(CA, CERT, b64('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE=\n-----END OPENSSH PRIVATE KEY-----\n'))), [
    `client-key-data of user "alice" holds an OpenSSH private key; client-go reads PEM keys (PKCS #1, PKCS #8 or SEC 1): ${FAILS}.`,
  ]);
  assert.deepEqual(messages(kubeconfig(CA, CERT, b64('-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n'))), [
    `client-key-data of user "alice" holds a PEM private key block that does not parse: ${FAILS}.`,
  ]);
  assert.deepEqual(messages(kubeconfig(b64('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'))), [
    `certificate-authority-data of cluster "prod" holds a PEM certificate block that does not parse: ${FAILS}.`,
  ]);
});

test('a key that does not belong to the certificate: error on client-key-data naming the certificate', () => {
  const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'pem' });
  const text = kubeconfig(CA, CERT, b64(other));
  assert.deepEqual(findings(text).map((f) => [f.text.slice(0, 16), f.message]), [
    [
      'client-key-data:',
      `The private key in client-key-data of user "alice" does not belong to the certificate in client-certificate-data (CN=system:node:worker-1): ${FAILS}. Put the matching key and certificate together.`,
    ],
  ]);
  // A key with a certificate file (not data) cannot be compared here.
  assert.deepEqual(findings(text.replace(`client-certificate-data: ${CERT}`, 'client-certificate: /alice.crt')), []);
});

test('several users are named; a kubeconfig without kind; invalid base64 and empty data are left alone', () => {
  const text = `${kubeconfig(CA)}- name: bob\n  user:\n    client-certificate-data: QUJD\n`;
  assert.deepEqual(messages(text), [`client-certificate-data of user "bob" decodes to data that is not PEM: ${FAILS}. It must be the base64 of a PEM certificate.`]);
  assert.equal(findings(kubeconfig('QUJD').replace('apiVersion: v1\nkind: Config\n', ''), 'kubelet.conf').length, 1);
  assert.deepEqual(findings(kubeconfig('QU_D')), []);
  assert.deepEqual(findings(kubeconfig('""')), []);
});
