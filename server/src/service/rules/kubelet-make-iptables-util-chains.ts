import { settingRule } from './kinds/setting-rule.js';

/** CIS 4.2.6: the kubelet should keep the iptables utility chains it manages in place. */
export const kubeletMakeIptablesUtilChains = settingRule({
  id: 'kubelet-make-iptables-util-chains',
  tier: 'cis-level1',
  title: 'iptables utility chains left unmanaged',
  cis: '4.2.6',
  defaultSeverity: 'warning',
  summary: 'makeIPTablesUtilChains is false, so the kubelet neither creates nor repairs the iptables utility chains it relies on.',
  fixable: true,
  field: 'makeIPTablesUtilChains',
  isInsecure: (value) => value === false,
  describe: () => 'The kubelet does not create or repair its iptables utility chains (makeIPTablesUtilChains is false)',
  secureFlagValue: 'true',
  secureConfigValue: 'true',
});
