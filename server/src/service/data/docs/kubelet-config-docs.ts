/**
 * Hover descriptions of KubeletConfiguration (kubelet.config.k8s.io/v1beta1) fields, written for
 * Kubelet Guard in our own words and keyed by the dotted path used in
 * ../shared/data/kubelet-config-fields.json (`[]` marks list items). Types and defaults come from the data.
 */
export const KUBELET_CONFIG_DOCS: Readonly<Record<string, string>> = {
  kind: 'Identifies this document as a KubeletConfiguration; the kubelet will not load a file of any other kind.',
  apiVersion:
    'API group and version of the document; `kubelet.config.k8s.io/v1beta1` is the only one the kubelet loads for this kind.',
  enableServer:
    "Turns on the kubelet's HTTPS API, which the API server uses for logs, exec, port-forward and metrics. Switching it off shrinks the node's attack surface but breaks those features.",
  staticPodPath:
    'A file or folder of pod manifests the kubelet runs directly as static pods, without API-server admission; names starting with a dot are skipped. Anyone able to write there can launch privileged pods with host mounts on the node, bypassing every admission policy.',
  podLogsDir:
    'Absolute path of the folder where the kubelet stores pod and container log files. Whoever can read it sees everything containers print, which often includes credentials.',
  syncFrequency:
    'Longest interval between full syncs of running containers against their desired state; it also bounds how long ConfigMap and Secret volume updates take to appear.',
  fileCheckFrequency: 'How often the kubelet rescans `staticPodPath` for new, changed or deleted manifests.',
  httpCheckFrequency: 'How often the kubelet downloads the manifests at `staticPodURL` again.',
  staticPodURL:
    'An HTTP(S) URL whose pod manifests the kubelet downloads and runs as static pods, outside API-server admission. Whoever controls that server, or can tamper with a plain-http download, can run any pod, privileged ones included, on this node.',
  staticPodURLHeader:
    'HTTP headers, each with a list of values, sent on every request to `staticPodURL`, typically for authentication. Tokens put here sit in clear text in the config file, so protect the file as a secret.',
  address:
    'IP address the kubelet API, and the read-only port if open, binds to; `0.0.0.0` means every interface. A wide binding lets anything that can route to the node reach the API, making authentication and authorization the only barrier.',
  port: "TCP port of the kubelet's authenticated HTTPS API, used by the API server for logs, exec and metrics.",
  readOnlyPort:
    'An extra port serving pod, node and metrics data over plain HTTP with no authentication or authorization; 0 keeps it closed. Anyone who reaches it can list every pod spec on the node and learn images, environment values and volumes to plan an attack.',
  tlsCertFile:
    'PEM serving certificate, with intermediates, for the kubelet API; if neither this nor `serverTLSBootstrap` is set, the kubelet generates a self-signed pair. Certificates clients cannot verify push them to skip verification, letting a man-in-the-middle impersonate the kubelet and capture exec or log traffic.',
  tlsPrivateKeyFile:
    'PEM private key matching `tlsCertFile`. Anyone who can read it can impersonate this kubelet to the API server and other clients, so keep it readable by root only.',
  tlsCipherSuites:
    "Cipher suites the kubelet server offers for TLS 1.2 and older; empty uses Go's built-in list, and TLS 1.3 suites cannot be restricted. Permitting insecure suites (RC4, 3DES, CBC with SHA1, static RSA key exchange) lets a network attacker weaken or break the encryption of kubelet traffic.",
  tlsCurvePreferences:
    'Key-exchange curves the kubelet server prefers, as Go CurveID numbers in priority order; which IDs are valid depends on the Go version the kubelet was built with. A list clients cannot match makes handshakes fail, and leaving out the strong or hybrid curves weakens protection of captured traffic.',
  tlsMinVersion:
    'Lowest TLS version the kubelet server will negotiate; empty means TLS 1.2. Allowing TLS 1.0 or 1.1 lets an attacker on the network path push clients onto protocol versions with known weaknesses.',
  rotateCertificates:
    'Lets the kubelet request a new client certificate from the API server through a CertificateSigningRequest as the current one nears expiry. With it off, the certificate is renewed by hand, so a stolen node credential stays valid longer and an expired one takes the node offline.',
  serverTLSBootstrap:
    'Makes the kubelet obtain and renew its serving certificate through CertificateSigningRequests instead of self-signing. Those requests need manual or custom approval, and approving them without checking the requested names lets a compromised node obtain certificates for addresses it does not own.',
  authentication:
    'Groups the settings that decide how callers of the kubelet API are identified: client certificates, bearer-token webhook and anonymous access.',
  'authentication.x509': 'Client-certificate authentication settings for callers of the kubelet API.',
  'authentication.x509.clientCAFile':
    "PEM CA bundle used to verify client certificates on the kubelet API; a certificate's common name and organisations become the user and groups. If it trusts a CA an attacker can get certificates from, they can present any identity, even a cluster admin, and run commands in the node's pods.",
  'authentication.webhook': 'Settings for checking bearer tokens on the kubelet API by asking the API server.',
  'authentication.webhook.enabled':
    'Validates bearer tokens sent to the kubelet API by submitting TokenReviews to the API server. With it off the kubelet cannot recognise service-account or user tokens, and if anonymous access is also allowed, protection rests entirely on authorization.',
  'authentication.webhook.cacheTTL':
    'How long the kubelet reuses a TokenReview result. The longer it is, the longer a revoked or deleted token keeps working against the kubelet.',
  'authentication.anonymous': 'Settings for requests that present no credentials at all.',
  'authentication.anonymous.enabled':
    'Treats requests without credentials as user `system:anonymous` instead of rejecting them. Combined with `AlwaysAllow` authorization, anyone who can reach port 10250 can read pod data and run commands in every container on the node.',
  authorization: 'Groups the settings that decide what an authenticated caller may do on the kubelet API.',
  'authorization.mode':
    'How kubelet API requests are authorized: `Webhook` sends a SubjectAccessReview to the API server, `AlwaysAllow` lets every request pass. With `AlwaysAllow`, any authenticated caller, or anyone at all when anonymous access is on, can exec into pods and read their logs and secrets.',
  'authorization.webhook': 'Caching settings for the SubjectAccessReview authorizer.',
  'authorization.webhook.cacheAuthorizedTTL':
    'How long an "allowed" decision from the API server is reused. A long value keeps revoked RBAC permissions working on the kubelet until the cache entry expires.',
  'authorization.webhook.cacheUnauthorizedTTL':
    'How long a "denied" decision from the API server is reused before the kubelet asks again.',
  registryPullQPS: 'Upper limit on image pulls started per second; 0 removes the limit.',
  registryBurst: 'Extra pulls allowed in a short burst above `registryPullQPS`; only used when that limit is above 0.',
  imagePullCredentialsVerificationPolicy:
    "Decides when a pod must prove it holds credentials for an image already on the node, so private images pulled with one pod's secret are not silently reused by others (KubeletEnsureSecretPulledImages gate). `NeverVerify` lets any pod on the node run a private image once something else has pulled it.",
  preloadedImagesVerificationAllowlist:
    "Image names or registry prefixes that any pod may use from the node's cache without a credential check when the policy is `NeverVerifyAllowlistedImages`.",
  eventRecordQPS:
    'Limit on Events per second the kubelet sends to the API server; 0 removes the limit. An unlimited or very high rate lets churning pods flood the API server and etcd, while a very low rate drops events that would reveal suspicious activity.',
  eventBurst: 'Events the kubelet may send in a short burst above `eventRecordQPS`.',
  enableDebuggingHandlers:
    'Serves the kubelet endpoints behind `kubectl logs`, `exec`, `attach` and `port-forward`. They give code execution inside every pod on the node to whoever is authorized, so keep authentication and authorization strict, or turn them off where they are not needed.',
  enableContentionProfiling:
    'Collects lock-contention data for the profiling endpoints when profiling is on. It adds overhead and exposes more internal detail to anyone who can read the profiles.',
  healthzPort: "Port of the kubelet's unauthenticated `/healthz` endpoint; 0 turns the endpoint off.",
  healthzBindAddress:
    'IP address the `/healthz` endpoint listens on. Anything beyond loopback exposes this unauthenticated endpoint to the network.',
  oomScoreAdj:
    'OOM-killer score adjustment for the kubelet process, between -1000 and 1000; strongly negative values keep it alive when memory runs out.',
  clusterDomain: "The cluster's DNS domain, added to pods' resolver search paths next to `clusterDNS`.",
  clusterDNS: 'Cluster DNS server IPs written into pods that use the `ClusterFirst` DNS policy.',
  streamingConnectionIdleTimeout:
    'Longest idle time for exec, attach and port-forward streams before they are closed; deprecated in 1.34 and no longer applied. Very long idle streams give anyone who takes over the client or connection a live shell in the container.',
  nodeStatusUpdateFrequency:
    "How often the kubelet computes node status and posts it when it changed; keep it consistent with the node controller's grace period.",
  nodeStatusReportFrequency:
    'How often the kubelet posts node status even when nothing changed; liveness is otherwise signalled through the node Lease.',
  nodeLeaseDurationSeconds:
    'Lease duration the kubelet requests on its node Lease, which it keeps renewing as a heartbeat; if renewals stop for that long the node is treated as unhealthy.',
  imageMinimumGCAge: 'Youngest age an unused image can have before garbage collection may remove it.',
  imageMaximumGCAge:
    'Longest an image may stay unused before it is garbage-collected regardless of disk usage; 0 turns this off.',
  imageGCHighThresholdPercent:
    'Image-filesystem usage percentage that triggers image garbage collection; 100 disables it.',
  imageGCLowThresholdPercent:
    'Image-filesystem usage percentage that image garbage collection tries to get back down to; must be below the high threshold.',
  volumeStatsAggPeriod:
    'How often the kubelet recalculates the disk usage of pod volumes; 0 turns the calculation off.',
  kubeletCgroups: 'Absolute cgroup the kubelet process places itself in, for isolation and accounting.',
  systemCgroups:
    'Absolute cgroup for non-kernel processes that are not already in a cgroup; requires `cgroupRoot` to be set.',
  cgroupRoot: 'Parent cgroup for the pod cgroup tree; empty lets the container runtime choose.',
  cgroupsPerQOS:
    'Creates the QoS-class cgroup hierarchy (Guaranteed, Burstable, BestEffort) that pod cgroups sit under; node-allocatable enforcement depends on it.',
  cgroupDriver:
    'How the kubelet manipulates cgroups, directly through cgroupfs or through systemd; it must match the container runtime, and a runtime that reports its driver overrides this.',
  cpuManagerPolicy:
    '`static` gives Guaranteed pods with integer CPU requests exclusive CPUs, `none` keeps ordinary CFS sharing. Changing it on an existing node requires removing the CPU manager state file.',
  singleProcessOOMKill:
    'When true, the OOM killer stops only the offending process inside a container rather than the whole container; unset chooses by cgroup version, and it must stay unset on Windows.',
  cpuManagerPolicyOptions:
    'Extra `key: value` options that fine-tune the static CPU manager policy, such as keeping allocations to full physical cores.',
  cpuManagerReconcilePeriod:
    'How often the CPU manager reconciles the CPU sets it assigned with the running containers.',
  memoryManagerPolicy:
    '`Static` reserves NUMA-aligned memory and hugepages for Guaranteed pods; `None` leaves the memory manager inactive.',
  topologyManagerPolicy:
    'How strictly CPU, memory and device allocations are aligned on NUMA nodes: no alignment, best effort, reject when not preferred, or a single NUMA node only.',
  topologyManagerScope:
    'Whether topology alignment is computed for each container separately or once for the whole pod.',
  topologyManagerPolicyOptions: 'Extra `key: value` options that fine-tune the topology manager policy.',
  qosReserved:
    'Percentage of requested memory withheld from lower QoS classes so higher classes can rely on it; only memory is supported, behind the QOSReserved gate.',
  runtimeRequestTimeout:
    'Deadline for calls to the container runtime, except long-running ones such as pulls, logs, exec and attach.',
  hairpinMode:
    'How a pod can reach itself through its own Service address: `promiscuous-bridge` puts the bridge in promiscuous mode, `hairpin-veth` flags each veth, `none` does neither.',
  maxPods: 'Maximum number of pods the kubelet accepts on this node.',
  podCIDR:
    'Pod IP range, used only when the kubelet runs standalone; with an API server the range comes from the Node object.',
  podPidsLimit:
    'Maximum number of process IDs each pod may use; -1 leaves only the node-wide allocatable limit. Without a per-pod cap a single pod can fork-bomb the node and starve other workloads and the kubelet of PIDs.',
  resolvConf:
    'Resolver file whose settings pods with the `Default` DNS policy copy; empty gives those pods no DNS configuration.',
  runOnce:
    'Makes the kubelet start the pods from its local manifest sources once and then exit, instead of running continuously.',
  cpuCFSQuota: 'Enforces container CPU limits with CFS quota; with it off, CPU limits are not enforced.',
  cpuCFSQuotaPeriod:
    'Length of the CFS period used to enforce CPU limits; non-default values need the CustomCPUCFSQuotaPeriod gate.',
  nodeStatusMaxImages: "Caps how many images are reported in the Node's status; -1 means no cap.",
  maxOpenFiles: 'Open file descriptor limit applied to the kubelet process.',
  contentType: 'Wire format the kubelet uses for API server requests: compact protobuf or JSON.',
  kubeAPIQPS: 'Requests per second the kubelet may send to the API server, events not counted.',
  kubeAPIBurst: 'Requests the kubelet may send in a short burst above `kubeAPIQPS`.',
  serializeImagePulls:
    'Pulls one image at a time when true; set it false to let pulls run in parallel, bounded by `maxParallelImagePulls`.',
  maxParallelImagePulls:
    'Upper bound on simultaneous image pulls when `serializeImagePulls` is false; unset means no bound.',
  evictionHard:
    'Signal thresholds, such as `memory.available` or `nodefs.available`, that make the kubelet evict pods at once with no grace period. Setting any key replaces the whole built-in map unless `mergeDefaultEvictionSettings` is true, and an empty map disables hard eviction.',
  evictionSoft:
    'Signal thresholds that trigger eviction only once the signal has stayed past them for its period in `evictionSoftGracePeriod`.',
  evictionSoftGracePeriod:
    'For each soft eviction signal, how long it must stay breached before pods are evicted; every soft threshold needs an entry here.',
  evictionPressureTransitionPeriod:
    'How long the kubelet keeps a pressure condition set after the signal recovers, to stop it flapping.',
  evictionMaxPodGracePeriod:
    'Cap, in seconds, on the termination grace period granted to pods evicted for a soft threshold.',
  evictionMinimumReclaim:
    'Per signal, how much the kubelet frees beyond the threshold once eviction starts, so it does not have to evict again right away.',
  mergeDefaultEvictionSettings:
    'When true, built-in eviction defaults fill in the signals you did not set instead of your map replacing them entirely.',
  podsPerCore: 'Limits pods to this many per CPU core, never exceeding `maxPods`; 0 means no per-core limit.',
  enableControllerAttachDetach:
    'Hands volume attach and detach for this node to the attach/detach controller in the control plane instead of the kubelet.',
  protectKernelDefaults:
    'Makes the kubelet fail when kernel tunables differ from what it needs, instead of changing them itself. With it off the kubelet silently overwrites host sysctls, undoing hardening applied by the operator without anyone noticing.',
  makeIPTablesUtilChains:
    "Keeps the kubelet's iptables helper chains in place, including the rule that drops outside traffic aimed at 127.0.0.0/8. Turning it off can let machines on the same network reach services that listen only on the node's loopback.",
  iptablesMasqueradeBit:
    'Formerly chose the fwmark bit for traffic that needed SNAT; deprecated and ignored now that kube-proxy owns that rule.',
  iptablesDropBit:
    'Formerly chose the fwmark bit for packets the kubelet marked to be dropped; deprecated and ignored.',
  featureGates:
    'Map of feature-gate names to true or false that switches alpha, beta or GA kubelet features on or off. Enabling alpha gates on production nodes brings in immature code paths that may weaken isolation.',
  failSwapOn:
    'Stops the kubelet from starting while swap is active on the node; turn it off only when swap use is deliberate and governed by `memorySwap`.',
  memorySwap: 'Swap settings for workloads on nodes that run with swap enabled.',
  'memorySwap.swapBehavior':
    'How pods may use swap: `NoSwap` (or empty) gives them none, `LimitedSwap` lets Burstable pods swap in proportion to their memory requests.',
  containerLogMaxSize: "Size at which a container's log file is rotated.",
  containerLogMaxFiles: 'How many log files are kept per container, including the one being written; at least 2.',
  containerLogMaxWorkers: 'Number of workers that rotate container logs concurrently.',
  containerLogMonitorInterval: 'How often the kubelet checks container logs to see whether they need rotating.',
  configMapAndSecretChangeDetectionStrategy:
    'How the kubelet notices updates to ConfigMaps and Secrets used by pods: `Watch` keeps watches open, `Cache` uses a TTL cache, `Get` fetches each time.',
  systemReserved: 'Resources set aside for operating-system daemons and subtracted from what pods may use.',
  kubeReserved:
    'Resources set aside for Kubernetes node components such as the kubelet and container runtime, subtracted from node allocatable.',
  reservedSystemCPUs:
    'Explicit list of CPUs kept for system and Kubernetes daemons; it takes precedence over the CPU amounts in `systemReserved` and `kubeReserved`.',
  showHiddenMetricsForVersion:
    'Re-exposes metrics hidden in the given previous minor release (written `X.Y`), as a temporary bridge while dashboards migrate.',
  systemReservedCgroup:
    'Absolute cgroup holding OS daemons, where `systemReserved` is enforced when `enforceNodeAllocatable` includes system-reserved.',
  kubeReservedCgroup:
    'Absolute cgroup holding node components, where `kubeReserved` is enforced when `enforceNodeAllocatable` includes kube-reserved.',
  enforceNodeAllocatable:
    'Which reservations are enforced with cgroup limits: `pods`, `system-reserved`, `kube-reserved`, their `-compressible` CPU-only variants, or `none`.',
  allowedUnsafeSysctls:
    'Unsafe sysctls, as exact names or prefixes ending in `*`, that pods on this node may set. Each entry lets every pod landing here alter kernel behaviour it shares with neighbours, such as network or IPC limits, weakening isolation.',
  volumePluginDir:
    'Folder searched for FlexVolume driver executables, which the kubelet runs with root privileges. Write access to it means root code execution on the node.',
  providerID:
    "The cloud provider's unique ID for this machine, stored on the Node so external controllers can match node and instance.",
  kernelMemcgNotification:
    'Uses kernel memory-cgroup notifications to react to memory thresholds promptly instead of relying on polling alone.',
  logging: "Groups the kubelet's logging settings: format, verbosity, flushing and per-file overrides.",
  'logging.flushFrequency':
    'How often buffered log entries are flushed; accepts a duration string or a number of nanoseconds.',
  'logging.format': '`text` for human-readable log lines or `json` for structured log records.',
  'logging.options': 'Format-specific logging options; alpha, behind the LoggingAlphaOptions gate.',
  'logging.options.json.infoBufferSize':
    'With JSON logs and split streams, how much info output is buffered before it is written to stdout.',
  'logging.options.json.splitStream': 'With JSON logs, writes error messages to stderr and info messages to stdout.',
  'logging.options.text.infoBufferSize':
    'With text logs and split streams, how much info output is buffered before it is written to stdout.',
  'logging.options.text.splitStream': 'With text logs, writes error messages to stderr and info messages to stdout.',
  'logging.verbosity':
    'Threshold deciding which log messages are printed, higher meaning more detail. At high levels API request and response bodies, which can hold Secret data, end up in the logs.',
  'logging.vmodule': 'Per-file verbosity overrides, honoured only with the text format.',
  'logging.vmodule[].filePattern':
    'File name or glob pattern, without the `.go` suffix, whose verbosity is overridden.',
  'logging.vmodule[].verbosity': 'Verbosity threshold used for files matching `filePattern`.',
  enableSystemLogHandler:
    "Serves the host's log folder under `/logs/` on the kubelet API. Anyone authorized for the node proxy subresource can then read system log files, which may reveal credentials and internal details.",
  enableSystemLogQuery:
    'Lets callers query host service logs (journal or Windows event logs) through the kubelet `/logs/` endpoint; needs `enableSystemLogHandler` as well. Anyone with node proxy rights can then read service logs, which may contain secrets or help plan further attacks.',
  shutdownGracePeriod:
    'Total time the node delays its shutdown so pods can terminate gracefully; 0 disables graceful node shutdown.',
  shutdownGracePeriodCriticalPods:
    'Part of `shutdownGracePeriod` reserved for critical pods, which are stopped after the regular ones.',
  shutdownGracePeriodByPodPriority:
    'Graceful shutdown time per pod priority range, used instead of the two simple shutdown periods.',
  'shutdownGracePeriodByPodPriority[].priority': 'Lowest pod priority value this shutdown entry applies to.',
  'shutdownGracePeriodByPodPriority[].shutdownGracePeriodSeconds':
    'Seconds given to pods in this priority range to stop during node shutdown.',
  crashLoopBackOff: 'Tuning of the restart back-off applied to containers that keep crashing.',
  'crashLoopBackOff.maxContainerRestartPeriod':
    'Upper limit on the back-off delay between container restarts, with the KubeletCrashLoopBackOffMax gate.',
  reservedMemory:
    'Memory reservations per NUMA node for the Static memory manager; the totals must match the node-level reservations.',
  'reservedMemory[].numaNode': 'Index of the NUMA node this memory reservation applies to.',
  'reservedMemory[].limits': 'Quantities reserved on that NUMA node, keyed by `memory` or `hugepages-<size>`.',
  enableProfilingHandler:
    'Exposes Go pprof profiling endpoints under `/debug/pprof` on the kubelet API. Anyone allowed to reach them can read internal state such as goroutine stacks and load the kubelet with expensive profiles.',
  enableDebugFlagsHandler:
    "Exposes `/debug/flags/v`, which lets callers change the kubelet's log verbosity at run time. A caller with access can raise verbosity to pull sensitive data into the logs or fill the disk.",
  seccompDefault:
    "Applies the container runtime's default seccomp profile to every container that does not name one, instead of running it unconfined. Without it, containers can make any syscall, giving an attacker inside a container more kernel attack surface for an escape.",
  memoryThrottlingFactor:
    'Fraction of the memory limit at which MemoryQoS starts throttling a container through cgroup v2 memory.high; needs the MemoryQoS gate.',
  memoryReservationPolicy:
    'How MemoryQoS protects requested memory: `None` adds no protection, `TieredReservation` reserves it by QoS tier through cgroup v2 memory protections (MemoryQoS gate).',
  registerWithTaints:
    'Taints placed on the Node when the kubelet first registers it; ignored when `registerNode` is false.',
  'registerWithTaints[].effect':
    'What the taint does to pods that do not tolerate it: block scheduling, discourage it, or also evict running pods.',
  'registerWithTaints[].key': 'Taint key that pod tolerations match against.',
  'registerWithTaints[].timeAdded':
    'Time the taint was added; only meaningful for NoExecute taints and normally left empty here.',
  'registerWithTaints[].value': 'Optional taint value that tolerations can match.',
  registerNode: 'Lets the kubelet create its own Node object in the API server at start-up.',
  tracing: 'OpenTelemetry tracing settings for spans the kubelet emits.',
  'tracing.endpoint': 'Address of the OTLP gRPC collector that kubelet spans are sent to.',
  'tracing.samplingRatePerMillion':
    'How many spans per million are sampled; unset samples only when the parent span was sampled.',
  localStorageCapacityIsolation:
    "Enables accounting and enforcement of pods' ephemeral-storage requests and limits; switch it off only when the root filesystem cannot report usage. With it off, one pod can fill the node's disk.",
  containerRuntimeEndpoint:
    'CRI endpoint, a Unix socket or Windows named pipe, the kubelet uses to run containers. If it points at a socket someone else controls, they receive every pod spec and secret the kubelet hands over and can fake container status.',
  imageServiceEndpoint: 'Separate CRI endpoint for image operations; empty sends them to `containerRuntimeEndpoint`.',
  failCgroupV1: 'Makes the kubelet refuse to start on hosts that still use cgroup v1.',
  userNamespaces: 'Settings for pods that run in their own user namespace.',
  'userNamespaces.idsPerPod':
    'How many user and group IDs are mapped for each pod with a user namespace; must be a multiple of 65536.',
};
