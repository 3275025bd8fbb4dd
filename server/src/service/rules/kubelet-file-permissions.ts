import type { Rule, RuleReport, NodeContext } from './rule.js';
import { impliedNodeRoot, isInsideRoots } from '../model/resolve-path.js';
import { uriToPath } from '../workspace/uri.js';

/** Files of a node the benchmark wants locked down, with the most permissive mode it accepts. */
interface Guarded {
  readonly uri: string;
  readonly what: string;
  readonly cis: string;
  /** Bits that must not be set: 0o177 for "600 or stricter", 0o133 for "644 or stricter". */
  readonly forbidden: number;
  readonly limit: string;
}

/**
 * The node's files whose permissions mean something: those at the very path the kubelet or systemd
 * reads on this machine, or inside a folder declared to mirror a node (kubeletGuard.nodeRoot). A
 * repository of templates is neither, and its checkout modes say nothing about the node.
 */
function guardedFiles(context: NodeContext): Guarded[] {
  const node = context.node;
  const files: Guarded[] = [];
  const mirrored = (uri: string): boolean => {
    const path = uriToPath(uri);
    return path !== undefined && isInsideRoots(path, context.settings.nodeRoots);
  };
  const real = (uri: string, onNodePath: string | undefined): boolean => uriToPath(uri) === onNodePath || mirrored(uri);
  for (const unit of node.units) {
    const path = uriToPath(unit.uri);
    if (impliedNodeRoot(path) === '/' || mirrored(unit.uri)) files.push({ uri: unit.uri, what: 'kubelet service file', cis: '4.1.1', forbidden: 0o177, limit: '600' });
  }
  for (const reference of node.kubeconfigs) {
    if (reference.uri && reference.flag.name === 'kubeconfig' && real(reference.uri, reference.path)) files.push({ uri: reference.uri, what: 'kubelet kubeconfig', cis: '4.1.5', forbidden: 0o177, limit: '600' });
  }
  if (node.configSource && real(node.configSource.uri, node.config?.path)) files.push({ uri: node.configSource.uri, what: 'kubelet config file', cis: '4.1.9', forbidden: 0o177, limit: '600' });
  for (const fragment of node.configFragments) if (mirrored(fragment.uri)) files.push({ uri: fragment.uri, what: 'kubelet config fragment', cis: '4.1.9', forbidden: 0o177, limit: '600' });
  return files;
}

const octal = (mode: number): string => (mode & 0o777).toString(8).padStart(3, '0');

/**
 * CIS 4.1.x: the kubelet's unit, kubeconfig and config files must not be writable (or, for the
 * kubeconfig and config, readable) by anyone but root. Judged from the file on disk, so it is only
 * reported where the host can tell (the editor and the CLI on local files). The fix is a command that
 * asks before it runs chmod: never a text edit.
 */
export const kubeletFilePermissions: Rule = {
  id: 'kubelet-file-permissions',
  tier: 'cis-level1',
  title: 'Kubelet file permissions too open',
  cis: '4.1.1, 4.1.5, 4.1.9',
  defaultSeverity: 'warning',
  summary: 'A kubelet unit, kubeconfig or config file on disk, at its real place on the node or under kubeletGuard.nodeRoot, is accessible beyond mode 600 or not owned by root.',
  fixable: true,
  scope: 'node',
  check(context) {
    const reports: RuleReport[] = [];
    for (const guarded of guardedFiles(context)) {
      const stat = context.stat(guarded.uri);
      const file = context.file(guarded.uri);
      if (!stat || !file) continue;
      const tooOpen = (stat.mode & guarded.forbidden) !== 0;
      const notRoot = stat.uid !== 0;
      if (!tooOpen && !notRoot) continue;
      const problems = [
        ...(tooOpen ? [`mode ${octal(stat.mode)}, more open than ${guarded.limit}`] : []),
        ...(notRoot ? [`owned by uid ${stat.uid}, not root`] : []),
      ];
      const name = context.displayName(guarded.uri);
      reports.push({
        span: { uri: guarded.uri, start: 0, end: file.lines.lineEnd(0) },
        message: `The ${guarded.what} ${name} is ${problems.join(' and ')} (CIS ${guarded.cis}): other local users could read or change what the kubelet runs with.`,
        fixes: tooOpen ? [{ title: `Run chmod ${guarded.limit} on ${name} (asks first)`, edits: [], command: { name: 'chmod', uri: guarded.uri, mode: guarded.limit }, preferred: true }] : [],
      });
    }
    return reports;
  },
};
