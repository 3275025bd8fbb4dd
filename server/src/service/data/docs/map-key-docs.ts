/**
 * Hover descriptions of the allowed keys of KubeletConfiguration map fields (eviction signals, reserved
 * resources, QoS reservations), written for Kubelet Guard in our own words. Keyed by field path, then map
 * key; only keys listed in `mapKeys` of ../shared/data/kubelet-config-fields.json appear here.
 */
export const MAP_KEY_DOCS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  evictionHard: {
    'memory.available':
      'Evicts pods at once when free node memory (capacity minus working set) falls below this value.',
    'nodefs.available':
      'Evicts pods at once when free space on the filesystem holding kubelet data, volumes and logs falls below this value.',
    'nodefs.inodesFree':
      "Evicts pods at once when free inodes on the kubelet's main filesystem fall below this value (Linux only).",
    'imagefs.available':
      "Evicts pods at once when free space on the runtime's image filesystem falls below this value.",
    'imagefs.inodesFree': 'Evicts pods at once when free inodes on the image filesystem fall below this value.',
    'containerfs.available':
      'Evicts pods at once when free space on the filesystem holding container writable layers, if separate from images, falls below this value.',
    'containerfs.inodesFree':
      'Evicts pods at once when free inodes on the container writable-layer filesystem fall below this value.',
    'allocatableMemory.available':
      "Evicts pods at once when memory left within the pods' allocatable budget, rather than the whole node, falls below this value.",
    'pid.available': 'Evicts pods at once when the number of free process IDs on the node falls below this value.',
  },
  evictionSoft: {
    'memory.available':
      'Soft threshold on free node memory; pods are evicted only if it stays breached for its grace period.',
    'nodefs.available':
      "Soft threshold on free space of the kubelet's main filesystem, acted on after its grace period.",
    'nodefs.inodesFree':
      "Soft threshold on free inodes of the kubelet's main filesystem, acted on after its grace period.",
    'imagefs.available': 'Soft threshold on free space of the image filesystem, acted on after its grace period.',
    'imagefs.inodesFree': 'Soft threshold on free inodes of the image filesystem, acted on after its grace period.',
    'containerfs.available':
      'Soft threshold on free space of the container writable-layer filesystem, acted on after its grace period.',
    'containerfs.inodesFree':
      'Soft threshold on free inodes of the container writable-layer filesystem, acted on after its grace period.',
    'allocatableMemory.available':
      "Soft threshold on memory left within the pods' allocatable budget, acted on after its grace period.",
    'pid.available': 'Soft threshold on free process IDs on the node, acted on after its grace period.',
  },
  evictionSoftGracePeriod: {
    'memory.available': 'How long free memory may stay below its soft threshold before eviction starts.',
    'nodefs.available':
      "How long free space on the kubelet's main filesystem may stay below its soft threshold before eviction.",
    'nodefs.inodesFree':
      "How long free inodes on the kubelet's main filesystem may stay below their soft threshold before eviction.",
    'imagefs.available': 'How long free image-filesystem space may stay below its soft threshold before eviction.',
    'imagefs.inodesFree': 'How long free image-filesystem inodes may stay below their soft threshold before eviction.',
    'containerfs.available':
      'How long free writable-layer filesystem space may stay below its soft threshold before eviction.',
    'containerfs.inodesFree':
      'How long free writable-layer filesystem inodes may stay below their soft threshold before eviction.',
    'allocatableMemory.available':
      'How long allocatable memory may stay below its soft threshold before eviction starts.',
    'pid.available': 'How long free process IDs may stay below their soft threshold before eviction starts.',
  },
  evictionMinimumReclaim: {
    'memory.available': 'Extra memory to free beyond the threshold once memory-based eviction starts.',
    'nodefs.available':
      "Extra space to free on the kubelet's main filesystem beyond the threshold once eviction starts.",
    'nodefs.inodesFree':
      "Extra inodes to free on the kubelet's main filesystem beyond the threshold once eviction starts.",
    'imagefs.available':
      'Extra image-filesystem space to free beyond the threshold, largely through image garbage collection.',
    'imagefs.inodesFree': 'Extra image-filesystem inodes to free beyond the threshold once eviction starts.',
    'containerfs.available': 'Extra writable-layer filesystem space to free beyond the threshold once eviction starts.',
    'containerfs.inodesFree':
      'Extra writable-layer filesystem inodes to free beyond the threshold once eviction starts.',
    'allocatableMemory.available': 'Extra allocatable memory to free beyond the threshold once eviction starts.',
    'pid.available': 'Extra process IDs to free beyond the threshold once PID-based eviction starts.',
  },
  systemReserved: {
    cpu: 'CPU held back for operating-system daemons, in cores or millicores.',
    memory: 'Memory held back for operating-system daemons such as sshd, journald and udev.',
    'ephemeral-storage': 'Local disk space held back for operating-system daemons and system logs.',
    pid: 'Process IDs held back for operating-system processes so pods cannot use them all up.',
  },
  kubeReserved: {
    cpu: 'CPU held back for the kubelet, container runtime and other node agents.',
    memory: 'Memory held back for the kubelet, container runtime and other node agents.',
    'ephemeral-storage': 'Local disk space held back for Kubernetes node components and their state.',
    pid: 'Process IDs held back for the kubelet, the runtime and their helper processes.',
  },
  qosReserved: {
    memory: 'Percentage of memory requests reserved so that lower QoS classes cannot consume it.',
  },
};
