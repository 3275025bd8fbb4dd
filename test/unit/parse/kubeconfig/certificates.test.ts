import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { X509Certificate, generateKeyPairSync } from 'node:crypto';
import {
  analyseData,
  keyMatchesCertificate,
  parseCertificate,
  pemBlocks,
  toPem,
  weakSignature,
  type DataAnalysis,
} from '../../../../server/src/service/parse/kubeconfig/certificates.js';

const CERTS = path.resolve(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'certs');
const pem = (name: string): string => fs.readFileSync(path.join(CERTS, name), 'utf8');
const der = (name: string): Buffer => Buffer.from(new X509Certificate(pem(name)).raw);
const analyse = (field: 'certificate-authority-data' | 'client-certificate-data' | 'client-key-data', text: string | Buffer): DataAnalysis => {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return analyseData(field, bytes, bytes.toString('base64'));
};
const problem = (analysis: DataAnalysis): unknown => (analysis.kind === 'invalid' ? analysis.problem : analysis.kind);

test('pemBlocks finds every block with its type and headers, and notices a BEGIN without END', () => {
  const text = `junk\n${pem('valid-ca.pem')}${pem('valid-client.key')}-----BEGIN CERTIFICATE-----\nMIIB\n`;
  const { blocks, unterminated } = pemBlocks(text);
  assert.deepEqual(blocks.map((b) => b.type), ['CERTIFICATE', 'PRIVATE KEY']);
  assert.equal(unterminated, true);
  assert.ok(blocks[0]?.bytes?.equals(der('valid-ca.pem')));
  const legacy = pemBlocks('-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n-----END RSA PRIVATE KEY-----\n');
  assert.deepEqual(legacy.blocks[0]?.headers, ['Proc-Type: 4,ENCRYPTED', 'DEK-Info: AES-128-CBC,00']);
  assert.equal(legacy.unterminated, false);
  assert.deepEqual(pemBlocks('no pem here'), { blocks: [], unterminated: false });
});

test('parseCertificate reads validity (UTCTime and GeneralizedTime), subject CN, key size and signature algorithm', () => {
  const expired = parseCertificate(der('expired.pem'));
  assert.ok(expired);
  assert.equal(expired.subject, 'CN=expired-client');
  assert.equal(expired.notBefore.toISOString(), '2020-01-01T00:00:00.000Z');
  assert.equal(expired.notAfter.toISOString(), '2021-01-01T00:00:00.000Z');
  assert.equal(expired.keyType, 'ec');
  assert.equal(expired.rsaBits, undefined);
  assert.equal(expired.signatureOid, '1.2.840.10045.4.3.2');
  assert.equal(expired.selfSigned, true);

  const future = parseCertificate(der('not-yet-valid.pem'));
  assert.equal(future?.notBefore.toISOString(), '2090-01-01T00:00:00.000Z');
  assert.equal(future?.notAfter.toISOString(), '2091-01-01T00:00:00.000Z');

  const small = parseCertificate(der('rsa1024-sha1.pem'));
  assert.equal(small?.rsaBits, 1024);
  assert.equal(small?.signatureOid, '1.2.840.113549.1.1.5');
  assert.equal(parseCertificate(der('sha1.pem'))?.rsaBits, 2048);

  const leaf = parseCertificate(der('sha1-leaf.pem'));
  assert.equal(leaf?.subject, 'CN=sha1-client');
  assert.equal(leaf?.signatureOid, '1.2.840.10045.4.1');
  assert.equal(leaf?.selfSigned, false);

  assert.equal(parseCertificate(Buffer.from('not a certificate')), undefined);
});

test('weakSignature knows SHA-1 and MD5 algorithms and nothing stronger', () => {
  assert.deepEqual(weakSignature('1.2.840.113549.1.1.5'), { hash: 'SHA-1', algorithm: 'sha1WithRSAEncryption' });
  assert.deepEqual(weakSignature('1.2.840.10045.4.1'), { hash: 'SHA-1', algorithm: 'ecdsa-with-SHA1' });
  assert.deepEqual(weakSignature('1.2.840.113549.1.1.4'), { hash: 'MD5', algorithm: 'md5WithRSAEncryption' });
  assert.equal(weakSignature('1.2.840.113549.1.1.11'), undefined);
  assert.equal(weakSignature(undefined), undefined);
});

