import type { Rule, RuleReport } from './rule.js';
import type { Fix } from '../findings/finding.js';
import { describeItem, keyValueRange } from '../parse/kubeconfig/kubeconfig-view.js';
import { embeddedData, type EmbeddedData } from '../parse/kubeconfig/embedded-data.js';
import { keyMatchesCertificate, type DataProblem } from '../parse/kubeconfig/certificates.js';
import { encodeBase64 } from '../parse/kubeconfig/go-base64.js';
import { replaceValueText } from '../parse/kubeconfig/kubeconfig-edits.js';

const FAILS = 'client-go fails when it sets up the connection';

/**
 * `*-data` that is valid base64 but not what the client needs: no PEM certificate (CA, client
 * certificate), no usable PEM private key (client key), or a key that does not belong to the client
 * certificate. The file loads; the connection set-up fails.
 */
export const kubeconfigInvalidCert: Rule = {
  id: 'kubeconfig-invalid-cert',
  tier: 'correctness',
  title: 'Embedded certificate or key that does not parse',
  defaultSeverity: 'error',
  summary: 'Embedded *-data decodes but is not a PEM certificate (or PEM private key), or the key does not match the certificate: the client fails when it connects.',
  fixable: true,
  scope: 'kubeconfig',
  check({ file, document }) {
    const reports: RuleReport[] = [];
    const all = embeddedData(document);
    for (const data of all) {
      const span = { uri: file.uri, ...keyValueRange(data.entry, file.text) };
      const label = `${data.field} of ${owner(data)}`;
      if (data.analysis?.kind === 'invalid') {
        const { message, fixes } = explain(data, data.analysis.problem, label, file.uri, file.text);
        reports.push({ span, message, fixes });
        continue;
      }
      if (data.field === 'client-key-data' && data.analysis?.kind === 'key') {
        const certificate = all.find((other) => other.field === 'client-certificate-data' && other.item === data.item && other.item !== undefined);
        const leaf = certificate?.analysis?.kind === 'certificates' ? certificate.analysis.certificates[0] : undefined;
        if (leaf && !keyMatchesCertificate(leaf, data.analysis.key)) {
          reports.push({
            span,
            message: `The private key in ${label} does not belong to the certificate in client-certificate-data (${leaf.subject}): ${FAILS}. Put the matching key and certificate together.`,
          });
        }
      }
    }
    return reports;
  },
};

function owner(data: EmbeddedData): string {
  return describeItem(data.item, data.field === 'certificate-authority-data' ? 'clusters' : 'users');
}

function explain(data: EmbeddedData, problem: DataProblem, label: string, uri: string, text: string): { message: string; fixes: Fix[] } {
  const wanted = data.field === 'client-key-data' ? 'private key' : 'certificate';
  const replace = (title: string, value: string): Fix[] => {
    const edit = replaceValueText(uri, data.entry, text, value);
    return edit ? [{ title, edits: [edit], preferred: true }] : [];
  };
  switch (problem.reason) {
    case 'placeholder':
      return {
        message: `${label} holds ${JSON.stringify(problem.placeholder)}, the placeholder kubectl config view prints instead of the real data: ${FAILS}. Copy the value from kubectl config view --raw.`,
        fixes: [],
      };
    case 'double-encoded':
      return {
        message: `${label} is base64-encoded twice: decoding it once gives base64 text again, not the PEM ${wanted}, so ${FAILS}. Decode it once.`,
        fixes: replace('Decode the value once', problem.inner),
      };
    case 'der-certificate':
      return {
        message: `${label} holds a DER (binary) certificate, but client-go reads PEM: ${FAILS}. Convert it to PEM before encoding it.`,
        fixes: replace('Convert the certificate to PEM', encodeBase64(problem.pem)),
      };
    case 'not-pem':
      return { message: `${label} decodes to data that is not PEM: ${FAILS}. It must be the base64 of a PEM ${wanted}.`, fixes: [] };
    case 'unterminated':
      return { message: `${label} decodes to PEM text whose END line is missing, so the value is probably truncated: ${FAILS}.`, fixes: [] };
    case 'wrong-block': {
      const found = problem.found.join(', ');
      const swapped =
        (data.field === 'client-key-data' && problem.found.includes('CERTIFICATE')) || (data.field === 'client-certificate-data' && problem.found.some((t) => t.endsWith('PRIVATE KEY')))
          ? ' Are client-certificate-data and client-key-data swapped?'
          : '';
      return { message: `${label} holds a PEM ${found} block but no ${wanted}: ${FAILS}.${swapped}`, fixes: [] };
    }
    case 'unparsable':
      return { message: `${label} holds a PEM ${wanted} block that does not parse: ${FAILS}.`, fixes: [] };
    case 'encrypted-key':
      return {
        message: `${label} holds an encrypted private key, which client-go cannot decrypt: ${FAILS}. Store the key unencrypted and protect the file (mode 600) instead.`,
        fixes: [],
      };
    case 'openssh-key':
      return {
        message: `${label} holds an OpenSSH private key; client-go reads PEM keys (PKCS #1, PKCS #8 or SEC 1): ${FAILS}.`,
        fixes: [],
      };
  }
}
