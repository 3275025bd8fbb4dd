import { settingRule } from './kinds/setting-rule.js';

/** CIS 4.2.1: the kubelet API must not serve anonymous requests. */
export const kubeletAnonymousAuth = settingRule({
  id: 'kubelet-anonymous-auth',
  tier: 'cis-level1',
  title: 'Anonymous requests to the kubelet API are allowed',
  cis: '4.2.1',
  defaultSeverity: 'error',
  summary: 'Anonymous authentication is enabled (the flag default is on when no --config file is used).',
  fixable: true,
  field: 'authentication.anonymous.enabled',
  isInsecure: (value) => value === true,
  describe: () => 'Anonymous authentication is on',
  secureFlagValue: 'false',
  secureConfigValue: 'false',
});
