import { basename, dirname, isUnder, normalisePath, segments, uriToPath } from '../workspace/uri.js';

/** Folders where systemd looks for units, highest priority first. */
export const SYSTEMD_UNIT_DIRS = ['/etc/systemd/system', '/run/systemd/system', '/usr/local/lib/systemd/system', '/usr/lib/systemd/system', '/lib/systemd/system'];

export interface WorkspaceFileIndex {
  readonly byBasename: ReadonlyMap<string, readonly IndexedFile[]>;
  readonly byPath: ReadonlyMap<string, IndexedFile>;
  readonly all: readonly IndexedFile[];
}

export interface IndexedFile {
  readonly uri: string;
  readonly path: string;
}

export function indexFiles(uris: readonly string[]): WorkspaceFileIndex {
  const byBasename = new Map<string, IndexedFile[]>();
  const byPath = new Map<string, IndexedFile>();
  const all: IndexedFile[] = [];
  for (const uri of uris) {
    const path = uriToPath(uri);
    if (path === undefined) continue;
    const file = { uri, path };
    all.push(file);
    byPath.set(path, file);
    const name = basename(path);
    const list = byBasename.get(name);
    if (list) list.push(file);
    else byBasename.set(name, [file]);
  }
  return { byBasename, byPath, all };
}

/** Where a reference is made from, which decides which workspace copy of a node's files it means. */
export interface ResolveContext {
  /** The file that names the path (a unit, drop-in or env file). */
  readonly referrerPath: string | undefined;
  /** Folders that mirror the node's `/` (the `kubeletGuard.nodeRoot` setting), absolute. */
  readonly nodeRoots: readonly string[];
}

/**
 * The node root implied by where a unit file sits: `nodes/a/etc/systemd/system/kubelet.service`
 * implies that `nodes/a` mirrors the node's `/`.
 */
export function impliedNodeRoot(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  for (const dir of SYSTEMD_UNIT_DIRS) {
    const index = path.lastIndexOf(`${dir}/`);
    if (index >= 0) return path.slice(0, index) || '/';
  }
  return undefined;
}

function rooted(root: string, onNodePath: string): string {
  return normalisePath(`${root.replace(/\/$/, '')}/${onNodePath}`);
}

function trailingMatch(candidate: readonly string[], wanted: readonly string[]): number {
  let count = 0;
  while (count < candidate.length && count < wanted.length && candidate[candidate.length - 1 - count] === wanted[wanted.length - 1 - count]) count++;
  return count;
}

function commonPrefixLength(a: string, b: string): number {
  const sa = segments(a);
  const sb = segments(b);
  let count = 0;
  while (count < sa.length && count < sb.length && sa[count] === sb[count]) count++;
  return count;
}

/**
 * Finds the workspace file an absolute on-node path refers to: first under the configured node roots
 * (and the root implied by the referring unit's location); else the file whose path shares the longest
 * trailing run of segments with it (`/var/lib/kubelet/config.yaml` finds `x/var/lib/kubelet/config.yaml`,
 * then `x/kubelet/config.yaml`); a file sharing only its name counts only beside the referrer. Ties go
 * to the file nearest the referrer.
 */
export function resolveOnNodePath(onNodePath: string, context: ResolveContext, index: WorkspaceFileIndex): IndexedFile | undefined {
  const wantedPath = normalisePath(onNodePath.startsWith('/') ? onNodePath : `/${onNodePath}`);
  const roots = [...context.nodeRoots];
  const implied = impliedNodeRoot(context.referrerPath);
  if (implied !== undefined) roots.push(implied);
  for (const root of roots) {
    const found = index.byPath.get(rooted(root, wantedPath));
    if (found) return found;
  }
  const wanted = segments(wantedPath);
  const candidates = index.byBasename.get(basename(wantedPath)) ?? [];
  const referrerDir = context.referrerPath !== undefined ? dirname(context.referrerPath) : undefined;
  let best: IndexedFile | undefined;
  let bestScore = -1;
  let bestNearness = -1;
  for (const candidate of candidates) {
    const score = trailingMatch(segments(candidate.path), wanted);
    if (score === 0) continue;
    if (score === 1 && !(referrerDir !== undefined && dirname(candidate.path) === referrerDir)) continue;
    const nearness = context.referrerPath !== undefined ? commonPrefixLength(candidate.path, context.referrerPath) : 0;
    if (score > bestScore || (score === bestScore && nearness > bestNearness)) {
      best = candidate;
      bestScore = score;
      bestNearness = nearness;
    }
  }
  return best;
}

/**
 * Finds the workspace files inside an on-node folder and its subfolders (the kubelet walks
 * `--config-dir` recursively), by the same rules applied to the folder path. Returns undefined when
 * no workspace folder matches.
 */
export function resolveOnNodeFolder(onNodeDir: string, context: ResolveContext, index: WorkspaceFileIndex): IndexedFile[] | undefined {
  const wantedDir = normalisePath(onNodeDir.startsWith('/') ? onNodeDir : `/${onNodeDir}`);
  const roots = [...context.nodeRoots];
  const implied = impliedNodeRoot(context.referrerPath);
  if (implied !== undefined) roots.push(implied);
  for (const root of roots) {
    const dir = rooted(root, wantedDir);
    const inside = index.all.filter((file) => isUnder(file.path, dir));
    if (inside.length > 0) return inside;
  }
  const wanted = segments(wantedDir);
  const byDir = new Map<string, IndexedFile[]>();
  for (const file of index.all) {
    const dir = dirname(file.path);
    if (trailingMatch(segments(dir), wanted) >= Math.min(2, wanted.length)) {
      const list = byDir.get(dir);
      if (list) list.push(file);
      else byDir.set(dir, [file]);
    }
  }
  let bestDir: string | undefined;
  let bestScore = -1;
  for (const dir of byDir.keys()) {
    const score = trailingMatch(segments(dir), wanted) * 1000 + (context.referrerPath ? commonPrefixLength(dir, context.referrerPath) : 0);
    if (score > bestScore) {
      bestDir = dir;
      bestScore = score;
    }
  }
  return bestDir === undefined ? undefined : index.all.filter((file) => isUnder(file.path, bestDir ?? ''));
}

export function isInsideRoots(path: string, roots: readonly string[]): boolean {
  return roots.some((root) => isUnder(path, root) || path === root);
}
