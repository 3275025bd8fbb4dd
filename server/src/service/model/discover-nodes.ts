import { buildConfigFileNode, buildEnvFileNode, buildUnitNode, type BuildContext } from './build-node.js';
import type { KubeletNode, UnitSource } from './kubelet-node.js';
import { SYSTEMD_UNIT_DIRS, impliedNodeRoot } from './resolve-path.js';
import { basename, dirname, uriToPath } from '../workspace/uri.js';

interface UnitGroup {
  readonly key: string;
  mains: { unit: UnitSource; priority: number }[];
  dropIns: { unit: UnitSource; priority: number; name: string }[];
}

/** Rank of the systemd folder a unit sits in (lower wins), or the lowest rank when not in one. */
function folderPriority(path: string | undefined): number {
  if (path === undefined) return SYSTEMD_UNIT_DIRS.length;
  const index = SYSTEMD_UNIT_DIRS.findIndex((dir) => path.includes(`${dir}/`));
  return index < 0 ? SYSTEMD_UNIT_DIRS.length : index;
}

/**
 * Groups the workspace's unit files into services: `x/kubelet.service` with `x/kubelet.service.d/*.conf`,
 * or, for a tree that mirrors a node, every systemd folder under the same root. A drop-in folder
 * without its unit in the workspace is a group of its own (kubeadm's `10-kubeadm.conf` carries the
 * whole `ExecStart=`). A unit outside any folder structure (an untitled buffer) is alone.
 */
function groupUnits(units: readonly UnitSource[]): UnitGroup[] {
  const groups = new Map<string, UnitGroup>();
  const groupFor = (key: string): UnitGroup => {
    let group = groups.get(key);
    if (!group) {
      group = { key, mains: [], dropIns: [] };
      groups.set(key, group);
    }
    return group;
  };
  for (const unit of units) {
    const path = uriToPath(unit.uri);
    if (path === undefined) {
      groupFor(`alone:${unit.uri}`).mains.push({ unit, priority: 0 });
      continue;
    }
    const parent = basename(dirname(path));
    const name = basename(path);
    if (parent.endsWith('.service.d')) {
      const serviceName = parent.slice(0, -2);
      const root = impliedNodeRoot(path) ?? dirname(dirname(path));
      groupFor(`${root}\u0000${serviceName}`).dropIns.push({ unit, priority: folderPriority(path), name });
    } else {
      const root = impliedNodeRoot(path) ?? dirname(path);
      groupFor(`${root}\u0000${name}`).mains.push({ unit, priority: folderPriority(path) });
    }
  }
  return [...groups.values()];
}

function orderedUnits(group: UnitGroup): UnitSource[] {
  const main = [...group.mains].sort((a, b) => a.priority - b.priority)[0];
  // Drop-ins apply in lexical order of file name; a name in a higher-priority folder masks the others.
  const byName = new Map<string, { unit: UnitSource; priority: number }>();
  for (const dropIn of group.dropIns) {
    const seen = byName.get(dropIn.name);
    if (!seen || dropIn.priority < seen.priority) byName.set(dropIn.name, dropIn);
  }
  const dropIns = [...byName.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry.unit);
  return main ? [main.unit, ...dropIns] : dropIns;
}

/** Every node the workspace's unit files describe. */
export function discoverUnitNodes(context: BuildContext, candidateUris: readonly string[]): KubeletNode[] {
  const units: UnitSource[] = [];
  for (const uri of candidateUris) {
    const file = context.files.get(uri);
    if (file?.kind === 'unit') units.push(file);
  }
  const nodes: KubeletNode[] = [];
  for (const group of groupUnits(units)) {
    const node = buildUnitNode(group.key, orderedUnits(group), context);
    if (node) nodes.push(node);
  }
  return nodes;
}

/**
 * The nodes a file takes part in. A file no unit reaches is a node of its own when it can be one:
 * an env file, or a KubeletConfiguration document (its command line is then unknown).
 */
export function nodesContaining(uri: string, unitNodes: readonly KubeletNode[], context: BuildContext): KubeletNode[] {
  const containing = unitNodes.filter((node) => node.members.has(uri));
  if (containing.length > 0) return containing;
  const file = context.files.get(uri);
  if (!file) return [];
  if (file.kind === 'env') return [buildEnvFileNode(file, context)];
  if (file.kind === 'yaml') {
    const document = file.yaml.documents.find((d) => d.kind === 'kubelet-config');
    if (document) return [buildConfigFileNode(file, document)];
  }
  return [];
}

/** URIs worth reading as units: by name, or any open document the editor marked as a unit. */
export function unitCandidates(uris: readonly string[], languageId: (uri: string) => string | undefined): string[] {
  return uris.filter((uri) => {
    const path = uriToPath(uri);
    if (path === undefined) return languageId(uri) === 'kubelet-unit';
    const name = basename(path);
    return name.endsWith('.service') || (name.endsWith('.conf') && basename(dirname(path)).endsWith('.service.d')) || languageId(uri) === 'kubelet-unit';
  });
}
