import { settingRule } from './kinds/setting-rule.js';

/** True when a container runtime endpoint names a TCP address rather than a unix socket. */
export function isTcpEndpoint(endpoint: string): boolean {
  const text = endpoint.trim();
  if (/^(tcp|https?):\/\//i.test(text)) return true;
  // `host:port` with no scheme (`10.0.0.5:2375`, `localhost:2375`, `[::1]:2375`).
  return /^(\[[0-9a-fA-F:.]+\]|[^/:\s]+):\d+$/.test(text);
}

/** The kubelet should talk to its container runtime over a local unix socket. */
export const kubeletRuntimeEndpoint = settingRule({
  id: 'kubelet-runtime-endpoint',
  tier: 'hardening',
  title: 'Container runtime reached over TCP',
  defaultSeverity: 'warning',
  summary: 'The container runtime endpoint is a TCP address instead of a unix socket.',
  fixable: false,
  field: 'containerRuntimeEndpoint',
  isInsecure: (value) => typeof value === 'string' && isTcpEndpoint(value),
  describe: (value) =>
    `The container runtime is reached over TCP at ${String(value)} rather than through a unix socket; the CRI API has no encryption or authentication of its own, so a runtime listening on TCP gives anyone who can reach the port control of every container, and on Linux the kubelet only dials unix sockets and will not connect`,
});
