/**
 * Minimal, dependency-free handling of `file:` URIs and POSIX paths, enough to match on-node paths
 * against workspace files. Other schemes (such as `untitled:`) have no path.
 */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file://')) return undefined;
  let rest = uri.slice('file://'.length);
  const slash = rest.indexOf('/');
  if (slash < 0) return undefined;
  rest = rest.slice(slash); // drop any authority
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}

export function pathToUri(path: string): string {
  const encoded = path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return `file://${encoded.startsWith('/') ? '' : '/'}${encoded}`;
}

export function basename(path: string): string {
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

export function dirname(path: string): string {
  const index = path.lastIndexOf('/');
  if (index <= 0) return '/';
  return path.slice(0, index);
}

export function segments(path: string): string[] {
  return path.split('/').filter((segment) => segment.length > 0 && segment !== '.');
}

/** Normalises `a/./b/../c` to `a/c`, keeping a leading slash. */
export function normalisePath(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return `${path.startsWith('/') ? '/' : ''}${out.join('/')}`;
}

export function isUnder(path: string, folder: string): boolean {
  const base = folder.endsWith('/') ? folder : `${folder}/`;
  return path.startsWith(base);
}

/** A short name for messages: the path under the workspace folder that holds it, else the URI. */
export function displayName(uri: string, roots: readonly string[]): string {
  const path = uriToPath(uri);
  if (path === undefined) return uri;
  let best: string | undefined;
  for (const root of roots) {
    const rootPath = uriToPath(root);
    if (rootPath !== undefined && isUnder(path, rootPath)) {
      const relative = path.slice(rootPath.replace(/\/$/, '').length + 1);
      if (best === undefined || relative.length < best.length) best = relative;
    }
  }
  return best ?? path;
}
