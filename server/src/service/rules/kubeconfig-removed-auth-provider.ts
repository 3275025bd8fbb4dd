import type { Rule, RuleReport } from './rule.js';
import { compareVersions } from '../data/facts.js';
import { kubeconfigView, describeItemCapitalized, keyValueRange } from '../parse/kubeconfig/kubeconfig-view.js';
import { goString } from '../parse/kubeconfig/go-yaml-scalar.js';

/** The in-tree auth-provider plugins client-go dropped, and the exec plugin that replaces each. */
const REMOVED: ReadonlyMap<string, string> = new Map([
  ['gcp', 'install gke-gcloud-auth-plugin and use it as an exec credential plugin (gcloud container clusters get-credentials writes that entry)'],
  ['azure', 'install kubelogin (github.com/Azure/kubelogin) and use it as an exec credential plugin (kubelogin convert-kubeconfig rewrites the entry)'],
]);

/** An auth-provider that client-go no longer ships: authentication fails with an error naming the replacement. */
export const kubeconfigRemovedAuthProvider: Rule = {
  id: 'kubeconfig-removed-auth-provider',
  tier: 'correctness',
  title: 'Removed auth-provider plugin',
  defaultSeverity: 'error',
  summary: 'A user relies on the gcp or azure auth-provider, which client-go removed in Kubernetes 1.26 in favour of exec credential plugins.',
  fixable: false,
  scope: 'kubeconfig',
  check({ file, document, settings }) {
    const reports: RuleReport[] = [];
    const removed = compareVersions(settings.kubernetesVersion, '1.26') >= 0;
    for (const user of kubeconfigView(document).items('users')) {
      const entry = user.fields.get('user.auth-provider.name');
      const name = entry ? goString(entry.valueNode) : undefined;
      const replacement = name === undefined ? undefined : REMOVED.get(name);
      if (!entry || !replacement) continue;
      reports.push({
        span: { uri: file.uri, ...keyValueRange(entry, file.text) },
        severity: removed ? 'error' : 'warning',
        message: removed
          ? `${describeItemCapitalized(user)} uses the ${name} auth-provider, which client-go removed in Kubernetes 1.26: every request fails before it is sent. Instead, ${replacement}.`
          : `${describeItemCapitalized(user)} uses the ${name} auth-provider, which is deprecated and removed from client-go in Kubernetes 1.26. Before upgrading, ${replacement}.`,
      });
    }
    return reports;
  },
};
