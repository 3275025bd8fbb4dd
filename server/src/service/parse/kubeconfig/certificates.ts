import { Buffer } from 'node:buffer';
import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';

/** One `-----BEGIN X-----` ... `-----END X-----` block. */
export interface PemBlock {
  readonly type: string;
  /** Whether the block carries `Name: value` headers (legacy encrypted keys use `Proc-Type`). */
  readonly headers: readonly string[];
  /** The decoded body; undefined when it is not base64. */
  readonly bytes: Buffer | undefined;
  /** The block's text, BEGIN and END lines included. */
  readonly text: string;
}

const BLOCK = /-----BEGIN ([^\r\n]*?)-----\r?\n([\s\S]*?)-----END \1-----/g;

/** The PEM blocks of a text, and whether a BEGIN line is left without its END line. */
export function pemBlocks(text: string): { blocks: PemBlock[]; unterminated: boolean } {
  const blocks: PemBlock[] = [];
  for (const match of text.matchAll(BLOCK)) {
    const body = match[2] ?? '';
    const lines = body.split(/\r?\n/);
    const headers: string[] = [];
    let index = 0;
    if (lines.some((line) => line.includes(':'))) {
      while (index < lines.length && (lines[index] ?? '').includes(':')) headers.push(lines[index++] ?? '');
    }
    const data = lines.slice(index).join('').replace(/\s/g, '');
    const bytes = /^[A-Za-z0-9+/]*={0,2}$/.test(data) && data.length % 4 === 0 ? Buffer.from(data, 'base64') : undefined;
    blocks.push({ type: match[1] ?? '', headers, bytes, text: match[0] });
  }
  const begins = text.split('-----BEGIN ').length - 1;
  return { blocks, unterminated: begins > blocks.length };
}

/** A certificate's facts that the kubeconfig rules judge. */
export interface CertificateInfo {
  readonly x509: X509Certificate;
  /** `CN=...`, or the whole subject when it has no common name. */
  readonly subject: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** `rsa`, `ec`, `ed25519`...; undefined when Node cannot tell. */
  readonly keyType: string | undefined;
  /** RSA modulus length in bits. */
  readonly rsaBits: number | undefined;
  /** Dotted OID of the signature algorithm. */
  readonly signatureOid: string | undefined;
  readonly selfSigned: boolean;
}

/** Parses one DER certificate; undefined when it is not one. */
export function parseCertificate(der: Buffer): CertificateInfo | undefined {
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(der);
  } catch {
    return undefined;
  }
  // Node accepted the certificate; should the small DER reader below not, fall back on Node's date strings.
  const fields = readCertificateFields(Buffer.from(x509.raw)) ?? {
    notBefore: new Date(Date.parse(x509.validFrom)),
    notAfter: new Date(Date.parse(x509.validTo)),
    signatureOid: undefined,
  };
  let keyType: string | undefined;
  let rsaBits: number | undefined;
  try {
    const key = x509.publicKey;
    keyType = key.asymmetricKeyType;
    const bits = key.asymmetricKeyDetails?.modulusLength;
    if ((keyType === 'rsa' || keyType === 'rsa-pss') && typeof bits === 'number') rsaBits = bits;
  } catch {
    // A key type Node does not support: nothing to judge about it.
  }
  return {
    x509,
    subject: commonName(x509.subject),
    notBefore: fields.notBefore,
    notAfter: fields.notAfter,
    keyType,
    rsaBits,
    signatureOid: fields.signatureOid,
    selfSigned: x509.subject === x509.issuer,
  };
}

function commonName(subject: string): string {
  const lines = subject.split('\n').filter((line) => line.length > 0);
  const cn = lines.find((line) => line.startsWith('CN='));
  if (cn) return cn;
  return lines.length > 0 ? lines.join(', ') : '(empty subject)';
}

