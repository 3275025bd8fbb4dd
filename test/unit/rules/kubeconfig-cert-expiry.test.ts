import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { harness, only, uri } from '../../support/service-harness.js';
import { certExpiryRule, kubeconfigCertExpiry } from '../../../server/src/service/rules/kubeconfig-cert-expiry.js';

const RULE = 'kubeconfig-cert-expiry';
const CERTS = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'certs');
const b64 = (pem: string): string => Buffer.from(pem).toString('base64');
const fixture = (name: string): string => b64(fs.readFileSync(path.join(CERTS, name), 'utf8'));

/** A self-signed EC certificate valid from now for `days` days, made with the openssl CLI. */
function freshCertificate(cn: string, days: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cert-'));
  try {
    const out = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', path.join(dir, 'key.pem'), '-out', out, '-days', String(days), '-subj', `/CN=${cn}`], {
      stdio: 'ignore',
    });
    return fs.readFileSync(out, 'utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

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
    client-key-data: QUJD
`;
const at = (iso: string) => [certExpiryRule(() => new Date(iso))];
const findings = (text: string, rules = [kubeconfigCertExpiry], path = 'config.yaml') => only(harness({ [path]: text }, {}, rules).findings(uri(path)), RULE);

// Data that is not a certificate ("ABC") is left to kubeconfig-invalid-cert, so it keeps the other field out of the way.
const OTHER = 'QUJD';

test('an expired client certificate: error on the field, with the CN, the date and the days since; no fix', () => {
  const text = kubeconfig(OTHER, fixture('expired.pem'));
  const h = harness({ 'config.yaml': text }, {}, at('2021-03-02T12:00:00Z'));
  const start = text.indexOf('client-certificate-data');
  const end = text.indexOf('\n', start);
  assert.deepEqual(only(h.findings(uri('config.yaml')), RULE), [
    {
      rule: RULE,
      severity: 'error',
      text: text.slice(start, end),
      start,
      end,
      message: 'The client certificate CN=expired-client in client-certificate-data of user "alice" expired on 2021-01-01 (60 days ago): the API server rejects it. Renew it.',
    },
  ]);
  assert.deepEqual(h.raw(uri('config.yaml'))[0]?.fixes, []);
  assert.deepEqual(findings(text, at('2021-01-01T00:00:01Z')).map((f) => f.message), [
    'The client certificate CN=expired-client in client-certificate-data of user "alice" expired on 2021-01-01 (less than a day ago): the API server rejects it. Renew it.',
  ]);
});

test('an expired CA and a CA that is not valid yet: errors naming the cluster', () => {
  const expired = kubeconfig(fixture('expired.pem'), OTHER);
  assert.deepEqual(findings(expired, at('2022-01-01T00:00:00Z')).map((f) => [f.severity, f.message]), [
    ['error', 'The CA certificate CN=expired-client in certificate-authority-data of cluster "prod" expired on 2021-01-01 (365 days ago): the API server\'s certificate can no longer be verified against it. Renew it.'],
  ]);
  const future = kubeconfig(fixture('not-yet-valid.pem'), OTHER);
  assert.deepEqual(findings(future, at('2089-12-30T00:00:00Z')).map((f) => [f.severity, f.text.slice(0, 26), f.message]), [
    [
      'error',
      'certificate-authority-data',
      'The CA certificate CN=future-ca in certificate-authority-data of cluster "prod" is not valid before 2090-01-01 (2 days from now): TLS handshakes fail until then; a wrong clock on the machine that issued it is the usual cause.',
    ],
  ]);
});

test('the 30-day window: a warning inside it, nothing at exactly 30 days or more', () => {
  const text = kubeconfig(fixture('valid-ca.pem'), fixture('valid-client.pem'));
  assert.deepEqual(findings(text, at('2124-12-02T00:00:00Z')), []);
  const inside = findings(text, at('2124-12-02T00:00:01Z'));
  assert.deepEqual(inside.map((f) => [f.severity, f.message]), [
    ['warning', 'The CA certificate CN=kubernetes in certificate-authority-data of cluster "prod" expires on 2125-01-01 (in 29 days): renew it before then.'],
    ['warning', 'The client certificate CN=system:node:worker-1 in client-certificate-data of user "alice" expires on 2125-01-01 (in 29 days): renew it before then.'],
  ]);
  assert.deepEqual(findings(text, at('2124-12-31T00:00:00Z')).map((f) => f.message.split(' (')[1]), ['in 1 day): renew it before then.', 'in 1 day): renew it before then.']);
  assert.deepEqual(findings(text, at('2124-12-31T12:00:00Z')).map((f) => f.message.split(' (')[1]), ['in less than a day): renew it before then.', 'in less than a day): renew it before then.']);
});

test('with the real clock: a certificate made now for 10 days is a warning, one for a year is fine, the fixtures are judged', () => {
  const soon = b64(freshCertificate('soon', 10));
  const later = b64(freshCertificate('later', 365));
  const warned = findings(kubeconfig(later, soon));
  assert.equal(warned.length, 1);
  assert.equal(warned[0]?.severity, 'warning');
  assert.match(warned[0]?.message ?? '', /^The client certificate CN=soon in client-certificate-data of user "alice" expires on \d{4}-\d{2}-\d{2} \(in (9|10) days\): renew it before then\.$/);
  assert.deepEqual(findings(kubeconfig(later, later)), []);
  const fixtures = findings(kubeconfig(fixture('not-yet-valid.pem'), fixture('expired.pem')));
  assert.deepEqual(fixtures.map((f) => [f.severity, f.message.split(' in ')[0]]), [
    ['error', 'The CA certificate CN=future-ca'],
    ['error', 'The client certificate CN=expired-client'],
  ]);
});

test('each certificate of a CA bundle is judged; several clusters and users are named; a kubeconfig without kind', () => {
  const bundle = b64(fs.readFileSync(path.join(CERTS, 'valid-ca.pem'), 'utf8') + fs.readFileSync(path.join(CERTS, 'expired.pem'), 'utf8'));
  const text = `${kubeconfig(bundle, fixture('valid-client.pem'))}- name: bob\n  user:\n    client-certificate-data: ${fixture('expired.pem')}\n`;
  assert.deepEqual(findings(text, at('2030-01-01T00:00:00Z')).map((f) => f.message.split(' expired')[0]), [
    'The CA certificate CN=expired-client in certificate-authority-data of cluster "prod"',
    'The client certificate CN=expired-client in client-certificate-data of user "bob"',
  ]);
  const noKind = kubeconfig(fixture('expired.pem'), fixture('valid-client.pem')).replace('apiVersion: v1\nkind: Config\n', '');
  assert.equal(findings(noKind, at('2030-01-01T00:00:00Z'), 'kubelet.conf').length, 1);
});

test('no finding for data that is not a certificate, file references, or client-key-data', () => {
  const text = kubeconfig('QUJD', fixture('expired.pem').slice(0, 40));
  assert.deepEqual(findings(text, at('2030-01-01T00:00:00Z')), []);
  const files = 'clusters:\n- name: f\n  cluster:\n    certificate-authority: /etc/kubernetes/pki/ca.crt\n';
  assert.deepEqual(findings(files, at('2030-01-01T00:00:00Z')), []);
  const keyOnly = `users:\n- name: k\n  user:\n    client-key-data: ${fixture('expired.pem')}\n`;
  assert.deepEqual(findings(keyOnly, at('2030-01-01T00:00:00Z')), []);
});
