import { isScalar } from 'yaml';
import type { Rule, RuleReport } from './rule.js';
import type { Fix } from '../findings/finding.js';
import { kubeconfigView, describeItemCapitalized, valueRange, type NamedItem, type KubeconfigView } from '../parse/kubeconfig/kubeconfig-view.js';
import { goScalar, goString } from '../parse/kubeconfig/go-yaml-scalar.js';
import type { YamlEntry } from '../parse/yaml/yaml-file.js';

/**
 * A cluster reached over plain HTTP: `http://` in any letter case (Go lower-cases the scheme), or a
 * server without a scheme that client-go completes with `http://` because nothing asks for TLS.
 */
export const kubeconfigHttpServer: Rule = {
  id: 'kubeconfig-http-server',
  tier: 'hardening',
  title: 'API server reached over plain HTTP',
  defaultSeverity: 'warning',
  summary: 'A cluster server URL uses plain HTTP, so credentials and API traffic travel unencrypted to an unauthenticated server.',
  fixable: true,
  scope: 'kubeconfig',
  check({ file, document }) {
    const reports: RuleReport[] = [];
    const view = kubeconfigView(document);
    for (const cluster of view.items('clusters')) {
      const server = cluster.fields.get('cluster.server');
      const url = server ? goString(server.valueNode) : undefined;
      if (!server || url === undefined || url.trim() === '') continue;
      const { start, end } = urlRange(server, file.text);
      const raw = file.text.slice(start, end);
      if (/^http:\/\//i.test(url)) {
        const exact = /^http:\/\//i.test(raw);
        reports.push({
          span: { uri: file.uri, start, end },
          message: `${describeItemCapitalized(cluster)} is reached over plain HTTP (${url}): credentials and API traffic cross the network unencrypted, and nothing proves the server is the real API server. Use https:// and the API server's secure port.`,
          fixes: exact ? [{ title: 'Use https://', edits: [{ uri: file.uri, start, end: start + 4, newText: 'https' }], preferred: true }] : [],
        });
      } else if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url) && !asksForTls(cluster, view)) {
        const fixes: Fix[] = raw === url ? [{ title: 'Add https://', edits: [{ uri: file.uri, start, end: start, newText: 'https://' }], preferred: true }] : [];
        reports.push({
          span: { uri: file.uri, start, end },
          message: `${describeItemCapitalized(cluster)} gives its server without a scheme (${url}) and sets no CA: client-go then completes it with http://, unless the user paired with it has a client certificate, so traffic may go unencrypted. Write https:// explicitly.`,
          fixes,
        });
      }
    }
    return reports;
  },
};

/** The URL's own text: a quoted value without its quotes. */
function urlRange(entry: YamlEntry, text: string): { start: number; end: number } {
  const range = valueRange(entry, text);
  const node = entry.valueNode;
  if (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && range.end - range.start >= 2) {
    return { start: range.start + 1, end: range.end - 1 };
  }
  return range;
}

/**
 * Whether client-go picks https:// for a server without a scheme: it does when the cluster has a CA or
 * skips verification, or the user has a client certificate. The user comes from the contexts naming
 * the cluster; when every one of them has a certificate, TLS is used.
 */
function asksForTls(cluster: NamedItem, view: KubeconfigView): boolean {
  const nonEmpty = (item: NamedItem, path: string): boolean => {
    const entry = item.fields.get(path);
    return entry !== undefined && (goString(entry.valueNode) ?? '').length > 0;
  };
  if (nonEmpty(cluster, 'cluster.certificate-authority') || nonEmpty(cluster, 'cluster.certificate-authority-data')) return true;
  const insecure = cluster.fields.get('cluster.insecure-skip-tls-verify');
  const flag = insecure ? goScalar(insecure.valueNode) : undefined;
  if (flag?.kind === 'bool' && flag.value) return true;
  if (cluster.name === undefined) return false;
  const userNames = view
    .items('contexts')
    .filter((context) => goString(context.fields.get('context.cluster')?.valueNode ?? null) === cluster.name)
    .map((context) => goString(context.fields.get('context.user')?.valueNode ?? null));
  if (userNames.length === 0) return false;
  const users = view.items('users');
  return userNames.every((name) => {
    const user = users.find((u) => u.name !== undefined && u.name === name);
    return user !== undefined && (nonEmpty(user, 'user.client-certificate') || nonEmpty(user, 'user.client-certificate-data'));
  });
}
