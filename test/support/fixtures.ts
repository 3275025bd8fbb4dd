/**
 * The settings of a hardened KubeletConfiguration: appended to fixture configs so that a test sees only
 * the finding it is about. Each line answers one rule (client CA, certificate rotation and bootstrap,
 * kernel defaults, seccomp, per-pod PID limit).
 */
export const HARDENED_CONFIG_LINES = [
  'authentication:',
  '  x509:',
  '    clientCAFile: /etc/kubernetes/pki/ca.crt',
  'rotateCertificates: true',
  'serverTLSBootstrap: true',
  'protectKernelDefaults: true',
  'seccompDefault: true',
  'podPidsLimit: 4096',
].join('\n');

/** The KubeletConfiguration `kubeadm init` writes: zero durations it leaves for defaulting, empty strings, `flushFrequency: 0`. */
export const KUBEADM_KUBELET_CONFIG = `apiVersion: kubelet.config.k8s.io/v1beta1
authentication:
  anonymous:
    enabled: false
  webhook:
    cacheTTL: 0s
    enabled: true
  x509:
    clientCAFile: /etc/kubernetes/pki/ca.crt
authorization:
  mode: Webhook
  webhook:
    cacheAuthorizedTTL: 0s
    cacheUnauthorizedTTL: 0s
cgroupDriver: systemd
clusterDNS:
- 10.96.0.10
clusterDomain: cluster.local
containerRuntimeEndpoint: ""
cpuManagerReconcilePeriod: 0s
evictionPressureTransitionPeriod: 0s
fileCheckFrequency: 0s
healthzBindAddress: 127.0.0.1
healthzPort: 10248
httpCheckFrequency: 0s
imageMaximumGCAge: 0s
imageMinimumGCAge: 0s
kind: KubeletConfiguration
logging:
  flushFrequency: 0
  options:
    json:
      infoBufferSize: "0"
    text:
      infoBufferSize: "0"
  verbosity: 0
memorySwap: {}
nodeStatusReportFrequency: 0s
nodeStatusUpdateFrequency: 0s
rotateCertificates: true
runtimeRequestTimeout: 0s
shutdownGracePeriod: 0s
shutdownGracePeriodCriticalPods: 0s
staticPodPath: /etc/kubernetes/manifests
streamingConnectionIdleTimeout: 0s
syncFrequency: 0s
volumeStatsAggPeriod: 0s
`;
