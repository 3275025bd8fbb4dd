/**
 * Common flags of the other Kubernetes components (and etcd) that people paste onto a kubelet's
 * command line by mistake. Names only, hand-written; a name that is also a kubelet flag is never
 * listed (a test checks it), so this table is consulted only for flags the kubelet does not know.
 */
export type Component = 'kube-apiserver' | 'kube-controller-manager' | 'kube-scheduler' | 'kube-proxy' | 'etcd';

const APISERVER: Component = 'kube-apiserver';
const CONTROLLER_MANAGER: Component = 'kube-controller-manager';
const SCHEDULER: Component = 'kube-scheduler';
const PROXY: Component = 'kube-proxy';
const ETCD: Component = 'etcd';

const TABLE: readonly (readonly [string, readonly Component[]])[] = [
  // kube-apiserver
  ['advertise-address', [APISERVER]],
  ['api-audiences', [APISERVER]],
  ['apiserver-count', [APISERVER]],
  ['audit-log-path', [APISERVER]],
  ['audit-log-maxage', [APISERVER]],
  ['audit-log-maxbackup', [APISERVER]],
  ['audit-log-maxsize', [APISERVER]],
  ['audit-policy-file', [APISERVER]],
  ['audit-webhook-config-file', [APISERVER]],
  ['enable-admission-plugins', [APISERVER]],
  ['disable-admission-plugins', [APISERVER]],
  ['admission-control-config-file', [APISERVER]],
  ['enable-bootstrap-token-auth', [APISERVER]],
  ['encryption-provider-config', [APISERVER]],
  ['endpoint-reconciler-type', [APISERVER]],
  ['etcd-servers', [APISERVER]],
  ['etcd-cafile', [APISERVER]],
  ['etcd-certfile', [APISERVER]],
  ['etcd-keyfile', [APISERVER]],
  ['etcd-prefix', [APISERVER]],
  ['insecure-port', [APISERVER]],
  ['kubelet-client-certificate', [APISERVER]],
  ['kubelet-client-key', [APISERVER]],
  ['kubelet-certificate-authority', [APISERVER]],
  ['kubelet-preferred-address-types', [APISERVER]],
  ['oidc-issuer-url', [APISERVER]],
  ['oidc-client-id', [APISERVER]],
  ['proxy-client-cert-file', [APISERVER]],
  ['proxy-client-key-file', [APISERVER]],
  ['requestheader-allowed-names', [APISERVER]],
  ['requestheader-client-ca-file', [APISERVER]],
  ['requestheader-extra-headers-prefix', [APISERVER]],
  ['requestheader-group-headers', [APISERVER]],
  ['requestheader-username-headers', [APISERVER]],
  ['runtime-config', [APISERVER]],
  ['service-account-issuer', [APISERVER]],
  ['service-account-key-file', [APISERVER]],
  ['service-account-signing-key-file', [APISERVER]],
  ['service-node-port-range', [APISERVER]],
  ['storage-backend', [APISERVER]],
  ['token-auth-file', [APISERVER]],
  ['service-cluster-ip-range', [APISERVER, CONTROLLER_MANAGER]],
  ['secure-port', [APISERVER, CONTROLLER_MANAGER, SCHEDULER]],
  ['profiling', [APISERVER, CONTROLLER_MANAGER, SCHEDULER]],
  ['bind-address', [APISERVER, CONTROLLER_MANAGER, SCHEDULER, PROXY]],
  // kube-controller-manager
  ['allocate-node-cidrs', [CONTROLLER_MANAGER]],
  ['cluster-name', [CONTROLLER_MANAGER]],
  ['cluster-signing-cert-file', [CONTROLLER_MANAGER]],
  ['cluster-signing-key-file', [CONTROLLER_MANAGER]],
  ['configure-cloud-routes', [CONTROLLER_MANAGER]],
  ['controllers', [CONTROLLER_MANAGER]],
  ['node-cidr-mask-size', [CONTROLLER_MANAGER]],
  ['node-monitor-grace-period', [CONTROLLER_MANAGER]],
  ['root-ca-file', [CONTROLLER_MANAGER]],
  ['service-account-private-key-file', [CONTROLLER_MANAGER]],
  ['terminated-pod-gc-threshold', [CONTROLLER_MANAGER]],
  ['use-service-account-credentials', [CONTROLLER_MANAGER]],
  ['cluster-cidr', [CONTROLLER_MANAGER, PROXY]],
  ['authentication-kubeconfig', [CONTROLLER_MANAGER, SCHEDULER]],
  ['authorization-kubeconfig', [CONTROLLER_MANAGER, SCHEDULER]],
  ['leader-elect', [CONTROLLER_MANAGER, SCHEDULER]],
  ['master', [CONTROLLER_MANAGER, SCHEDULER, PROXY]],
  // kube-proxy
  ['proxy-mode', [PROXY]],
  ['masquerade-all', [PROXY]],
  ['conntrack-max-per-core', [PROXY]],
  ['detect-local-mode', [PROXY]],
  ['iptables-sync-period', [PROXY]],
  ['ipvs-scheduler', [PROXY]],
  ['ipvs-strict-arp', [PROXY]],
  ['metrics-bind-address', [PROXY]],
  ['nodeport-addresses', [PROXY]],
  ['proxy-port-range', [PROXY]],
  // etcd
  ['advertise-client-urls', [ETCD]],
  ['auto-tls', [ETCD]],
  ['cert-file', [ETCD]],
  ['client-cert-auth', [ETCD]],
  ['data-dir', [ETCD]],
  ['initial-advertise-peer-urls', [ETCD]],
  ['initial-cluster', [ETCD]],
  ['initial-cluster-state', [ETCD]],
  ['initial-cluster-token', [ETCD]],
  ['key-file', [ETCD]],
  ['listen-client-urls', [ETCD]],
  ['listen-metrics-urls', [ETCD]],
  ['listen-peer-urls', [ETCD]],
  ['peer-auto-tls', [ETCD]],
  ['peer-cert-file', [ETCD]],
  ['peer-client-cert-auth', [ETCD]],
  ['peer-key-file', [ETCD]],
  ['peer-trusted-ca-file', [ETCD]],
  ['snapshot-count', [ETCD]],
  ['trusted-ca-file', [ETCD]],
];

const BY_NAME: ReadonlyMap<string, readonly Component[]> = new Map(TABLE);

/** The components (other than the kubelet) that have a flag of this name, dashes excluded. */
export function otherComponentsWithFlag(name: string): readonly Component[] {
  return BY_NAME.get(name) ?? [];
}

/** Every flag name in the table, for tests. */
export function otherComponentFlagNames(): readonly string[] {
  return TABLE.map(([name]) => name);
}
