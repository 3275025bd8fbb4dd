/**
 * The documentation page of every rule: why the finding matters on a real node, how to fix it, and
 * where to read more. Written in our own words; the references point only at official, stable pages.
 * Keyed by rule id (the ids are public: CLI output, settings, suppression comments).
 */

export interface RuleDoc {
  /** What goes wrong on a node when this is the effective setting, including the traps. 2-4 sentences. */
  readonly why: string;
  /** How to fix it in the config file or on the command line, and what the quick fix does. 1-3 sentences. */
  readonly fix: string;
  /** 1-3 official documentation pages. */
  readonly references: readonly { readonly title: string; readonly url: string }[];
}

interface Reference {
  readonly title: string;
  readonly url: string;
}

const KUBELET_CONFIG_API: Reference = { title: 'Kubelet Configuration (v1beta1)', url: 'https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/' };
const KUBELET_FLAGS: Reference = { title: 'kubelet command-line reference', url: 'https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/' };
const KUBELET_AUTHN_AUTHZ: Reference = { title: 'Kubelet authentication/authorization', url: 'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/' };
const KUBELET_CONFIG_FILE: Reference = { title: 'Set Kubelet Parameters Via A Configuration File', url: 'https://kubernetes.io/docs/tasks/administer-cluster/kubelet-config-file/' };
const TLS_BOOTSTRAPPING: Reference = { title: 'TLS bootstrapping', url: 'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/' };
const CERTIFICATE_ROTATION: Reference = { title: 'Configure Certificate Rotation for the Kubelet', url: 'https://kubernetes.io/docs/tasks/tls/certificate-rotation/' };
const FEATURE_GATES: Reference = { title: 'Feature Gates', url: 'https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/' };
const PID_LIMITING: Reference = { title: 'Process ID Limits And Reservations', url: 'https://kubernetes.io/docs/concepts/policy/pid-limiting/' };
const SECCOMP: Reference = { title: "Restrict a Container's Syscalls with seccomp", url: 'https://kubernetes.io/docs/tutorials/security/seccomp/' };
const STATIC_PODS: Reference = { title: 'Create static Pods', url: 'https://kubernetes.io/docs/tasks/configure-pod-container/static-pod/' };
const KUBEADM_KUBELET: Reference = { title: 'Configuring each kubelet in your cluster using kubeadm', url: 'https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/kubelet-integration/' };
const KUBECONFIG_FILES: Reference = { title: 'Organizing Cluster Access Using kubeconfig Files', url: 'https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/' };
const KUBECONFIG_API: Reference = { title: 'kubeconfig (v1)', url: 'https://kubernetes.io/docs/reference/config-api/kubeconfig.v1/' };
const AUTHENTICATION: Reference = { title: 'Authenticating', url: 'https://kubernetes.io/docs/reference/access-authn-authz/authentication/' };
const CREDENTIAL_PLUGINS: Reference = { title: 'client-go credential plugins', url: 'https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins' };
const CLIENT_AUTHENTICATION_API: Reference = { title: 'Client Authentication (v1)', url: 'https://kubernetes.io/docs/reference/config-api/client-authentication.v1/' };
const CIS: Reference = { title: 'CIS Kubernetes Benchmark', url: 'https://www.cisecurity.org/benchmark/kubernetes' };
const GO_TLS: Reference = { title: 'Go crypto/tls package', url: 'https://pkg.go.dev/crypto/tls' };
const SYSTEMD_SERVICE: Reference = { title: 'systemd.service', url: 'https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html' };
const SYSTEMD_EXEC: Reference = { title: 'systemd.exec', url: 'https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html' };
const SYSTEMD_SYNTAX: Reference = { title: 'systemd.syntax', url: 'https://www.freedesktop.org/software/systemd/man/latest/systemd.syntax.html' };
const SYSTEMD_UNIT: Reference = { title: 'systemd.unit', url: 'https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html' };

