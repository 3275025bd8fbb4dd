/**
 * Descriptions of kubelet settings, written for Kubelet Guard in our own words, keyed by
 * KubeletConfiguration field (or flag name for flags without a field). Each says what the setting
 * does and, for security-relevant ones, what an attacker gains when it is wrong.
 */
export const SETTING_DOCS: Readonly<Record<string, string>> = {
  'authentication.anonymous.enabled':
    'Whether the kubelet API on port 10250 accepts requests that carry no credentials, treating them as `system:anonymous`. With it on, anyone who can reach the port can try the API; combined with `AlwaysAllow` authorization that means running commands in any pod on the node.',
  'authorization.mode':
    'How the kubelet decides whether an authenticated request may proceed. `Webhook` asks the API server (SubjectAccessReview); `AlwaysAllow` lets every request through, so any credential, or none when anonymous auth is on, grants full control of the node\'s pods.',
  readOnlyPort:
    'A second kubelet port that serves pod, node and metrics data over plain HTTP with no authentication or authorization. 0 closes it. Anything that can reach it can map the workloads on the node.',
  'authentication.webhook.enabled':
    'Whether the kubelet checks bearer tokens by asking the API server (TokenReview).',
  'authentication.x509.clientCAFile':
    'The CA bundle the kubelet uses to verify client certificates presented to its API.',
  config: 'Path of the KubeletConfiguration file. Settings given as flags override the values in it.',
  'config-dir': 'A folder of KubeletConfiguration fragments (`*.conf`) merged over the --config file in lexical order.',
  kubeconfig: 'The kubeconfig the kubelet uses to reach the API server.',
  'bootstrap-kubeconfig': 'The kubeconfig used to request a client certificate when the --kubeconfig file does not exist yet (TLS bootstrapping).',
};

/** Descriptions of kubeconfig fields, by dotted path. */
export const KUBECONFIG_DOCS: Readonly<Record<string, string>> = {
  'clusters[].cluster.insecure-skip-tls-verify':
    "Skips checking the API server's certificate. Anyone on the network path can then pose as the server and collect the credentials the client sends.",
  'clusters[].cluster.server': 'The API server URL. It should use https.',
  'clusters[].cluster.certificate-authority-data': 'The base64 of the PEM CA bundle that signs the API server certificate.',
  'clusters[].cluster.certificate-authority': 'Path of the PEM CA bundle that signs the API server certificate.',
};
