import type { YamlDocumentInfo } from '../parse/yaml/yaml-file.js';
import type { CertificateInfo } from '../parse/kubeconfig/certificates.js';
import { describeDataField, embeddedData } from '../parse/kubeconfig/embedded-data.js';

/** Names of the signature algorithms a cluster certificate commonly uses, by OID. */
const SIGNATURES: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.5': 'SHA-1 with RSA (weak)',
  '1.2.840.113549.1.1.11': 'SHA-256 with RSA',
  '1.2.840.113549.1.1.12': 'SHA-384 with RSA',
  '1.2.840.113549.1.1.13': 'SHA-512 with RSA',
  '1.2.840.113549.1.1.10': 'RSA-PSS',
  '1.2.840.10045.4.1': 'ECDSA with SHA-1 (weak)',
  '1.2.840.10045.4.3.2': 'ECDSA with SHA-256',
  '1.2.840.10045.4.3.3': 'ECDSA with SHA-384',
  '1.2.840.10045.4.3.4': 'ECDSA with SHA-512',
  '1.3.101.112': 'Ed25519',
};

const DAY = 24 * 60 * 60 * 1000;

function validity(certificate: CertificateInfo, now: number): string {
  const from = certificate.notBefore.toISOString().slice(0, 10);
  const to = certificate.notAfter.toISOString().slice(0, 10);
  const days = Math.floor((certificate.notAfter.getTime() - now) / DAY);
  const state = certificate.notBefore.getTime() > now
    ? `not valid yet (starts in ${Math.ceil((certificate.notBefore.getTime() - now) / DAY)} days)`
    : days < 0
      ? `expired ${-days} day${days === -1 ? '' : 's'} ago`
      : `expires in ${days} day${days === 1 ? '' : 's'}`;
  return `${from} to ${to}: ${state}`;
}

function key(certificate: CertificateInfo): string {
  const type = certificate.keyType?.toUpperCase() ?? 'unknown';
  if (certificate.rsaBits !== undefined) return `${type} ${certificate.rsaBits} bits${certificate.rsaBits < 2048 ? ' (weak)' : ''}`;
  const curve = certificate.x509.publicKey.asymmetricKeyDetails?.namedCurve;
  return curve ? `${type} ${curve}` : type;
}

/**
 * What an embedded certificate (`certificate-authority-data`, `client-certificate-data`) holds, for a
 * hover on its value: subject, issuer, alternative names, validity with days left, key and signature.
 */
export function certificateHover(document: YamlDocumentInfo, offset: number, now: number = Date.now()): { title: string; body: string[]; start: number; end: number } | undefined {
  const data = embeddedData(document).find((d) => d.entry.valueStart <= offset && offset <= d.entry.valueEnd);
  if (!data || data.field === 'client-key-data') return undefined;
  const analysis = data.analysis;
  const body: string[] = [];
  if (analysis?.kind === 'certificates') {
    analysis.certificates.forEach((certificate, i) => {
      if (i > 0) body.push('');
      if (analysis.certificates.length > 1) body.push(`**Certificate ${i + 1} of ${analysis.certificates.length}**`, '');
      const x509 = certificate.x509;
      body.push(`- Subject: \`${x509.subject.replace(/\n/g, ', ')}\``);
      body.push(`- Issuer: \`${x509.issuer.replace(/\n/g, ', ')}\`${certificate.selfSigned ? ' (self-signed)' : ''}`);
      if (x509.subjectAltName) body.push(`- Alternative names: ${x509.subjectAltName}`);
      body.push(`- Valid: ${validity(certificate, now)}`);
      body.push(`- Key: ${key(certificate)}`);
      body.push(`- Signature: ${SIGNATURES[certificate.signatureOid ?? ''] ?? certificate.signatureOid ?? 'unknown'}`);
    });
  } else body.push('The data does not hold a certificate that parses.');
  return { title: `Embedded ${describeDataField(data.field)}`, body, start: data.entry.valueStart, end: data.entry.valueEnd };
}
