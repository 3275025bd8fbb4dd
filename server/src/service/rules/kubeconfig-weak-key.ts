import type { Rule, RuleReport } from './rule.js';
import { describeItem, keyValueRange } from '../parse/kubeconfig/kubeconfig-view.js';
import { describeDataField, embeddedData } from '../parse/kubeconfig/embedded-data.js';
import { weakSignature } from '../parse/kubeconfig/certificates.js';

/** RSA keys below this size are reported. */
const MIN_RSA_BITS = 2048;

/** An embedded certificate with a small RSA key or a signature over a broken hash (SHA-1, MD5). */
export const kubeconfigWeakKey: Rule = {
  id: 'kubeconfig-weak-key',
  tier: 'hardening',
  title: 'Embedded certificate with a weak key or signature',
  defaultSeverity: 'warning',
  summary: 'An embedded certificate has an RSA key under 2048 bits or a SHA-1 (or older) signature.',
  fixable: false,
  scope: 'kubeconfig',
  check({ file, document }) {
    const reports: RuleReport[] = [];
    for (const data of embeddedData(document)) {
      if (data.analysis?.kind !== 'certificates') continue;
      const owner = describeItem(data.item, data.field === 'certificate-authority-data' ? 'clusters' : 'users');
      for (const certificate of data.analysis.certificates) {
        const weaknesses: string[] = [];
        if (certificate.rsaBits !== undefined && certificate.rsaBits < MIN_RSA_BITS) {
          weaknesses.push(`has a ${certificate.rsaBits}-bit RSA key, which is within reach of factoring (${MIN_RSA_BITS} bits is the minimum)`);
        }
        const signature = weakSignature(certificate.signatureOid);
        if (signature) {
          const verified = certificate.selfSigned
            ? 'that hash no longer resists collisions'
            : "that hash no longer resists collisions, and Go's certificate verification (used by the API server and client-go) rejects such signatures";
          weaknesses.push(`is signed with ${signature.hash} (${signature.algorithm}): ${verified}`);
        }
        if (weaknesses.length === 0) continue;
        reports.push({
          span: { uri: file.uri, ...keyValueRange(data.entry, file.text) },
          message: `The ${describeDataField(data.field)} ${certificate.subject} in ${data.field} of ${owner} ${weaknesses.join(', and ')}. Reissue it with an RSA key of ${MIN_RSA_BITS}+ bits or an ECDSA P-256 key, signed with SHA-256.`,
        });
      }
    }
    return reports;
  },
};
