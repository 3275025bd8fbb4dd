import { isDefaulted, settingRule } from './kinds/setting-rule.js';

/** CIS 4.2.6 (older numbering): the kubelet should refuse kernel tunables it does not expect, not rewrite them. */
export const kubeletProtectKernelDefaults = settingRule({
  id: 'kubelet-protect-kernel-defaults',
  tier: 'cis-level1',
  title: 'Unprotected kernel tunables',
  cis: '4.2.6',
  defaultSeverity: 'warning',
  summary: 'protectKernelDefaults is off, so the kubelet rewrites kernel sysctls it disagrees with instead of refusing to start (a hint when only the default applies).',
  fixable: true,
  field: 'protectKernelDefaults',
  isInsecure: (value) => value === false,
  describe: () =>
    'Kernel tunables are not protected (protectKernelDefaults is false: the kubelet rewrites sysctls it disagrees with instead of failing; set them on the node before turning this on)',
  severityOf: (setting) => (isDefaulted(setting) ? 'hint' : undefined),
  secureFlagValue: 'true',
  secureConfigValue: 'true',
});
