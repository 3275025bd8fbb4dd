import { settingRule } from './kinds/setting-rule.js';

/** CIS 4.2.10: the kubelet should renew its client certificate before it expires. */
export const kubeletRotateCertificates = settingRule({
  id: 'kubelet-rotate-certificates',
  tier: 'cis-level1',
  title: 'No client certificate rotation',
  cis: '4.2.10',
  defaultSeverity: 'warning',
  summary: 'The kubelet does not rotate its client certificate (off unless rotateCertificates is set), so it loses access to the API server when the certificate expires.',
  fixable: true,
  field: 'rotateCertificates',
  isInsecure: (value) => value === false,
  describe: () => 'The kubelet does not renew its client certificate (rotateCertificates is false)',
  secureFlagValue: 'true',
  secureConfigValue: 'true',
});
