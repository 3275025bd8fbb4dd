import { settingRule } from './kinds/setting-rule.js';

/** CIS 4.2.4: the unauthenticated read-only port must be closed. */
export const kubeletReadOnlyPort = settingRule({
  id: 'kubelet-read-only-port',
  tier: 'cis-level1',
  title: 'The unauthenticated read-only port is open',
  cis: '4.2.4',
  defaultSeverity: 'warning',
  summary: 'The read-only port is open (the flag default is 10255 when no --config file is used).',
  fixable: true,
  field: 'readOnlyPort',
  isInsecure: (value) => typeof value === 'number' && value > 0,
  describe: (value) => `The read-only port ${String(value)} is open`,
  secureFlagValue: '0',
  secureConfigValue: '0',
});
