import type { Rule } from './rule.js';
import { kubeletAnonymousAuth } from './kubelet-anonymous-auth.js';
import { kubeletAuthorizationMode } from './kubelet-authorization-mode.js';
import { kubeletReadOnlyPort } from './kubelet-read-only-port.js';
import { kubeletRemovedFlag } from './kubelet-removed-flag.js';
import { kubeconfigInsecureSkipTlsVerify } from './kubeconfig-insecure-skip-tls-verify.js';
import { systemdLostLine } from './systemd-lost-line.js';
import { systemdMultipleExecstart } from './systemd-multiple-execstart.js';
import { systemdMissingEnvfile } from './systemd-missing-envfile.js';
import { kubeletMissingFile } from './kubelet-missing-file.js';
import { yamlSyntax } from './yaml-syntax.js';
import { fileNotChecked } from './file-not-checked.js';
import { kubeletFilePermissions } from './kubelet-file-permissions.js';

/** Every rule, in the order findings are listed. */
export const RULES: readonly Rule[] = [
  kubeletAnonymousAuth,
  kubeletAuthorizationMode,
  kubeletReadOnlyPort,
  kubeletRemovedFlag,
  kubeletFilePermissions,
  kubeconfigInsecureSkipTlsVerify,
  systemdLostLine,
  systemdMultipleExecstart,
  systemdMissingEnvfile,
  kubeletMissingFile,
  yamlSyntax,
  fileNotChecked,
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/** Where the rules are documented (the README's rules section); `Diagnostic.codeDescription` links there. */
export const RULE_DOCS_BASE = 'https://github.com/kubelet-guard/kubelet-guard/blob/main/README.md';

export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE}#${id}`;
}
