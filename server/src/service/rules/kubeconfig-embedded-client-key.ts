import type { Rule, RuleReport } from './rule.js';
import { kubeconfigView, describeItemCapitalized, keyValueRange } from '../parse/kubeconfig/kubeconfig-view.js';
import { goString } from '../parse/kubeconfig/go-yaml-scalar.js';

/** A private key embedded in the kubeconfig: the file itself is the credential. */
export const kubeconfigEmbeddedClientKey: Rule = {
  id: 'kubeconfig-embedded-client-key',
  tier: 'hardening',
  title: 'Private key embedded in the kubeconfig',
  defaultSeverity: 'information',
  summary: 'A user embeds its private key (client-key-data), so whoever can read the file can act as that user.',
  fixable: false,
  scope: 'kubeconfig',
  check({ file, document }) {
    const reports: RuleReport[] = [];
    for (const user of kubeconfigView(document).items('users')) {
      const entry = user.fields.get('user.client-key-data');
      if (!entry || (goString(entry.valueNode) ?? '').length === 0) continue;
      reports.push({
        span: { uri: file.uri, ...keyValueRange(entry, file.text) },
        message: `${describeItemCapitalized(user)} embeds its private key in the file (client-key-data): anyone who can read this kubeconfig can act as that user. Keep the file readable by its owner only (mode 600), or point client-key at a key file kept with the same care.`,
      });
    }
    return reports;
  },
};
