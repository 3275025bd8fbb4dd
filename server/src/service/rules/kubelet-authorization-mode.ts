import { settingRule } from './kinds/setting-rule.js';

/** CIS 4.2.2: the kubelet must ask the API server before serving a request. */
export const kubeletAuthorizationMode = settingRule({
  id: 'kubelet-authorization-mode',
  tier: 'cis-level1',
  title: 'The kubelet authorizes every request',
  cis: '4.2.2',
  defaultSeverity: 'error',
  summary: 'Authorization mode is AlwaysAllow (the flag default when no --config file is used).',
  fixable: true,
  field: 'authorization.mode',
  isInsecure: (value) => value === 'AlwaysAllow',
  describe: () => 'Authorization mode is AlwaysAllow',
  secureFlagValue: 'Webhook',
  secureConfigValue: 'Webhook',
});