export const RULE_DOCS: Readonly<Record<string, RuleDoc>> = {
  // Kubelet security.
  'kubelet-anonymous-auth': {
    why:
      'With anonymous authentication on, a request to the kubelet port (10250) that carries no credentials is accepted as `system:anonymous`. ' +
      'If authorization is `AlwaysAllow`, anyone who can reach the port can then list pods, read container logs and run commands in any container on the node; with `Webhook` authorization, a single careless RBAC binding for anonymous users is all it takes. ' +
      'The trap is the default: `--anonymous-auth` is true unless told otherwise, and only a KubeletConfiguration file defaults `authentication.anonymous.enabled` to false, so a kubelet started from flags alone is open.',
    fix:
      'Set `authentication.anonymous.enabled: false` in the KubeletConfiguration file, or `--anonymous-auth=false` on the command line (with the `=`: a `false` after a space is a stray argument and leaves the flag true). ' +
      'The quick fix rewrites the value where it was set, or inserts the field into the `--config` file (or the flag into `ExecStart=`) when only the default applies.',
    references: [KUBELET_AUTHN_AUTHZ, KUBELET_CONFIG_API, CIS],
  },
  'kubelet-authorization-mode': {
    why:
      'In `AlwaysAllow` mode the kubelet serves every request that got past authentication without asking anyone whether the caller may do it. ' +
      'Any identity the kubelet accepts (and, with anonymous authentication on, any caller at all) can exec into containers, read their logs and environment, and port-forward into pods on the node. ' +
      'The `--authorization-mode` flag defaults to `AlwaysAllow`; only the KubeletConfiguration file defaults to `Webhook`, so flag-only kubelets are exposed unless the mode is set explicitly.',
    fix:
      'Set `authorization.mode: Webhook` in the config file (or `--authorization-mode=Webhook`), so the kubelet asks the API server, through a SubjectAccessReview, whether each caller is allowed. ' +
      'The quick fix writes `Webhook` where the mode was set, or inserts it when only the default applies.',
    references: [KUBELET_AUTHN_AUTHZ, KUBELET_CONFIG_API, CIS],
  },
  'kubelet-client-ca-file': {
    why:
      'Without a client CA bundle the kubelet cannot verify any client certificate, including the one the API server presents when it fetches logs or opens exec and port-forward sessions. ' +
      'Those requests then fail, or, more dangerously, someone enables anonymous access to make them work, after which anyone who reaches port 10250 is treated like the API server. ' +
      'An empty value (`--client-ca-file=` or `clientCAFile:` with nothing after it) counts as no CA at all.',
    fix:
      'Point `authentication.x509.clientCAFile` in the config file (or `--client-ca-file`) at the CA bundle that signed the API server\'s kubelet client certificate; kubeadm nodes use `/etc/kubernetes/pki/ca.crt`. ' +
      'There is no quick fix, because the path depends on how the cluster was built.',
    references: [KUBELET_AUTHN_AUTHZ, KUBELET_CONFIG_API, CIS],
  },
  'kubelet-read-only-port': {
    why:
      'The read-only port serves part of the kubelet API over plain HTTP with neither authentication nor authorization, whatever the settings for port 10250 say. ' +
      'Anyone who can reach it can list every pod on the node with its full spec (images, service accounts, environment variables that too often carry secrets) and read resource statistics, which is ideal reconnaissance. ' +
      'The `--read-only-port` flag opens it on 10255 by default; the KubeletConfiguration default is 0, so the port is open mainly on flag-only nodes and where someone set it explicitly.',
    fix:
      'Set `readOnlyPort: 0` in the config file (or `--read-only-port=0`) and move metrics scrapers to the authenticated port 10250. ' +
      'The quick fix writes 0 where the port was set, or inserts it when the flag default applies.',
    references: [KUBELET_CONFIG_API, KUBELET_FLAGS, CIS],
  },
  'kubelet-streaming-idle-timeout': {
    why:
      'A zero idle timeout means exec, attach and port-forward sessions that have gone quiet are never closed, so forgotten shells into containers stay open and connections accumulate on the node. ' +
      'Only the command line can produce the zero: the kubelet replaces a 0 in the config file with its 4h default while defaulting, whereas a flag is applied afterwards and keeps it. ' +
      'Since Kubernetes 1.34 the setting is documented as having no effect, because the container runtime serves these streams and applies its own idle timeout (containerd: `stream_idle_timeout`).',
    fix:
      'Remove `--streaming-connection-idle-timeout=0` so the config value or the 4h default applies, and on 1.34 or later set the idle timeout in the container runtime. ' +
      'The quick fix removes every occurrence of the flag.',
    references: [KUBELET_CONFIG_API, KUBELET_FLAGS, CIS],
  },
  'kubelet-make-iptables-util-chains': {
    why:
      'With `makeIPTablesUtilChains: false` the kubelet neither creates nor repairs the iptables chains it owns, so once a firewall reload or another tool flushes them they stay gone. ' +
      'Those chains hold the kubelet\'s own filtering, such as the rule that drops packets aimed at 127.0.0.0/8 from outside the host, so their absence can quietly reopen paths to services that listen only on localhost. ' +
      'The default is true both for the flag and in the config file, so this is always an explicit choice.',
    fix:
      'Remove the setting or set `makeIPTablesUtilChains: true` in the config file (or `--make-iptables-util-chains=true`). ' +
      'The quick fix writes true where false was set.',
    references: [KUBELET_CONFIG_API, KUBELET_FLAGS, CIS],
  },
  'kubelet-hostname-override': {
    why:
      '`--hostname-override` makes the node register under a name other than the machine\'s hostname, and its credentials must then name that node (`system:node:<name>`) for the Node authorizer to accept them. ' +
      'The serving certificate, the API server\'s way of reaching the kubelet, and every tool that maps hostnames to nodes must then agree with the override; when one does not, TLS to the kubelet fails or logs and alerts get attributed to the wrong machine. ' +
      'Some cloud providers and installers set it on purpose, which is why this is only information.',
    fix:
      'Remove the flag so the node registers under its hostname, unless your cloud provider needs it; there is no KubeletConfiguration field for it. ' +
      'The quick fix removes every `--hostname-override` from the command line.',
    references: [KUBELET_FLAGS, CIS],
  },
  'kubelet-event-qps': {
    why:
      '`eventRecordQPS: 0` does not mean the same thing on every release. ' +
      'Before Kubernetes 1.37, client-go replaces the 0 with its own fallback of 5 events per second, a tenth of the default 50, so bursts of events during an incident are throttled and some are lost; from 1.37 the kubelet honours 0 as no limit, so a node stuck in crash loops can flood the API server and etcd with events. ' +
      'Benchmarks and scanners disagree on which risk matters more, so this is a hint that explains the trade-off rather than a verdict.',
    fix:
      'Set `eventRecordQPS` (and `eventBurst`) in the config file, or `--event-qps`, to a positive rate sized for the node, such as the default 50, so the behaviour is the same on every release. ' +
      'The quick fix writes 50 where the 0 was set; a negative value is reported by `kubelet-invalid-value` instead.',
    references: [KUBELET_CONFIG_API, CIS],
  },
  'kubelet-tls-cert-key': {
    why:
      'Without `tlsCertFile` and `tlsPrivateKeyFile`, and without `serverTLSBootstrap`, the kubelet generates a self-signed serving certificate at start-up that no client can verify. ' +
      'The API server and metrics scrapers then either skip verification, which lets anyone able to intercept traffic to port 10250 impersonate the kubelet and read exec and log streams, or fail to connect. ' +
      'A certificate without its key (or a key without its certificate) cannot be loaded at all, and `serverTLSBootstrap: true` only helps while the `RotateKubeletServerCertificate` gate is on.',
    fix:
      'Either set `tlsCertFile` and `tlsPrivateKeyFile` to a pair signed by a CA the API server trusts, or set `serverTLSBootstrap: true` so the kubelet requests its serving certificate from the cluster (someone or something must then approve those CSRs). ' +
      'There is no quick fix, since the files or the approval process are specific to your cluster.',
    references: [TLS_BOOTSTRAPPING, KUBELET_CONFIG_API, CIS],
  },
  'kubelet-rotate-certificates': {
    why:
      'With rotation off, the kubelet keeps the client certificate it was given until the day it expires (a year for kubeadm-issued ones), then can no longer authenticate to the API server: the node turns NotReady and its pods are evicted. ' +
      'It also means the node\'s credential is long-lived, so a copy stolen from the node stays useful for that whole time. ' +
      'Both `--rotate-certificates` and the `rotateCertificates` field default to false, so nothing rotates unless it is asked for.',
    fix:
      'Set `rotateCertificates: true` in the config file (or `--rotate-certificates=true`); the kubelet then requests a fresh certificate through the CSR API as the old one nears expiry, which the controller manager must be set up to sign. ' +
      'The quick fix writes true where false was set, or inserts it when only the default applies.',
    references: [CERTIFICATE_ROTATION, KUBELET_CONFIG_API, CIS],
  },
  'kubelet-rotate-server-cert-gate': {
    why:
      'The `RotateKubeletServerCertificate` feature gate, on by default, is what lets the kubelet obtain its serving certificate from the cluster and renew it. ' +
      'Turned off, `serverTLSBootstrap: true` backfires: the kubelet skips its self-signed certificate and never requests a signed one, or keeps a signed one until it expires, after which clients cannot connect securely. ' +
      'Feature gates merge per gate across the command line and the config file, with each `--feature-gates` pair winning over the file\'s `featureGates` entry, so a false in either place can be the one in force.',
    fix:
      'Remove `RotateKubeletServerCertificate=false` or change it to true, in `featureGates` in the config file or in `--feature-gates`. ' +
      'The quick fix turns the false into true where it was written.',
    references: [FEATURE_GATES, TLS_BOOTSTRAPPING, CIS],
  },
  'kubelet-tls-cipher-suites': {
    why:
      'Every suite in the list is offered to TLS 1.2 clients of the kubelet API, and Go marks some of them insecure for good reasons: RC4 is broken, 3DES is open to birthday attacks on its 64-bit blocks, RSA key exchange has no forward secrecy (a leaked kubelet key decrypts recorded sessions), and its CBC-SHA256 suites lack timing-attack protection. ' +
      'Any client that proposes such a suite, a scanner or an attacker included, can get it. ' +
      'The trap is precedence: any `--tls-cipher-suites` on the command line replaces the config file\'s `tlsCipherSuites` list entirely, and repeats of the flag add up.',
    fix:
      'Keep only ECDHE suites with AES-GCM or ChaCha20-Poly1305 in `tlsCipherSuites` (or `--tls-cipher-suites`), or drop the setting to use Go\'s secure defaults. ' +
      'The quick fix removes the offending suite from the list, or the whole flag when it names only that suite.',
    references: [GO_TLS, KUBELET_CONFIG_API, CIS],
  },
  'kubelet-tls-min-version': {
    why:
      'With `tlsMinVersion` set to `VersionTLS10` or `VersionTLS11`, the kubelet API accepts protocol versions that lack AEAD ciphers and lean on MD5 and SHA-1 in the handshake, and that current browsers, scanners and compliance regimes reject. ' +
      'A client that negotiates them, or an attacker posing as one, gets weaker protection for exec and log traffic than TLS 1.2 gives. ' +
      'Leaving the field empty is fine: the kubelet then uses TLS 1.2 as its minimum.',
    fix:
      'Set `tlsMinVersion: VersionTLS12` (or `VersionTLS13`) in the config file, or `--tls-min-version=VersionTLS12`. ' +
      'The quick fix writes `VersionTLS12`.',
    references: [GO_TLS, KUBELET_CONFIG_API],
  },
  'kubelet-pod-pids-limit': {
    why:
      'Without a per-pod PID limit, a single pod can create processes until the node runs out of process IDs, whether through a fork bomb, a runaway worker pool or a deliberate attack. ' +
      'Once the kernel\'s pid_max is reached, the kubelet, the container runtime and system services cannot start processes either, so the whole node and every pod on it suffer, not just the offender. ' +
      'The default -1, and 0 or any negative value, all mean no limit.',
    fix:
      'Set `podPidsLimit` in the config file (or `--pod-max-pids`) to a positive number sized to your workloads and the node\'s `kernel.pid_max`. ' +
      'There is no quick fix, because the right number depends on what the node runs.',
    references: [PID_LIMITING, KUBELET_CONFIG_API, CIS],
  },
  'kubelet-seccomp-default': {
    why:
      'Unless `seccompDefault` is on, a container that names no seccomp profile runs `Unconfined`, with every system call available, including the rarely needed ones through which many kernel exploits and container escapes arrive. ' +
      'With it on, such containers get the container runtime\'s `RuntimeDefault` filter instead. ' +
      'The trap: the `--seccomp-default` flag and the config field are combined with OR, so either one being true is enough, and `--seccomp-default=false` cannot turn off `seccompDefault: true` in the file.',
    fix:
      'Set `seccompDefault: true` in the config file (or `--seccomp-default=true`), after checking that your workloads run under the runtime\'s default profile. ' +
      'The quick fix sets the value to true where it was written false, or inserts it when only the default applies.',
    references: [SECCOMP, KUBELET_CONFIG_API, CIS],
  },
  'kubelet-protect-kernel-defaults': {
    why:
      'With `protectKernelDefaults` off, the kubelet quietly rewrites kernel tunables it disagrees with (such as `vm.overcommit_memory`, `vm.panic_on_oom`, `kernel.panic` and `kernel.panic_on_oops`) when it starts. ' +
      'That hides drift from the node\'s hardening baseline and lets the kubelet change kernel behaviour nobody reviewed; with the setting on, it refuses to start instead, so the mismatch is noticed and fixed on purpose. ' +
      'Turning it on before the node\'s sysctls match what the kubelet expects stops the kubelet from starting.',
    fix:
      'First set the sysctls the kubelet expects in `/etc/sysctl.d` (the kubelet logs each value it would change), then set `protectKernelDefaults: true` in the config file or `--protect-kernel-defaults=true`. ' +
      'The quick fix writes true where false was set, or inserts it when only the default applies.',
    references: [KUBELET_CONFIG_API, KUBELET_FLAGS, CIS],
  },
  'kubelet-token-webhook': {
    why:
      'With authorization in `Webhook` mode but webhook token authentication off, the kubelet cannot ask the API server who a bearer token belongs to. ' +
      'Clients that authenticate with tokens, such as Prometheus or metrics-server using a service account, get no identity and are refused (or treated as anonymous), and the usual quick remedy under pressure, enabling anonymous access or `AlwaysAllow`, is far worse. ' +
      'The `--authentication-token-webhook` flag defaults to false, while the config file\'s `authentication.webhook.enabled` defaults to true.',
    fix:
      'Set `authentication.webhook.enabled: true` in the config file, or `--authentication-token-webhook=true`. ' +
      'The quick fix writes true where false was set, or inserts it when only the flag default applies.',
    references: [KUBELET_AUTHN_AUTHZ, KUBELET_CONFIG_API],
  },
  'kubelet-bind-address': {
    why:
      'The kubelet API listens on every interface (`address` 0.0.0.0, the default) while no client CA is configured, so port 10250 is reachable from every network the node is attached to and no caller can prove itself with a certificate. ' +
      'Everything then rests on anonymous authentication and the authorization mode being right; one mistake there exposes the API to the whole network rather than to the control plane only. ' +
      'Listening on all interfaces is normal once a client CA is set, so this is information.',
    fix:
      'Set `authentication.x509.clientCAFile` (or `--client-ca-file`) so callers must present a certificate from the cluster CA, or bind `address` to an interface on a restricted, control-plane-facing network. ' +
      'There is no quick fix, because the right address is specific to each node.',
    references: [KUBELET_CONFIG_API, KUBELET_AUTHN_AUTHZ],
  },
  'kubelet-runtime-endpoint': {
    why:
      'The CRI API has no authentication or encryption of its own: whoever can reach the runtime endpoint can start privileged containers and exec into any container, which amounts to root on the node. ' +
      'A unix socket limits that to local users its file permissions allow, while a TCP endpoint offers it to the network. ' +
      'On Linux the kubelet only dials unix sockets, so a TCP endpoint also leaves it unable to run pods.',
    fix:
      'Point `containerRuntimeEndpoint` (or `--container-runtime-endpoint`) at the runtime\'s unix socket, such as `unix:///run/containerd/containerd.sock`, and stop the runtime from listening on TCP. ' +
      'There is no quick fix, because the socket path depends on the runtime.',
    references: [KUBELET_CONFIG_API, KUBELET_FLAGS],
  },
  'kubelet-static-pod-path': {
    why:
      'With a static pod path, the kubelet starts every pod manifest placed in that directory itself, without the API server, admission controllers or Pod Security admission ever having a say. ' +
      'Anyone who gains write access to the directory, even briefly, gets a pod of their own design, privileged and with host mounts if they like, that cannot be deleted through the API. ' +
      'Control-plane nodes need it for the API server, etcd and their peers; worker nodes usually do not, which is what the DISA STIG asks for.',
    fix:
      'On worker nodes, remove `staticPodPath` from the config file (or `--pod-manifest-path` from the command line); on control-plane nodes keep it and make sure the directory is owned by root and writable by nobody else. ' +
      'There is no quick fix, because only you know which role the node has.',
    references: [STATIC_PODS, KUBELET_CONFIG_API],
  },
  'kubelet-file-permissions': {
    why:
      'The kubelet unit and drop-ins decide which flags the kubelet runs with, its kubeconfig holds the node\'s credentials, and its config file sets authentication and authorization. ' +
      'A non-root user who can write to any of them can switch off authentication or add flags that take effect on the next restart, and one who can read the kubeconfig or config can act as the node towards the API server. ' +
      'Only files at their real place on the node, or under `kubeletGuard.nodeRoot`, are judged: the modes of a repository checkout say nothing about a node.',
    fix:
      'Restrict the file to mode 600 and give it to root (`chmod 600` and `chown root:root`). ' +
      'The quick fix runs `chmod` for you after asking first, never edits the file\'s text, and leaves ownership for you to change.',
    references: [CIS, KUBELET_CONFIG_FILE],
  },

  // Kubelet correctness.
  'kubelet-removed-flag': {
    why:
      'A flag removed from the kubelet no longer exists for its flag parser, so the kubelet exits at start-up with an unknown-flag error and systemd keeps restarting it: the node does not come back after the upgrade that removed the flag. ' +
      'Most removed flags had long been deprecated in favour of a KubeletConfiguration field, so the setting still exists, only no longer on the command line. ' +
      'Which flags count as removed follows `kubeletGuard.kubernetesVersion`.',
    fix:
      'Move the value to the config field the message names, use the replacement mechanism it names, or delete the flag. ' +
      'The quick fix moves the value into the `--config` file when that file is in the workspace and the value converts exactly, and otherwise removes the flag.',
    references: [KUBELET_FLAGS, KUBELET_CONFIG_FILE],
  },
  'kubelet-deprecated-flag': {
    why:
      'A deprecated flag still works today, but the kubelet logs a warning for it and a later release will remove it, turning it into a start-up failure on the upgrade that drops it. ' +
      'Most deprecated flags duplicate a KubeletConfiguration field, and while both exist the flag silently overrides the file, so a review of the config file misses what the command line changes.',
    fix:
      'Set the field in the `--config` file and remove the flag. ' +
      'The quick fix does both in one step when the config file is in the workspace and the move keeps the same effective value; it declines, for example, for a relative path or a zero that the file would replace with a default.',
    references: [KUBELET_CONFIG_FILE, KUBELET_CONFIG_API, KUBELET_FLAGS],
  },
  'kubelet-unknown-flag': {
    why:
      'The kubelet rejects any flag it does not define, so a typo, a wrong letter case, a single dash instead of two, or a flag copied from another component such as kube-apiserver or kube-proxy stops it at start-up, and systemd restarts it in a loop. ' +
      'Since the command line is often assembled from variables in drop-ins and environment files, the culprit can sit far from `ExecStart=` and show up only in the journal.',
    fix:
      'Correct the name to the kubelet flag that was meant (the message suggests the nearest ones), or remove a flag that belongs to another component. ' +
      'The quick fix renames the flag to a suggestion, or removes it together with its value.',
    references: [KUBELET_FLAGS],
  },
  'kubelet-positional-arg': {
    why:
      'The kubelet accepts flags only, and any other word on its command line makes it exit with an unknown-command error. ' +
      'The usual sources are a boolean written with a space (`--anonymous-auth false` sets the flag to true and leaves `false` over), a `#` comment inside `ExecStart=` or an environment variable (systemd treats `#` as a comment only at the start of a line, so the words are passed on), a stray `--`, and a blank after `--flag=`.',
    fix:
      'Write boolean values with `=` (`--anonymous-auth=false`), put comments on lines of their own, and remove stray words. ' +
      'Depending on the cause, the quick fix joins the value to its flag with `=`, removes the comment or the `--`, or removes the word.',
    references: [KUBELET_FLAGS, SYSTEMD_SERVICE, SYSTEMD_SYNTAX],
  },
  'kubelet-invalid-value': {
    why:
      'The kubelet checks flag and config values as it starts and exits on the first one it cannot accept: a boolean Go does not parse such as `yes`, a duration such as `4d` (Go durations stop at hours), a quantity with a bad suffix, an enum value in the wrong case such as `webhook`, a port above 65535, or a negative rate. ' +
      'The node then fails to come back after a restart or an upgrade, and the reason is visible only in the journal.',
    fix:
      'Write the value in the form the kubelet takes: `true` or `false`, durations like `96h`, quantities like `100Mi`, the exact enum spelling, numbers within range. ' +
      'The quick fix corrects the letter case of an enum value; other values need your choice.',
    references: [KUBELET_CONFIG_API, KUBELET_FLAGS],
  },
  'kubelet-duplicate-flag': {
    why:
      'When a single-valued flag appears twice, the kubelet keeps the last occurrence and ignores the others without a word, so anyone reading the first one (often in the unit, while the winner comes from an environment file) trusts a setting that is not in force. ' +
      'List flags append and map flags such as `--feature-gates` merge, so repeating them is normal, but a map key given twice keeps only its later value.',
    fix:
      'Remove the ignored occurrence, or merge the two into one flag carrying the value you intend. ' +
      'The quick fix removes the earlier, ignored occurrence.',
    references: [KUBELET_FLAGS, KUBELET_CONFIG_FILE],
  },
  'config-unknown-field': {
    why:
      'The kubelet decodes its config file strictly first, and when that fails on unknown fields it decodes it again leniently, logs a warning and drops whatever it does not recognise. ' +
      'A misspelt field, one in the wrong letter case, or one indented at the wrong level (`anonymous` at the top instead of under `authentication`) therefore has no effect, and the secure value you wrote gives way to the default.',
    fix:
      'Rename the key to the field it should be, or move it under the right parent. ' +
      'The quick fix renames the key when there is one clear candidate at the same level.',
    references: [KUBELET_CONFIG_API, KUBELET_CONFIG_FILE],
  },
  'config-duplicate-key': {
    why:
      'A key written twice in the same mapping makes the kubelet\'s strict decoding fail, and the lenient retry keeps the later value without complaint. ' +
      'Anyone reading the first one, often a security setting near the top of the file, trusts a value that a later line overrides; when a whole block such as `authentication:` is repeated, everything in the earlier block is dropped.',
    fix:
      'Keep a single occurrence with the value you intend. ' +
      'The quick fix deletes the ignored line for a repeated scalar; repeated blocks have to be merged by hand.',
    references: [KUBELET_CONFIG_API, KUBELET_CONFIG_FILE],
  },
  'config-type-error': {
    why:
      'The KubeletConfiguration is decoded into typed fields, so a value of the wrong type makes the whole file fail to decode and the kubelet exits at start-up. ' +
      'Common causes are a bare number where a duration string is needed, a quoted number for a port, a single string where a list is expected, and YAML 1.1 surprises such as `yes` or `on` read as booleans. ' +
      'Unlike unknown fields, type errors get no lenient second chance.',
    fix:
      'Write the value in the type the field takes: quote durations (`"30s"`), leave numbers and booleans unquoted, and put list items in brackets or on `-` lines. ' +
      'When the intended value is clear, the quick fix adds or removes quotes, wraps a value in a list, or removes an empty line.',
    references: [KUBELET_CONFIG_API, KUBELET_CONFIG_FILE],
  },
  'config-invalid-apiversion': {
    why:
      'The kubelet recognises its config file by `apiVersion` and `kind`, and reads only `kubelet.config.k8s.io/v1beta1` `KubeletConfiguration`. ' +
      'A missing, empty or misspelt value, or another version, makes it refuse the file and exit at start-up, which often happens after copying the wrong document out of a multi-document kubeadm configuration.',
    fix:
      'Set `apiVersion: kubelet.config.k8s.io/v1beta1` and `kind: KubeletConfiguration` at the top of the document. ' +
      'The quick fix inserts or corrects them, and changes the kind only when it was plainly meant to be `KubeletConfiguration`.',
    references: [KUBELET_CONFIG_API, KUBELET_CONFIG_FILE],
  },
  'yaml-syntax': {
    why:
      'A file the YAML parser rejects cannot be loaded at all: the kubelet exits when it is its config file, and client-go refuses a kubeconfig, so every setting in it is lost, not just the broken line. ' +
      'Typical causes are tabs used for indentation, an unclosed quote, and an unquoted value containing `: `.',
    fix:
      'Correct the syntax at the position the parser reports. ' +
      'There is no quick fix, because the intended structure cannot be guessed.',
    references: [KUBELET_CONFIG_FILE, KUBECONFIG_FILES],
  },
  'systemd-lost-line': {
    why:
      'systemd logs a warning for a line it cannot use, drops it, and starts the service anyway. ' +
      'A flag left on its own line because the line before it lacks a trailing backslash, a misspelt directive or one in the wrong section, and anything before the first `[Section]` header all vanish this way. ' +
      'The kubelet then runs with the default for whatever that line meant to set, and for flags like `--anonymous-auth` or `--authorization-mode` the default is the insecure value.',
    fix:
      'Add the missing `\\` at the end of the previous line, or correct the directive or move it to its section; `systemd-analyze verify` shows the same warnings. ' +
      'There is no quick fix, because which repair was intended is not certain.',
    references: [SYSTEMD_SYNTAX, SYSTEMD_UNIT, SYSTEMD_SERVICE],
  },
  'systemd-multiple-execstart': {
    why:
      'A service that is not `Type=oneshot` may have only one `ExecStart=` command. ' +
      'When a drop-in adds its own `ExecStart=` without clearing the one in the unit, the service has two and systemd refuses to load it, so the kubelet does not start at all.',
    fix:
      'Put an empty `ExecStart=` line before the drop-in\'s `ExecStart=` to reset the list, as kubeadm\'s `10-kubeadm.conf` does. ' +
      'The quick fix inserts that empty line.',
    references: [SYSTEMD_SERVICE, SYSTEMD_UNIT, KUBEADM_KUBELET],
  },
  'systemd-missing-envfile': {
    why:
      'An `EnvironmentFile=` without a leading `-` must exist when the service starts, so if the file is missing on the node too, systemd fails the start. ' +
      'Either way the variables it defines, and the kubelet flags they may carry, are unknown here, so settings they might change are not judged from their defaults.',
    fix:
      'Add the file to the workspace, or set `kubeletGuard.nodeRoot` to a folder that mirrors the node\'s `/`, so it can be checked; prefix the path with `-` only if the file is truly optional. ' +
      'There is no quick fix.',
    references: [SYSTEMD_EXEC, KUBEADM_KUBELET],
  },
  'kubelet-missing-file': {
    why:
      'The kubelet reads its `--config` file, `--config-dir` fragments and kubeconfigs at start-up, and when they are not in the workspace nobody here can tell what they set. ' +
      'Rather than guess, Kubelet Guard stops judging settings from their defaults, so the node may be less safe than a clean report suggests; on the node itself, a missing `--config` file stops the kubelet.',
    fix:
      'Open the folder that holds these files, or set `kubeletGuard.nodeRoot` to a folder that mirrors the node\'s `/` so absolute paths resolve into it. ' +
      'There is no quick fix.',
    references: [KUBELET_CONFIG_FILE, KUBECONFIG_FILES],
  },
  'file-not-checked': {
    why:
      'Kubelet Guard skips a unit, environment or YAML file that is larger than its size limit or holds binary data, so nothing in it is checked and any insecure setting it carries goes unreported. ' +
      'Such a file at a configuration path is usually the wrong file (an archive, a dump, a log) saved under a config name, which systemd, the kubelet or client-go would stumble over too.',
    fix:
      'Make sure the path holds the intended text file, and split or trim an oversized file so it can be checked. ' +
      'There is no quick fix.',
    references: [KUBELET_CONFIG_FILE, KUBECONFIG_FILES],
  },

  // Kubeconfig.
  'kubeconfig-insecure-skip-tls-verify': {
    why:
      'With `insecure-skip-tls-verify: true` the client accepts whatever certificate the server shows, so anyone who can intercept or redirect traffic to the API server address (a forged DNS answer, ARP spoofing, a compromised proxy) can pose as the API server. ' +
      'The client then hands its bearer token to the impostor, or acts on the impostor\'s answers, for every request made with this cluster entry.',
    fix:
      'Remove `insecure-skip-tls-verify` and give the cluster\'s CA in `certificate-authority` or `certificate-authority-data` (with `tls-server-name` if the certificate names another host). ' +
      'The quick fix removes the line; without a CA, client-go then verifies against the system\'s trusted roots.',
    references: [KUBECONFIG_FILES, KUBECONFIG_API],
  },
  'kubeconfig-skip-tls-with-ca': {
    why:
      'client-go refuses to build a TLS configuration that both names a CA and skips verification, so every request through this cluster entry fails before it is sent. ' +
      'The file loads and looks plausible, so the error shows up only when a tool first connects, often in a script or on a node where nobody is watching.',
    fix:
      'Remove `insecure-skip-tls-verify` so the server is verified against the CA the entry already provides. ' +
      'The quick fix removes that line.',
    references: [KUBECONFIG_API, KUBECONFIG_FILES],
  },
  'kubeconfig-http-server': {
    why:
      'A server URL starting with `http://` (in any letter case) sends every request, and the credentials attached to it, in clear text, and the client cannot tell the real API server from an impostor. ' +
      'A server written without a scheme is no safer: client-go completes it with `http://` unless the cluster has a CA or skips verification, or the user has a client certificate.',
    fix:
      'Use `https://` and the API server\'s secure port (usually 6443 or 443). ' +
      'The quick fix rewrites `http://` to `https://`, or adds `https://` in front of a bare host and port.',
    references: [KUBECONFIG_API, KUBECONFIG_FILES],
  },
  'kubeconfig-basic-auth': {
    why:
      'The API server dropped static password authentication in Kubernetes 1.19, so on a current cluster a username and password in a kubeconfig are ignored and the requests are not made as that user. ' +
      'Where still accepted, a password travels with every request, never expires, cannot be scoped, and works for anyone who reads the file.',
    fix:
      'Replace `username` and `password` with a client certificate, a `tokenFile`, or an exec credential plugin. ' +
      'There is no quick fix.',
    references: [AUTHENTICATION, KUBECONFIG_API],
  },
  'kubeconfig-static-token': {
    why:
      'An inline `token` is a bearer credential: anyone who can read the kubeconfig, or any backup or copy of it, can use the token until it is revoked, and it cannot be rotated without rewriting the file. ' +
      'A bootstrap kubeconfig is the expected exception, holding a short-lived bootstrap token used only to request the kubelet\'s client certificate, so there it is only information.',
    fix:
      'Move the token to a file named by `tokenFile` and readable only by its owner, or switch to a client certificate or an exec credential plugin; for bootstrap tokens, keep their lifetime short. ' +
      'There is no quick fix.',
    references: [AUTHENTICATION, KUBECONFIG_API, TLS_BOOTSTRAPPING],
  },
  'kubeconfig-embedded-client-key': {
    why:
      '`client-key-data` puts the user\'s private key inside the kubeconfig, so the file itself becomes the credential. ' +
      'Every copy, backup or accidental commit of it lets its holder act as that user (for a kubelet, as the node) until the certificate expires, and Kubernetes has no way to revoke a client certificate before then.',
    fix:
      'Keep the file readable by its owner only (mode 600), or reference a key file through `client-key` kept with the same care; kubelets with certificate rotation keep their key under `/var/lib/kubelet/pki`. ' +
      'There is no quick fix.',
    references: [KUBECONFIG_FILES, KUBECONFIG_API],
  },
  'kubeconfig-removed-auth-provider': {
    why:
      'client-go removed its built-in `gcp` and `azure` auth-provider plugins in Kubernetes 1.26, so kubectl and every client built from 1.26 on fails before sending any request for a user configured with one. ' +
      'Older clients still work but warn, and the first client upgrade breaks access.',
    fix:
      'Switch the user to the exec credential plugin that replaces the provider: `gke-gcloud-auth-plugin` for GKE, `kubelogin` for AKS. ' +
      'There is no quick fix, because the new entry depends on how the plugin is installed.',
    references: [CREDENTIAL_PLUGINS, KUBECONFIG_API],
  },
  'kubeconfig-exec-api-removed': {
    why:
      'client-go stopped serving `client.authentication.k8s.io/v1alpha1` for exec credential plugins in Kubernetes 1.24, so a user entry naming it, naming no `apiVersion`, or naming an unknown one never runs its plugin and every request fails to authenticate. ' +
      'With `v1`, `interactiveMode` is required too, and an entry without it is rejected.',
    fix:
      'Use `client.authentication.k8s.io/v1` with `interactiveMode` (`IfAvailable`, or `Never` for a plugin that never prompts) if the plugin supports it, otherwise `v1beta1`. ' +
      'The quick fix sets the `apiVersion` and adds `interactiveMode: IfAvailable` where `v1` needs it.',
    references: [CREDENTIAL_PLUGINS, CLIENT_AUTHENTICATION_API],
  },
  'kubeconfig-dangling-ref': {
    why:
      'A context naming a cluster or user that the file does not define, or a `current-context` naming a missing context, leaves client-go without a usable configuration, and commands fail with an invalid-configuration error. ' +
      'A name given twice in `clusters`, `users` or `contexts` makes client-go refuse the whole file.',
    fix:
      'Point the reference at a name that exists or add the missing entry, and rename or remove duplicates. ' +
      'The quick fix replaces the reference when the file defines exactly one candidate.',
    references: [KUBECONFIG_FILES, KUBECONFIG_API],
  },
  'kubeconfig-type-error': {
    why:
      'client-go decodes a kubeconfig into strict types, so a number where a string belongs, a quoted `"true"` where a boolean belongs, invalid base64 in a `*-data` field, or an `apiVersion` other than `v1` stops the whole file from loading, not just the bad entry. ' +
      'The base64 case is common: PEM text pasted without encoding, or a value folded across lines so that spaces end up inside it.',
    fix:
      'Write each value in the type its field takes, and encode `*-data` fields as single-line base64 of the PEM file. ' +
      'The quick fix quotes a value, base64-encodes pasted PEM, removes blanks from base64 text, or sets `apiVersion: v1`.',
    references: [KUBECONFIG_API, KUBECONFIG_FILES],
  },
  'kubeconfig-cert-expiry': {
    why:
      'An embedded certificate outside its validity period fails every TLS handshake: the API server rejects an expired client certificate, and an expired CA certificate can no longer vouch for the server. ' +
      'A certificate that is not yet valid usually comes from a wrong clock on the machine that issued it. ' +
      'Certificates expiring within 30 days are reported early, so they can be renewed before the outage.',
    fix:
      'Renew the certificate and replace the embedded data; for a kubelet, turn on `rotateCertificates` so its client certificate renews itself. ' +
      'There is no quick fix.',
    references: [KUBECONFIG_API, CERTIFICATE_ROTATION],
  },
  'kubeconfig-weak-key': {
    why:
      'An RSA key shorter than 2048 bits is within reach of factoring, which would let someone impersonate the certificate\'s holder, and a SHA-1 signature can be attacked with collisions to forge certificates that appear issued by the same CA. ' +
      'Go, and with it client-go and the API server, rejects SHA-1 signatures when it verifies a chain, so such a certificate may also simply stop working.',
    fix:
      'Reissue the certificate with an RSA key of at least 2048 bits or an ECDSA P-256 key, signed with SHA-256 or stronger. ' +
      'There is no quick fix.',
    references: [KUBECONFIG_API, KUBECONFIG_FILES],
  },
  'kubeconfig-invalid-cert': {
    why:
      'A `*-data` field can be valid base64 and still not hold what the client needs: the placeholder `kubectl config view` prints instead of real data, data encoded twice, a DER certificate, an OpenSSH or encrypted key, a truncated PEM block, or a key that does not match its certificate. ' +
      'The file loads, but every connection fails when client-go sets up TLS.',
    fix:
      'Replace the value with the base64 of the right PEM certificate or unencrypted PEM key, copied from `kubectl config view --raw` rather than the redacted view. ' +
      'The quick fix decodes double-encoded data once or converts a DER certificate to PEM.',
    references: [KUBECONFIG_API, KUBECONFIG_FILES],
  },
};
