import type { Rule, RuleReport } from './rule.js';
import { removeYamlLine } from '../fixes/yaml-edits.js';
import type { YamlEntry } from '../parse/yaml/yaml-file.js';

/** A cluster entry that does not verify the API server's certificate. */
export const kubeconfigInsecureSkipTlsVerify: Rule = {
  id: 'kubeconfig-insecure-skip-tls-verify',
  tier: 'hardening',
  title: "The API server's certificate is not verified",
  defaultSeverity: 'error',
  summary: 'A cluster sets insecure-skip-tls-verify: true, so anyone on the network path can pose as the API server.',
  fixable: true,
  scope: 'kubeconfig',
  check({ file, document }) {
    const reports: RuleReport[] = [];
    for (const entry of document.entries) {
      if (entry.path !== 'clusters[].cluster.insecure-skip-tls-verify' || entry.value !== true) continue;
      // With a CA as well, client-go refuses the file outright: kubeconfig-skip-tls-with-ca says so instead.
      const hasCa = document.entries.some((e) => e.itemStart === entry.itemStart && (e.path === 'clusters[].cluster.certificate-authority' || e.path === 'clusters[].cluster.certificate-authority-data'));
      if (hasCa) continue;
      const cluster = clusterNameFor(document.entries, entry);
      const edit = removeYamlLine(file.uri, entry, file.text);
      reports.push({
        span: { uri: file.uri, start: entry.keyStart, end: entry.valueEnd },
        message: `Cluster ${cluster ? `"${cluster}" ` : ''}skips verification of the API server's certificate (insecure-skip-tls-verify: true): anyone on the network path can pose as the server and read the credentials sent to it.`,
        fixes: edit ? [{ title: 'Remove insecure-skip-tls-verify', edits: [edit], preferred: true }] : [],
      });
    }
    return reports;
  },
};

/** The `name` of the `clusters` list item that holds the entry. */
function clusterNameFor(entries: readonly YamlEntry[], item: YamlEntry): string | undefined {
  const name = entries.find((entry) => entry.path === 'clusters[].name' && entry.itemStart === item.itemStart);
  return typeof name?.value === 'string' ? name.value : undefined;
}
