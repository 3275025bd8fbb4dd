import { TLS_VERSIONS } from '../data/generated/tls.js';
import { settingRule } from './kinds/setting-rule.js';

/** The TLS version named by a tlsMinVersion value, when Go counts it as insecure. */
function insecureVersion(value: unknown): { readonly name: string; readonly tlsVersion: string } | undefined {
  return TLS_VERSIONS.find((version) => version.insecure && version.name === value);
}

/** The kubelet's HTTPS server should not accept TLS older than 1.2. */
export const kubeletTlsMinVersion = settingRule({
  id: 'kubelet-tls-min-version',
  tier: 'hardening',
  title: 'Minimum TLS version below 1.2',
  defaultSeverity: 'warning',
  summary: 'tlsMinVersion lets the kubelet API accept TLS 1.0 or 1.1; when empty the kubelet uses 1.2, which is fine.',
  fixable: true,
  field: 'tlsMinVersion',
  isInsecure: (value) => insecureVersion(value) !== undefined,
  describe: (value) => `The kubelet API accepts TLS ${insecureVersion(value)?.tlsVersion ?? '?'} and later (minimum version ${String(value)})`,
  secureFlagValue: 'VersionTLS12',
  secureConfigValue: 'VersionTLS12',
});