/** Weak hashes in certificate signatures, by signature algorithm OID. */
const WEAK_SIGNATURES: ReadonlyMap<string, { hash: string; algorithm: string }> = new Map([
  ['1.2.840.113549.1.1.5', { hash: 'SHA-1', algorithm: 'sha1WithRSAEncryption' }],
  ['1.3.14.3.2.29', { hash: 'SHA-1', algorithm: 'sha1WithRSASignature' }],
  ['1.2.840.10045.4.1', { hash: 'SHA-1', algorithm: 'ecdsa-with-SHA1' }],
  ['1.2.840.10040.4.3', { hash: 'SHA-1', algorithm: 'dsa-with-sha1' }],
  ['1.2.840.113549.1.1.4', { hash: 'MD5', algorithm: 'md5WithRSAEncryption' }],
  ['1.2.840.113549.1.1.2', { hash: 'MD2', algorithm: 'md2WithRSAEncryption' }],
]);

export function weakSignature(oid: string | undefined): { hash: string; algorithm: string } | undefined {
  return oid === undefined ? undefined : WEAK_SIGNATURES.get(oid);
}

// --- A minimal DER reader: enough for the validity dates and the signature algorithm. ---

interface Tlv {
  readonly tag: number;
  readonly start: number;
  readonly end: number;
}

function readTlv(buffer: Buffer, offset: number, limit: number): Tlv | undefined {
  if (offset + 2 > limit) return undefined;
  const tag = buffer[offset] ?? 0;
  let length = buffer[offset + 1] ?? 0;
  let position = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || position + count > limit) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (buffer[position++] ?? 0);
  }
  if (position + length > limit) return undefined;
  return { tag, start: position, end: position + length };
}

function children(buffer: Buffer, parent: Tlv): Tlv[] {
  const result: Tlv[] = [];
  let offset = parent.start;
  while (offset < parent.end) {
    const child = readTlv(buffer, offset, parent.end);
    if (!child) return result;
    result.push(child);
    offset = child.end;
  }
  return result;
}

function readCertificateFields(der: Buffer): { notBefore: Date; notAfter: Date; signatureOid: string | undefined } | undefined {
  const certificate = readTlv(der, 0, der.length);
  if (!certificate || certificate.tag !== 0x30) return undefined;
  const [tbs, signatureAlgorithm] = children(der, certificate);
  if (!tbs || tbs.tag !== 0x30) return undefined;
  const parts = children(der, tbs);
  const fields = parts[0]?.tag === 0xa0 ? parts.slice(1) : parts;
  // serialNumber, signature, issuer, validity, ...
  const validity = fields[3];
  if (!validity || validity.tag !== 0x30) return undefined;
  const [notBefore, notAfter] = children(der, validity).map((time) => readTime(der, time));
  if (!notBefore || !notAfter) return undefined;
  const oid = signatureAlgorithm ? children(der, signatureAlgorithm)[0] : undefined;
  return { notBefore, notAfter, signatureOid: oid?.tag === 0x06 ? readOid(der, oid) : undefined };
}

function readTime(der: Buffer, tlv: Tlv): Date | undefined {
  const text = der.toString('latin1', tlv.start, tlv.end);
  let match: RegExpExecArray | null;
  let year: number;
  if (tlv.tag === 0x17 && (match = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(text))) {
    const short = Number(match[1]);
    year = short >= 50 ? 1900 + short : 2000 + short;
  } else if (tlv.tag === 0x18 && (match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.\d+)?Z$/.exec(text))) {
    year = Number(match[1]);
  } else {
    return undefined;
  }
  return new Date(Date.UTC(year, Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]), Number(match[6] ?? '0')));
}

