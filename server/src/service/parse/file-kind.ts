import { looksLikeKubeYaml } from './yaml/yaml-file.js';
import { basename, dirname, uriToPath } from '../workspace/uri.js';

/** How a file is read: a systemd unit or drop-in, an env file, or YAML (kubelet config or kubeconfig). */
export type FileKind = 'unit' | 'env' | 'yaml' | 'other';

const SECTION_HEADER = /^[ \t]*\[(Unit|Service|Install)\][ \t]*$/m;
const ENV_NAMES = /(^|\/)(kubeadm-flags\.env|default\/kubelet|sysconfig\/kubelet)$|\.env$/;

/**
 * Decides a file's kind by its content first, with the editor's language id and the file name as
 * hints: a `[Service]` section makes a unit whatever the name (`10-kubeadm.conf`), while `kubelet.conf`
 * with `kind: Config` is a kubeconfig.
 */
export function detectFileKind(uri: string, text: string, languageId: string | undefined): FileKind {
  if (languageId === 'kubelet-unit') return 'unit';
  if (languageId === 'kubelet-env') return 'env';
  if (SECTION_HEADER.test(text)) return 'unit';
  const path = uriToPath(uri) ?? '';
  const name = basename(path);
  if (ENV_NAMES.test(path)) return 'env';
  if (name.endsWith('.service') || (name.endsWith('.conf') && basename(dirname(path)).endsWith('.service.d'))) return 'unit';
  if (languageId === 'yaml' || languageId === 'json' || looksLikeKubeYaml(text)) return looksLikeKubeYaml(text) ? 'yaml' : 'other';
  return 'other';
}
