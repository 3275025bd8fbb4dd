import type { Rule, RuleReport } from './rule.js';
import { removeYamlLine } from '../fixes/yaml-edits.js';
import { kubeconfigView, describeItemCapitalized, keyValueRange, valueRange } from '../parse/kubeconfig/kubeconfig-view.js';
import { goScalar, goString } from '../parse/kubeconfig/go-yaml-scalar.js';
import type { YamlEntry } from '../parse/yaml/yaml-file.js';

/**
 * A cluster that both skips server verification and names a CA. clientcmd loads it, but client-go's
 * transport refuses the combination when it builds the TLS configuration, so no request is ever sent.
 */
export const kubeconfigSkipTlsWithCa: Rule = {
  id: 'kubeconfig-skip-tls-with-ca',
  tier: 'correctness',
  title: 'insecure-skip-tls-verify together with a CA',
  defaultSeverity: 'error',
  summary: 'A cluster sets insecure-skip-tls-verify: true and also a CA: client-go refuses to connect with that combination.',
  fixable: true,
  scope: 'kubeconfig',
  check({ file, document }) {
    const reports: RuleReport[] = [];
    for (const cluster of kubeconfigView(document).items('clusters')) {
      const insecure = cluster.fields.get('cluster.insecure-skip-tls-verify');
      const flag = insecure ? goScalar(insecure.valueNode) : undefined;
      if (!insecure || flag?.kind !== 'bool' || !flag.value) continue;
      const cas = ['cluster.certificate-authority-data', 'cluster.certificate-authority']
        .map((path) => cluster.fields.get(path))
        .filter((entry): entry is YamlEntry => entry !== undefined && (goString(entry.valueNode) ?? '').length > 0);
      const ca = cas[0];
      if (!ca) continue;
      const edit = removeYamlLine(file.uri, insecure, file.text);
      const range = keyValueRange(insecure, file.text);
      const caRange = valueRange(ca, file.text);
      reports.push({
        span: { uri: file.uri, ...range },
        message: `${describeItemCapitalized(cluster)} sets insecure-skip-tls-verify: true and also a CA (${cas.map((e) => e.key).join(' and ')}): client-go rejects a CA combined with skipped verification when it sets up TLS, so every connection fails. Remove insecure-skip-tls-verify to verify the server against the CA.`,
        related: [{ span: { uri: file.uri, start: ca.keyStart, end: caRange.end }, message: 'The CA that conflicts with insecure-skip-tls-verify' }],
        fixes: edit ? [{ title: 'Remove insecure-skip-tls-verify (verify the server with the CA)', edits: [edit], preferred: true }] : [],
      });
    }
    return reports;
  },
};
