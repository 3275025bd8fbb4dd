import type { Rule, RuleReport } from './rule.js';
import { compareVersions } from '../data/facts.js';
import { kubeconfigView, describeItemCapitalized, keyValueRange } from '../parse/kubeconfig/kubeconfig-view.js';
import { goString } from '../parse/kubeconfig/go-yaml-scalar.js';

/** A user with username/password credentials: the API server dropped basic authentication in 1.19. */
export const kubeconfigBasicAuth: Rule = {
  id: 'kubeconfig-basic-auth',
  tier: 'hardening',
  title: 'Username and password credentials',
  defaultSeverity: 'warning',
  summary: 'A user authenticates with a username and password, which the API server no longer accepts since Kubernetes 1.19.',
  fixable: false,
  scope: 'kubeconfig',
  check({ file, document, settings }) {
    const reports: RuleReport[] = [];
    const removed = compareVersions(settings.kubernetesVersion, '1.19') >= 0;
    for (const user of kubeconfigView(document).items('users')) {
      const password = user.fields.get('user.password');
      const username = user.fields.get('user.username');
      const hasPassword = password !== undefined && (goString(password.valueNode) ?? '').length > 0;
      const hasUsername = username !== undefined && (goString(username.valueNode) ?? '').length > 0;
      const target = hasPassword ? password : hasUsername ? username : undefined;
      if (!target) continue;
      const consequence = removed
        ? `the API server stopped accepting basic authentication in Kubernetes 1.19, so a ${settings.kubernetesVersion} API server ignores these credentials and the requests are not authenticated as this user`
        : 'basic authentication is deprecated and the API server drops it in Kubernetes 1.19; a static password is also sent with every request and never expires';
      reports.push({
        span: { uri: file.uri, ...keyValueRange(target, file.text) },
        message: `${describeItemCapitalized(user)} authenticates with a ${hasPassword ? 'username and password' : 'username (basic authentication)'}: ${consequence}. Use a client certificate, a token file or an exec credential plugin instead.`,
      });
    }
    return reports;
  },
};
