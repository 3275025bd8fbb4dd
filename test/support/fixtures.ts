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