test('analyseData: certificates and bundles', () => {
  const bundle = analyse('certificate-authority-data', pem('valid-ca.pem') + pem('expired.pem'));
  assert.equal(bundle.kind, 'certificates');
  assert.deepEqual(bundle.kind === 'certificates' && bundle.certificates.map((c) => c.subject), ['CN=kubernetes', 'CN=expired-client']);
  // A CA bundle skips a block that does not parse, as Go's AppendCertsFromPEM does; a client certificate's leaf must parse.
  const broken = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n';
  assert.equal(analyse('certificate-authority-data', broken + pem('valid-ca.pem')).kind, 'certificates');
  assert.deepEqual(problem(analyse('client-certificate-data', broken + pem('valid-client.pem'))), { reason: 'unparsable' });
  assert.deepEqual(problem(analyse('certificate-authority-data', broken)), { reason: 'unparsable' });
  assert.equal(analyse('certificate-authority-data', '').kind, 'empty');
});

test('analyseData: what is wrong with data that is not a PEM certificate or key', () => {
  assert.deepEqual(problem(analyseData('certificate-authority-data', Buffer.from('DATA+OMITTED', 'base64'), 'DATA+OMITTED')), { reason: 'placeholder', placeholder: 'DATA+OMITTED' });
  assert.deepEqual(problem(analyseData('client-key-data', Buffer.from('REDACTED', 'base64'), 'REDACTED')), { reason: 'placeholder', placeholder: 'REDACTED' });
  const once = Buffer.from(pem('valid-ca.pem')).toString('base64');
  assert.deepEqual(problem(analyse('certificate-authority-data', once)), { reason: 'double-encoded', inner: once });
  const wrapped = once.replace(/(.{76})/g, '$1\n');
  assert.deepEqual(problem(analyse('certificate-authority-data', wrapped)), { reason: 'double-encoded', inner: once });
  assert.deepEqual(problem(analyse('client-certificate-data', der('valid-client.pem'))), { reason: 'der-certificate', pem: pem('valid-client.pem') });
  assert.deepEqual(problem(analyse('certificate-authority-data', 'hello')), { reason: 'not-pem' });
  assert.deepEqual(problem(analyse('certificate-authority-data', '-----BEGIN CERTIFICATE-----\n')), { reason: 'unterminated' });
  assert.deepEqual(problem(analyse('client-certificate-data', pem('valid-client.key'))), { reason: 'wrong-block', found: ['PRIVATE KEY'] });
  assert.deepEqual(problem(analyse('client-key-data', pem('valid-client.pem'))), { reason: 'wrong-block', found: ['CERTIFICATE'] });
  assert.deepEqual(problem(analyse('client-key-data', '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n')), { reason: 'unparsable' });
  assert.deepEqual(problem(analyse('client-key-data', '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n')), { reason: 'openssh-key' });
  const encrypted = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'x' });
  assert.deepEqual(problem(analyse('client-key-data', encrypted.toString())), { reason: 'encrypted-key' });
  const legacy = '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n-----END RSA PRIVATE KEY-----\n';
  assert.deepEqual(problem(analyse('client-key-data', legacy)), { reason: 'encrypted-key' });
});

test('analyseData: PKCS #1, PKCS #8 and SEC 1 keys parse; keyMatchesCertificate pairs a key with its certificate', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  assert.equal(analyse('client-key-data', rsa.export({ type: 'pkcs1', format: 'pem' }).toString()).kind, 'key');
  assert.equal(analyse('client-key-data', rsa.export({ type: 'pkcs8', format: 'pem' }).toString()).kind, 'key');
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  assert.equal(analyse('client-key-data', ec.export({ type: 'sec1', format: 'pem' }).toString()).kind, 'key');

  const own = analyse('client-key-data', pem('valid-client.key'));
  const certificate = parseCertificate(der('valid-client.pem'));
  assert.ok(own.kind === 'key' && certificate);
  assert.equal(keyMatchesCertificate(certificate, own.key), true);
  assert.equal(keyMatchesCertificate(certificate, ec), false);
  assert.equal(keyMatchesCertificate(certificate, rsa), false);
});

test('toPem wraps DER at 64 characters', () => {
  assert.equal(toPem('CERTIFICATE', der('valid-ca.pem')), pem('valid-ca.pem'));
});
