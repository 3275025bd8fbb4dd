/**
 * Hover descriptions of kubelet command-line flags, written for Kubelet Guard in our own words and keyed
 * by flag name without the leading dashes. Covers every flag in ../shared/data/kubelet-flags.json
 * (current, deprecated and removed). Types, defaults and status are shown from the data, not repeated here.
 */
export const KUBELET_FLAG_DOCS: Readonly<Record<string, string>> = {
  'enable-server':
    "Command-line form of `enableServer`: switches the kubelet's HTTPS API on or off. With it off, logs, exec, port-forward and metrics for pods on this node stop working.",
  'fail-swap-on': 'Command-line form of `failSwapOn`: the kubelet refuses to start while swap is active on the node.',
  'pod-manifest-path':
    'Command-line form of `staticPodPath`: a file or folder of manifests the kubelet runs as static pods without API-server admission, skipping dot-files. Whoever can write there can start any pod on the node, including privileged ones with host mounts, past every admission policy.',
  'sync-frequency':
    'Command-line form of `syncFrequency`: the longest gap between full reconciliations of running containers with their desired state.',
  'file-check-frequency':
    'Command-line form of `fileCheckFrequency`: how often the static pod path is rescanned for added, changed or removed manifests.',
  'http-check-frequency':
    'Command-line form of `httpCheckFrequency`: how often the static pod URL is polled for new manifest content.',
  'manifest-url':
    'Command-line form of `staticPodURL`: an HTTP(S) address the kubelet downloads pod manifests from and runs them as static pods. Whoever controls that server, or the network path to a plain-http address, can run arbitrary and even privileged pods on the node.',
  'manifest-url-header':
    'Command-line form of `staticPodURLHeader`: extra HTTP headers, such as an auth header, sent when fetching the static pod URL; repeat the flag to add more. Secrets passed this way are visible to every local user in the process list.',
  address:
    'Command-line form of `address`: the IP the kubelet API and any open read-only port listen on. A wide binding lets anything that can route to the node reach the API, leaving authentication and authorization as the only barrier.',
  port: "Command-line form of `port`: the TCP port of the kubelet's authenticated HTTPS API.",
  'read-only-port':
    'Command-line form of `readOnlyPort`: a plain-HTTP port without authentication that serves pod specs, node stats and metrics; 0 closes it. Anyone on the network who can reach it can enumerate workloads, images and volumes to plan an attack.',
  'container-runtime-endpoint':
    'Command-line form of `containerRuntimeEndpoint`: the CRI socket or named pipe the kubelet drives containers through. Pointing it at a socket someone else controls hands them every pod spec and secret the kubelet passes down and lets them fake container state.',
  'image-service-endpoint':
    'Command-line form of `imageServiceEndpoint`: a separate CRI socket for image operations; empty means the runtime endpoint handles images too.',
  'anonymous-auth':
    'Command-line form of `authentication.anonymous.enabled`: lets requests without credentials in as `system:anonymous`. If it is on and authorization is `AlwaysAllow`, anyone who reaches port 10250 can read pod data and run commands in every container on the node.',
  'authentication-token-webhook':
    'Command-line form of `authentication.webhook.enabled`: checks bearer tokens on the kubelet API by sending TokenReviews to the API server. With it off the kubelet cannot verify tokens, and if anonymous access is on, protection rests entirely on authorization.',
  'authentication-token-webhook-cache-ttl':
    'Command-line form of `authentication.webhook.cacheTTL`: how long TokenReview answers are cached. A long value lets a revoked or deleted token keep working against the kubelet until its cache entry expires.',
  'client-ca-file':
    "Command-line form of `authentication.x509.clientCAFile`: the CA bundle client certificates must chain to; the certificate names become the caller's user and groups. If it trusts a CA an attacker can get certificates from, they can claim any identity, even a cluster admin, and drive the kubelet API.",
  'authorization-mode':
    'Command-line form of `authorization.mode`: `Webhook` asks the API server whether each kubelet API request is allowed, `AlwaysAllow` permits everything. With `AlwaysAllow`, any authenticated caller, or anyone when anonymous auth is on, can exec into pods and read their logs and mounted secrets.',
  'authorization-webhook-cache-authorized-ttl':
    'Command-line form of `authorization.webhook.cacheAuthorizedTTL`: how long an "allowed" verdict from the API server is reused. Long values keep withdrawn RBAC permissions usable on the kubelet for that long.',
  'authorization-webhook-cache-unauthorized-ttl':
    'Command-line form of `authorization.webhook.cacheUnauthorizedTTL`: how long a "denied" verdict from the API server is reused before the kubelet asks again.',
  'tls-cert-file':
    'Command-line form of `tlsCertFile`: the serving certificate, with intermediates, for the kubelet HTTPS API; without it the kubelet self-signs one in `--cert-dir`. Certificates clients cannot verify push them to skip verification, letting a man-in-the-middle impersonate the kubelet and capture exec and log traffic.',
  'tls-private-key-file':
    'Command-line form of `tlsPrivateKeyFile`: the private key of the kubelet serving certificate. Anyone who reads this file can impersonate the kubelet to the API server and other clients.',
  'rotate-server-certificates':
    'Command-line form of `serverTLSBootstrap`: the kubelet obtains and renews its serving certificate through CertificateSigningRequests instead of self-signing. Approving those CSRs without checking the requested names lets a compromised node get certificates for addresses it does not own.',
  'tls-cipher-suites':
    "Command-line form of `tlsCipherSuites`: the TLS 1.2-and-older cipher suites the kubelet server accepts; empty keeps Go's own choice. Allowing insecure suites (RC4, 3DES, CBC with SHA1, static RSA) lets a network attacker weaken or break the encryption of kubelet traffic.",
  'tls-curve-preferences':
    'Command-line form of `tlsCurvePreferences`: key-exchange curves as numeric Go CurveID values, most preferred first. A list clients cannot match breaks the handshake, and dropping the stronger or hybrid curves lowers the protection of recorded traffic.',
  'tls-min-version':
    'Command-line form of `tlsMinVersion`: the oldest TLS version the kubelet server negotiates; empty means TLS 1.2. Allowing TLS 1.0 or 1.1 lets an attacker on the path push clients onto protocol versions with known weaknesses.',
  'rotate-certificates':
    'Command-line form of `rotateCertificates`: the kubelet requests a new client certificate from the API server as the current one nears expiry. With it off, certificates are renewed by hand, so a stolen node credential stays useful longer and an expired one takes the node offline.',
  'registry-qps':
    'Command-line form of `registryPullQPS`: caps how many image pulls start per second; 0 lifts the cap.',
  'registry-burst':
    'Command-line form of `registryBurst`: how many pulls may start at once above `registryPullQPS` during a short burst.',
  'event-qps':
    'Command-line form of `eventRecordQPS`: caps the Events per second the kubelet sends to the API server; 0 lifts the cap. Unlimited or very high rates let churning pods flood the API server and etcd, while very low rates drop events that would reveal suspicious activity.',
  'event-burst':
    'Command-line form of `eventBurst`: how many events may be sent in a short burst above `eventRecordQPS`.',
  'enable-debugging-handlers':
    'Command-line form of `enableDebuggingHandlers`: serves the endpoints behind `kubectl logs`, `exec`, `attach` and `port-forward`. They give code execution in every pod on the node to anyone authorized for them, so authentication and authorization must be strict while they are on.',
  'contention-profiling':
    'Command-line form of `enableContentionProfiling`: records lock-contention data for the profiling endpoints. It costs CPU and gives anyone who can read the profiles more insight into kubelet internals.',
  'healthz-port':
    'Command-line form of `healthzPort`: port of the unauthenticated `/healthz` endpoint; 0 turns it off.',
  'healthz-bind-address':
    'Command-line form of `healthzBindAddress`: the IP the `/healthz` endpoint listens on. Binding beyond loopback exposes this unauthenticated endpoint to the network.',
  'oom-score-adj':
    'Command-line form of `oomScoreAdj`: the OOM-killer score adjustment for the kubelet process, which keeps it alive when memory runs out.',
  'cluster-domain': "Command-line form of `clusterDomain`: the cluster DNS suffix added to pods' resolver search list.",
  'volume-plugin-dir':
    'Command-line form of `volumePluginDir`: where the kubelet looks for FlexVolume driver executables, which it runs as root. Anyone who can write there gains root code execution on the node at the next volume operation.',
  'cluster-dns':
    'Command-line form of `clusterDNS`: DNS server IPs placed in the resolv.conf of pods using cluster-first DNS.',
  'streaming-connection-idle-timeout':
    'Command-line form of `streamingConnectionIdleTimeout`: how long idle exec, attach and port-forward streams stay open; the setting is deprecated since 1.34 and no longer applied. Long-lived idle sessions give whoever hijacks the client or connection a ready shell in the container.',
  'node-status-update-frequency':
    'Command-line form of `nodeStatusUpdateFrequency`: how often the kubelet computes node status and posts it when something changed.',
  'minimum-image-ttl-duration':
    'Command-line form of `imageMinimumGCAge`: how long an unused image must exist before garbage collection may delete it.',
  'image-gc-high-threshold':
    'Command-line form of `imageGCHighThresholdPercent`: image-filesystem usage percentage that starts image garbage collection.',
  'image-gc-low-threshold':
    'Command-line form of `imageGCLowThresholdPercent`: image-filesystem usage percentage that garbage collection frees down to.',
  'volume-stats-agg-period':
    'Command-line form of `volumeStatsAggPeriod`: how often per-pod volume disk usage is recomputed.',
  'feature-gates':
    'Command-line form of `featureGates`: `Name=true|false` pairs that switch feature gates; gates from the file are kept unless the flag names them. Enabling alpha gates on production nodes brings in immature code paths that may weaken isolation.',
  'kubelet-cgroups': 'Command-line form of `kubeletCgroups`: the absolute cgroup the kubelet process is placed in.',
  'system-cgroups':
    'Command-line form of `systemCgroups`: the absolute cgroup for non-kernel processes not already in one; needs `--cgroup-root`.',
  'provider-id':
    "Command-line form of `providerID` and still a supported flag: the cloud provider's identifier for this machine, recorded on the Node.",
  'cgroups-per-qos':
    'Command-line form of `cgroupsPerQOS`: builds the per-QoS-class cgroup tree that pod cgroups live under.',
  'cgroup-driver':
    'Command-line form of `cgroupDriver`: manage cgroups directly or through systemd; it must match the container runtime.',
  'cgroup-root':
    'Command-line form of `cgroupRoot`: the parent cgroup for pod cgroups; empty leaves it to the runtime.',
  'cpu-manager-policy':
    'Command-line form of `cpuManagerPolicy`: `static` gives Guaranteed pods with whole CPUs exclusive cores, `none` leaves placement to the kernel scheduler.',
  'cpu-manager-policy-options':
    'Command-line form of `cpuManagerPolicyOptions`: `key=value` tuning options for the static CPU manager policy; repeat the flag for several.',
  'cpu-manager-reconcile-period':
    'Command-line form of `cpuManagerReconcilePeriod`: how often the CPU manager reapplies CPU assignments.',
  'qos-reserved':
    'Command-line form of `qosReserved`: percentage of memory requests withheld from lower QoS tiers (memory only, QOSReserved gate).',
  'topology-manager-policy':
    'Command-line form of `topologyManagerPolicy`: how strictly CPU, memory and device allocations must line up on NUMA nodes.',
  'runtime-request-timeout':
    'Command-line form of `runtimeRequestTimeout`: deadline for container runtime calls other than long-running ones such as pulls, logs and exec.',
  'hairpin-mode':
    'Command-line form of `hairpinMode`: the method used to let a pod reach itself through its own Service address.',
  'max-pods': 'Command-line form of `maxPods`: the largest number of pods this kubelet will run.',
  'pod-cidr':
    'Command-line form of `podCIDR`: the pod IP range of a standalone kubelet; ignored when the range comes from the control plane.',
  'pod-max-pids':
    'Command-line form of `podPidsLimit`: the maximum process IDs per pod; -1 leaves only the node-level limit. Without a per-pod cap one pod can fork-bomb the node and starve other workloads and the kubelet of PIDs.',
  'resolv-conf':
    'Command-line form of `resolvConf`: the resolver file inherited by pods using the `Default` DNS policy.',
  runonce:
    'Command-line form of `runOnce`: start the pods from local manifest sources once and exit instead of running as a daemon.',
  'cpu-cfs-quota': 'Command-line form of `cpuCFSQuota`: enforce container CPU limits through CFS quota.',
  'cpu-cfs-quota-period':
    'Command-line form of `cpuCFSQuotaPeriod`: the CFS accounting window for CPU limits; other values need the CustomCPUCFSQuotaPeriod gate.',
  'enable-controller-attach-detach':
    'Command-line form of `enableControllerAttachDetach`: let the attach/detach controller attach volumes for this node instead of the kubelet.',
  'make-iptables-util-chains':
    "Command-line form of `makeIPTablesUtilChains`: keeps the kubelet's iptables helper chains, including the rule that drops outside traffic aimed at 127.0.0.0/8. With it off, hosts on the same network may reach services bound only to the node's loopback.",
  'container-log-max-size':
    'Command-line form of `containerLogMaxSize`: size at which a container log file is rotated.',
  'container-log-max-files':
    'Command-line form of `containerLogMaxFiles`: how many log files, the live one included, are kept per container.',
  'allowed-unsafe-sysctls':
    'Command-line form of `allowedUnsafeSysctls`: namespaced sysctls (names or `prefix*` patterns) pods may set beyond the safe set. Each entry lets any pod scheduled here change kernel behaviour that neighbours share, weakening isolation.',
  'node-status-max-images':
    'Command-line form of `nodeStatusMaxImages`: how many images are listed in the Node status; -1 means no cap.',
  'kernel-memcg-notification':
    'Command-line form of `kernelMemcgNotification`: use kernel memcg notifications to detect memory thresholds instead of polling alone.',
  'local-storage-capacity-isolation':
    "Command-line form of `localStorageCapacityIsolation`: track and enforce pods' ephemeral-storage requests and limits.",
  'max-open-files': 'Command-line form of `maxOpenFiles`: the open-file limit of the kubelet process.',
  'kube-api-content-type':
    'Command-line form of `contentType`: the encoding used on requests to the API server, protobuf or JSON.',
  'kube-api-qps': 'Command-line form of `kubeAPIQPS`: requests per second the kubelet may send to the API server.',
  'kube-api-burst': 'Command-line form of `kubeAPIBurst`: API requests allowed in a short burst above `kubeAPIQPS`.',
  'serialize-image-pulls':
    'Command-line form of `serializeImagePulls`: pull images one at a time instead of in parallel.',
  'eviction-hard':
    "Command-line form of `evictionHard`: `signal<threshold` pairs that trigger immediate eviction; the flag replaces the file's whole map, so list every signal you want.",
  'eviction-soft':
    'Command-line form of `evictionSoft`: `signal<threshold` pairs that trigger eviction only after their grace period.',
  'eviction-soft-grace-period':
    'Command-line form of `evictionSoftGracePeriod`: per-signal time a soft threshold must stay breached before pods are evicted.',
  'eviction-pressure-transition-period':
    'Command-line form of `evictionPressureTransitionPeriod`: how long a pressure condition is held after recovery to avoid flapping.',
  'eviction-max-pod-grace-period':
    'Command-line form of `evictionMaxPodGracePeriod`: upper bound in seconds on the grace period of pods evicted for soft thresholds.',
  'eviction-minimum-reclaim':
    'Command-line form of `evictionMinimumReclaim`: per-signal amount to free beyond the threshold once eviction starts.',
  'pods-per-core':
    'Command-line form of `podsPerCore`: pods allowed per CPU core, never above `maxPods`; 0 disables this cap.',
  'protect-kernel-defaults':
    'Command-line form of `protectKernelDefaults`: fail instead of changing kernel tunables that differ from what the kubelet expects. With it off the kubelet silently rewrites host sysctls, so hardening applied by the operator can be undone without notice.',
  'reserved-cpus':
    'Command-line form of `reservedSystemCPUs`: an explicit CPU list kept for system and Kubernetes daemons.',
  'topology-manager-scope':
    'Command-line form of `topologyManagerScope`: align resources per container or for the whole pod.',
  'topology-manager-policy-options':
    'Command-line form of `topologyManagerPolicyOptions`: `key=value` options that tune the topology manager policy.',
  'system-reserved':
    'Command-line form of `systemReserved`: `resource=quantity` pairs withheld from pods for OS daemons.',
  'kube-reserved':
    'Command-line form of `kubeReserved`: `resource=quantity` pairs withheld from pods for Kubernetes node components.',
  'enforce-node-allocatable':
    'Command-line form of `enforceNodeAllocatable`: which reservations the kubelet enforces with cgroup limits.',
  'system-reserved-cgroup':
    'Command-line form of `systemReservedCgroup`: absolute cgroup of OS daemons, limited when system-reserved enforcement is on.',
  'kube-reserved-cgroup':
    'Command-line form of `kubeReservedCgroup`: absolute cgroup of node components, limited when kube-reserved enforcement is on.',
  'logging-format': 'Command-line form of `logging.format`: plain text or structured JSON log output.',
  'log-flush-frequency':
    'How often buffered log lines are written out; the still-supported command-line form of `logging.flushFrequency`.',
  v:
    'Log verbosity level, also written `-v`; the still-supported command-line form of `logging.verbosity`. At high levels API request and response bodies, which can hold Secret data, end up in the logs.',
  vmodule:
    'Per-file verbosity overrides as `pattern=level` entries, text format only; the still-supported command-line form of `logging.vmodule`.',
  'log-text-split-stream':
    'Command-line form of `logging.options.text.splitStream`: with text logs, info goes to stdout and errors to stderr (alpha).',
  'log-text-info-buffer-size':
    'Command-line form of `logging.options.text.infoBufferSize`: stdout buffer for info messages when text logs are split (alpha).',
  'log-json-split-stream':
    'Command-line form of `logging.options.json.splitStream`: with JSON logs, info goes to stdout and errors to stderr (alpha).',
  'log-json-info-buffer-size':
    'Command-line form of `logging.options.json.infoBufferSize`: stdout buffer for info messages when JSON logs are split (alpha).',
  'memory-manager-policy':
    "Command-line form of `memoryManagerPolicy`: `Static` pins Guaranteed pods' memory and hugepages to NUMA nodes.",
  'reserved-memory':
    'Command-line form of `reservedMemory`: per-NUMA-node memory reservations written as `node:resource=quantity` entries.',
  'register-node': 'Command-line form of `registerNode`: the kubelet creates its own Node object when it starts.',
  'register-with-taints':
    'Command-line form of `registerWithTaints`: `key=value:effect` taints placed on the Node at first registration.',
  config:
    'Path of the KubeletConfiguration file; flags given on the command line override its values. Whoever can edit this file controls every security setting of the kubelet, so keep it root-owned and not writable by others.',
  'config-dir':
    'Folder of `*.conf` KubeletConfiguration fragments merged in lexical order on top of `--config`, later files winning. Write access to it is equivalent to control of the whole kubelet configuration.',
  kubeconfig:
    "Kubeconfig with the API server address and the kubelet's own credentials; without it the kubelet runs standalone. Anyone who can read the file can act as this node against the API server.",
  'bootstrap-kubeconfig':
    'Kubeconfig with a bootstrap token, used only to request the first client certificate when `--kubeconfig` does not exist yet. A leaked bootstrap token lets an attacker request node certificates and join rogue nodes until it expires.',
  'hostname-override':
    "Uses this value instead of the machine hostname as the node name. If it names another node and the credentials allow it, whoever controls this kubelet takes over that node's identity and receives its pods and secrets; if it disagrees with the certificate, node authorization rejects the kubelet.",
  'node-ip':
    'The address, or dual-stack pair, the kubelet reports for the node; `::` asks it to prefer IPv6 when detecting.',
  'cert-dir':
    "Folder where the kubelet keeps its TLS material, including self-signed serving pairs and rotated certificates. Read access to it yields the node's private keys and lets an attacker impersonate the kubelet.",
  'cloud-provider':
    'Cloud integration mode; with in-tree providers gone only empty or `external` work, the latter handing node setup to a cloud-controller-manager.',
  'root-dir':
    'Folder for kubelet state such as pod volumes, plugin sockets and checkpoints. It holds the contents of every mounted Secret, so anyone who can read it gets the credentials of all pods on the node.',
  'seccomp-default':
    "Runs containers without a seccomp profile under the runtime's default profile instead of unconfined; it is OR-ed with `seccompDefault`, so it can only turn the feature on. Without it, containers may call any syscall, giving an attacker inside one more kernel attack surface for an escape.",
  'node-labels':
    'Labels the kubelet puts on its Node at registration, as `key=value` pairs; keys in the `kubernetes.io` and `k8s.io` namespaces are restricted. Never rely on self-set labels to place sensitive workloads, because a compromised node can claim them.',
  'lock-file': 'Alpha: a file lock the kubelet holds while running so that two kubelets never run on one host.',
  'exit-on-lock-contention':
    'Makes the kubelet exit when another process contends for its lock file, letting an upgrade replace it cleanly.',
  'runtime-cgroups': 'Absolute cgroup to create and place the container runtime in for accounting.',
  'image-credential-provider-config':
    'Path of the CredentialProviderConfig telling the kubelet which exec plugins fetch registry credentials for which images. Whoever can edit it can make the kubelet run other plugins or hand registry credentials to the wrong images.',
  'image-credential-provider-bin-dir':
    'Folder containing the credential-provider plugin executables that the kubelet runs as root. Write access lets an attacker replace a plugin and run code as root at the next image pull.',
  'windows-service': 'Windows only: runs the kubelet under the Windows service control manager.',
  'windows-priorityclass':
    'Windows only: the process priority class given to the kubelet; empty keeps normal priority.',
  'housekeeping-interval':
    'Interval at which container statistics are collected; the one cAdvisor option that remains supported.',
  version:
    'Prints the kubelet version and exits; `raw` prints build details and a `vX.Y.Z` value overrides the reported version.',
  help: 'Prints the kubelet usage summary (also `-h`) and exits.',
  'minimum-container-ttl-duration':
    'Old garbage-collection setting: how long a dead container must exist before it may be removed; use eviction thresholds instead.',
  'maximum-dead-containers-per-container':
    'Old garbage-collection setting: how many dead instances of each container to retain; use eviction thresholds instead.',
  'maximum-dead-containers':
    'Old garbage-collection setting: node-wide cap on retained dead containers, negative for no cap; use eviction thresholds instead.',
  'experimental-mounter-path':
    'Deprecated path to an alternative `mount` binary for volume mounts; use CSI drivers instead. Whoever controls that binary runs code as root on every mount.',
  'experimental-allocatable-ignore-eviction':
    'Deprecated: stops hard eviction thresholds from being subtracted when node allocatable is computed.',
  'application-metrics-count-limit':
    'Leaked cAdvisor option capping stored application metrics per container; deprecated and going away.',
  'boot-id-file': 'Leaked cAdvisor option listing files to read the boot ID from; deprecated and going away.',
  'container-hints': 'Leaked cAdvisor option naming a container hints file; deprecated and going away.',
  containerd:
    'Leaked cAdvisor option giving the containerd address cAdvisor queries, unrelated to the CRI endpoint; deprecated and going away.',
  'containerd-namespace':
    'Leaked cAdvisor option naming the containerd namespace cAdvisor watches; deprecated and going away.',
  'enable-load-reader': 'Leaked cAdvisor switch that reads CPU load through netlink; deprecated and going away.',
  'event-storage-age-limit':
    'Leaked cAdvisor option for how long cAdvisor keeps events of each type; deprecated and going away.',
  'event-storage-event-limit':
    'Leaked cAdvisor option for how many events of each type cAdvisor keeps; deprecated and going away.',
  'global-housekeeping-interval':
    'Leaked cAdvisor interval for global housekeeping such as spotting new containers; deprecated, unlike `housekeeping-interval`.',
  'log-cadvisor-usage': "Leaked cAdvisor switch that logs cAdvisor's own resource usage; deprecated and going away.",
  'machine-id-file': 'Leaked cAdvisor option listing files to read the machine ID from; deprecated and going away.',
  'storage-driver-user':
    'Leaked cAdvisor option: user name for an external stats database the kubelet never writes to; deprecated and going away.',
  'storage-driver-password':
    'Leaked cAdvisor option: password for an external stats database the kubelet never writes to. A password given here is readable by every local user in the process list, for no benefit.',
  'storage-driver-host':
    'Leaked cAdvisor option: `host:port` of an external stats database; deprecated and going away.',
  'storage-driver-db': 'Leaked cAdvisor option: database name for external stats storage; deprecated and going away.',
  'storage-driver-table': 'Leaked cAdvisor option: table name for external stats storage; deprecated and going away.',
  'storage-driver-secure': 'Leaked cAdvisor switch: use TLS to the external stats database; deprecated and going away.',
  'storage-driver-buffer-duration':
    'Leaked cAdvisor option: how long writes to external stats storage are batched; deprecated and going away.',
  'pod-infra-container-image':
    "Used to name the pause image that holds each pod's namespaces; set the sandbox image in containerd or CRI-O instead.",
  'register-schedulable': 'Used to register the node as unschedulable when false; use `registerWithTaints` instead.',
  'cloud-config':
    "Used to point at the in-tree cloud provider's configuration file, which now belongs to the cloud-controller-manager.",
  'keep-terminated-pod-volumes': 'Used to keep the volumes of terminated pods mounted on the node for debugging.',
  'iptables-masquerade-bit':
    'Used to pick the fwmark bit for packets needing SNAT, a job kube-proxy now does with its own setting.',
  'iptables-drop-bit': 'Used to pick the fwmark bit the kubelet set on packets it wanted dropped.',
  'azure-container-registry-config':
    'Used to point at Azure Container Registry credential settings; the ACR credential provider plugin replaces it.',
  'container-runtime':
    'Used to choose between built-in Docker support and a remote CRI runtime; only the CRI path remains, via `--container-runtime-endpoint`.',
  'master-service-namespace': 'Used to name the namespace whose master service was injected into pods.',
  logtostderr:
    'Used to send logs to stderr instead of files; output now always goes to stderr, so redirect it with the service manager.',
  alsologtostderr: 'Used to copy file-based logs to stderr as well.',
  'log-dir': 'Used to name a folder for log files.',
  'log-file': 'Used to name a single file to write logs into.',
  'log-file-max-size': 'Used to set the size in megabytes at which the log file restarted.',
  'one-output': 'Used to write each message only to the file of its own severity.',
  stderrthreshold: 'Used to set the minimum severity copied to stderr when logging to files.',
  'skip-headers': 'Used to drop the header prefix from every log line.',
  'skip-log-headers': 'Used to omit the header written when a log file was opened.',
  'add-dir-header': "Used to include the source file's folder in log line headers.",
  'log-backtrace-at': 'Used to print a stack trace whenever logging reached a given `file:line`.',
  'network-plugin':
    'Used to choose the network plugin, such as `cni` or `kubenet`, that the kubelet drove before runtimes took over pod networking.',
  'network-plugin-mtu': 'Used to pass an MTU to the kubelet-managed network plugin.',
  'cni-bin-dir': 'Used to name the folder of CNI plugin binaries; configure it in the container runtime now.',
  'cni-conf-dir': 'Used to name the folder of CNI network configurations; configure it in the container runtime now.',
  'cni-cache-dir': 'Used to name the folder where CNI plugins kept cached state.',
  'docker-endpoint':
    'Used to give the Docker daemon address for dockershim; Docker Engine now needs cri-dockerd behind `--container-runtime-endpoint`.',
  'image-pull-progress-deadline': 'Used to cancel Docker image pulls that made no progress for this long.',
  'experimental-dockershim-root-directory': 'Used to name the state folder of the built-in dockershim.',
  'non-masquerade-cidr':
    'Used to source-NAT traffic leaving for addresses outside this range; use ip-masq-agent or the CNI plugin instead.',
  'dynamic-config-dir':
    'Used to store configuration pushed through Dynamic Kubelet Configuration; use `--config` files instead.',
  'seccomp-profile-root':
    'Used to name the folder of local seccomp profiles, which now live under `<root-dir>/seccomp`.',
  'experimental-check-node-capabilities-before-mount':
    'Used to check that mount utilities existed on the node before mounting; CSI replaces it.',
  'experimental-bootstrap-kubeconfig': 'Used as the earlier name of `--bootstrap-kubeconfig`.',
  'chaos-chance': 'Used in testing to make API calls fail at random with the given probability.',
  'really-crash-for-testing': 'Used in testing to make the kubelet crash on panics instead of recovering.',
  'enable-cadvisor-json-endpoints': 'Used to serve the raw cAdvisor JSON statistics endpoints on the kubelet API.',
  'redirect-container-streaming':
    "Used to send exec, attach and port-forward clients straight to the runtime's streaming server instead of proxying them through the kubelet.",
  'experimental-kernel-memcg-notification': 'Used as the earlier name of `--kernel-memcg-notification`.',
  'bootstrap-checkpoint-path':
    'Used to checkpoint pods to disk so a self-hosted control plane could restart without the API server.',
  'allow-privileged':
    'Used to allow privileged containers on the node; admission policy such as Pod Security now governs that.',
  'host-network-sources': 'Used to list the pod sources allowed to use the host network namespace.',
  'host-pid-sources': 'Used to list the pod sources allowed to share the host PID namespace.',
  'host-ipc-sources': 'Used to list the pod sources allowed to share the host IPC namespace.',
  'cadvisor-port': 'Used to open the built-in cAdvisor web UI and API, which served node data without authentication.',
  'require-kubeconfig': 'Used to force API-server mode from the kubeconfig; passing `--kubeconfig` now implies it.',
  'api-servers': 'Used to list API server URLs; the server address now goes in the kubeconfig.',
  'auth-path': 'Used to point at an auth file for reaching the API server before kubeconfig replaced it.',
  'resource-container': "Used to name the kubelet's own cgroup; `--kubelet-cgroups` replaced it.",
  'system-container': 'Used to name the cgroup for system processes; `--system-cgroups` replaced it.',
  'low-diskspace-threshold-mb':
    'Used to refuse new pods once free disk fell below this many megabytes; disk eviction thresholds replace it.',
  containerized: 'Used to tell the kubelet it was running inside a container so it adjusted mounts and paths.',
};
