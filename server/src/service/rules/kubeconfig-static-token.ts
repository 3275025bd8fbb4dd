import type { Rule, RuleReport } from './rule.js';
import { kubeconfigView, describeItemCapitalized, keyValueRange } from '../parse/kubeconfig/kubeconfig-view.js';
import { goString } from '../parse/kubeconfig/go-yaml-scalar.js';
import { basename, uriToPath } from '../workspace/uri.js';

/** The shape of a kubeadm bootstrap token: `<6-character id>.<16-character secret>`. */
const BOOTSTRAP_TOKEN = /^[a-z0-9]{6}\.[a-z0-9]{16}$/;

/**
 * An inline bearer token. A bootstrap kubeconfig (kubeadm's `bootstrap-kubelet.conf`) is meant to
 * carry one, so there it is only information.
 */
export const kubeconfigStaticToken: Rule = {
  id: 'kubeconfig-static-token',
  tier: 'hardening',
  title: 'Bearer token stored in the kubeconfig',
  defaultSeverity: 'warning',
  summary: 'A user carries an inline bearer token; tokenFile, a client certificate or an exec plugin keep the secret out of the file (a bootstrap kubeconfig is expected to hold one).',
  fixable: false,
  scope: 'kubeconfig',
  check({ file, document }) {
    const reports: RuleReport[] = [];
    const fileName = basename(uriToPath(file.uri) ?? file.uri);
    for (const user of kubeconfigView(document).items('users')) {
      const entry = user.fields.get('user.token');
      const token = entry ? goString(entry.valueNode) : undefined;
      if (!entry || token === undefined || token.length === 0) continue;
      const span = { uri: file.uri, ...keyValueRange(entry, file.text) };
      const bootstrap = bootstrapReason(token, user.name, fileName);
      if (bootstrap) {
        reports.push({
          span,
          severity: 'information',
          message: `${describeItemCapitalized(user)} carries an inline bearer token; this looks like a bootstrap kubeconfig (${bootstrap}), which is expected to hold one: the kubelet uses it only to request its own client certificate. Keep the token short-lived and the file readable by root only.`,
        });
      } else {
        reports.push({
          span,
          message: `${describeItemCapitalized(user)} carries an inline bearer token: anyone who can read this file can use it, and it cannot be rotated without editing the file. Prefer tokenFile, a client certificate or an exec credential plugin.`,
        });
      }
    }
    return reports;
  },
};

function bootstrapReason(token: string, userName: string | undefined, fileName: string): string | undefined {
  if (BOOTSTRAP_TOKEN.test(token)) return 'the token has the shape of a bootstrap token';
  if (userName !== undefined && /bootstrap/i.test(userName)) return 'the user name says so';
  if (/^bootstrap/i.test(fileName)) return 'the file name says so';
  return undefined;
}