function readOid(der: Buffer, tlv: Tlv): string {
  const parts: number[] = [];
  let value = 0;
  for (let i = tlv.start; i < tlv.end; i++) {
    const byte = der[i] ?? 0;
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      if (parts.length === 0) parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

// --- What a `*-data` field holds. ---

export type DataField = 'certificate-authority-data' | 'client-certificate-data' | 'client-key-data';

/** Why decoded `*-data` bytes are not what the client needs. */
export type DataProblem =
  | { readonly reason: 'placeholder'; readonly placeholder: string }
  | { readonly reason: 'double-encoded'; readonly inner: string }
  | { readonly reason: 'der-certificate'; readonly pem: string }
  | { readonly reason: 'not-pem' }
  | { readonly reason: 'unterminated' }
  | { readonly reason: 'wrong-block'; readonly found: readonly string[] }
  | { readonly reason: 'unparsable' }
  | { readonly reason: 'encrypted-key' }
  | { readonly reason: 'openssh-key' };

export type DataAnalysis =
  | { readonly kind: 'empty' }
  | { readonly kind: 'certificates'; readonly certificates: readonly CertificateInfo[] }
  | { readonly kind: 'key'; readonly key: KeyObject }
  | { readonly kind: 'invalid'; readonly problem: DataProblem };

/** Placeholders `kubectl config view` prints instead of secrets (without --raw). */
const PLACEHOLDERS = new Set(['DATA+OMITTED', 'REDACTED']);

/**
 * What decoded `*-data` bytes hold, judged as client-go does when it builds the connection: a CA
 * bundle needs at least one PEM certificate that parses (others are skipped); a client certificate
 * needs PEM certificates whose first one parses; a key needs a PEM private key block (the first whose
 * type ends in `PRIVATE KEY`) that parses.
 */
export function analyseData(field: DataField, bytes: Buffer, encoded: string): DataAnalysis {
  if (bytes.length === 0) return { kind: 'empty' };
  const placeholder = encoded.trim();
  if (PLACEHOLDERS.has(placeholder)) return { kind: 'invalid', problem: { reason: 'placeholder', placeholder } };
  const result = analysePem(field, bytes);
  if (result.kind !== 'invalid') return result;
  const text = bytes.toString('latin1');
  if (result.problem.reason === 'not-pem') {
    const inner = text.replace(/[\r\n]/g, '').trim();
    if (/^[A-Za-z0-9+/]+={0,2}$/.test(inner) && inner.length % 4 === 0) {
      const again = analysePem(field, Buffer.from(inner, 'base64'));
      if (again.kind === 'certificates' || again.kind === 'key') return { kind: 'invalid', problem: { reason: 'double-encoded', inner } };
    }
    if (field !== 'client-key-data' && bytes[0] === 0x30 && parseCertificate(bytes)) {
      return { kind: 'invalid', problem: { reason: 'der-certificate', pem: toPem('CERTIFICATE', bytes) } };
    }
  }
  return result;
}

function analysePem(field: DataField, bytes: Buffer): DataAnalysis {
  const { blocks, unterminated } = pemBlocks(bytes.toString('latin1'));
  if (blocks.length === 0) return { kind: 'invalid', problem: { reason: unterminated ? 'unterminated' : 'not-pem' } };
  const types = [...new Set(blocks.map((block) => block.type))];
  if (field === 'client-key-data') {
    const block = blocks.find((b) => b.type === 'PRIVATE KEY' || b.type.endsWith(' PRIVATE KEY'));
    if (!block) return { kind: 'invalid', problem: { reason: 'wrong-block', found: types } };
    if (block.type.includes('ENCRYPTED') || block.headers.some((h) => /ENCRYPTED/.test(h))) return { kind: 'invalid', problem: { reason: 'encrypted-key' } };
    if (block.type === 'OPENSSH PRIVATE KEY') return { kind: 'invalid', problem: { reason: 'openssh-key' } };
    try {
      return { kind: 'key', key: createPrivateKey({ key: block.text, format: 'pem' }) };
    } catch {
      return { kind: 'invalid', problem: { reason: 'unparsable' } };
    }
  }
  const certificateBlocks = blocks.filter((block) => block.type === 'CERTIFICATE');
  if (certificateBlocks.length === 0) return { kind: 'invalid', problem: { reason: 'wrong-block', found: types } };
  const parsed = certificateBlocks.map((block) => (block.bytes ? parseCertificate(block.bytes) : undefined));
  // A client certificate's first block is the leaf: it must parse. A CA bundle skips what does not.
  if (field === 'client-certificate-data' && !parsed[0]) return { kind: 'invalid', problem: { reason: 'unparsable' } };
  const certificates = parsed.filter((info): info is CertificateInfo => info !== undefined);
  if (certificates.length === 0) return { kind: 'invalid', problem: { reason: 'unparsable' } };
  return { kind: 'certificates', certificates };
}

/** PEM text for DER bytes, 64 characters a line. */
export function toPem(type: string, der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${type}-----\n${lines.join('\n')}\n-----END ${type}-----\n`;
}

/** Whether a private key is the one of a certificate. */
export function keyMatchesCertificate(certificate: CertificateInfo, key: KeyObject): boolean {
  try {
    return certificate.x509.checkPrivateKey(key);
  } catch {
    return false;
  }
}
