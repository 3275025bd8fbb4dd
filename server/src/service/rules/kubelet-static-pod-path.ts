import { settingRule } from './kinds/setting-rule.js';

/** DISA STIG: worker nodes should not start pods from a local manifest directory. */
export const kubeletStaticPodPath = settingRule({
  id: 'kubelet-static-pod-path',
  tier: 'hardening',
  title: 'Static pod path enabled',
  defaultSeverity: 'information',
  summary: 'A static pod path is set; the DISA STIG asks worker nodes to leave it unset, while control-plane nodes need it.',
  fixable: false,
  field: 'staticPodPath',
  isInsecure: (value) => typeof value === 'string' && value !== '',
  describe: (value) =>
    `Static pods are read from ${String(value)} and started by the kubelet itself, whatever the API server's admission policies say; the DISA STIG asks worker nodes to leave this unset, but control-plane nodes need it for their own components (API server, etcd...)`,
});
