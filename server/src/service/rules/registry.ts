import type { Rule, RuleMeta } from './rule.js';
import { SUPPRESSION_WITHOUT_REASON_RULE, UNUSED_SUPPRESSION_RULE } from '../suppress/suppression-rules.js';
import { PROJECT_FILE_RULE } from '../settings/project-file-rule.js';
// Kubelet security, in CIS order.
import { kubeletAnonymousAuth } from './kubelet-anonymous-auth.js';
import { kubeletAuthorizationMode } from './kubelet-authorization-mode.js';
import { kubeletClientCaFile } from './kubelet-client-ca-file.js';
import { kubeletReadOnlyPort } from './kubelet-read-only-port.js';
import { kubeletStreamingIdleTimeout } from './kubelet-streaming-idle-timeout.js';
import { kubeletMakeIptablesUtilChains } from './kubelet-make-iptables-util-chains.js';
import { kubeletHostnameOverride } from './kubelet-hostname-override.js';
import { kubeletEventQps } from './kubelet-event-qps.js';
import { kubeletTlsCertKey } from './kubelet-tls-cert-key.js';
import { kubeletRotateCertificates } from './kubelet-rotate-certificates.js';
import { kubeletRotateServerCertGate } from './kubelet-rotate-server-cert-gate.js';
import { kubeletTlsCipherSuites } from './kubelet-tls-cipher-suites.js';
import { kubeletTlsMinVersion } from './kubelet-tls-min-version.js';
import { kubeletPodPidsLimit } from './kubelet-pod-pids-limit.js';
import { kubeletSeccompDefault } from './kubelet-seccomp-default.js';
import { kubeletProtectKernelDefaults } from './kubelet-protect-kernel-defaults.js';
import { kubeletTokenWebhook } from './kubelet-token-webhook.js';
import { kubeletBindAddress } from './kubelet-bind-address.js';
import { kubeletRuntimeEndpoint } from './kubelet-runtime-endpoint.js';
import { kubeletStaticPodPath } from './kubelet-static-pod-path.js';
import { kubeletFilePermissions } from './kubelet-file-permissions.js';
// Kubelet correctness: what the kubelet or systemd refuses or drops.
import { kubeletRemovedFlag } from './kubelet-removed-flag.js';
import { kubeletDeprecatedFlag } from './kubelet-deprecated-flag.js';
import { kubeletUnknownFlag } from './kubelet-unknown-flag.js';
import { kubeletPositionalArg } from './kubelet-positional-arg.js';
import { kubeletInvalidValue } from './kubelet-invalid-value.js';
import { kubeletDuplicateFlag } from './kubelet-duplicate-flag.js';
import { systemdLostLine } from './systemd-lost-line.js';
import { systemdMultipleExecstart } from './systemd-multiple-execstart.js';
import { systemdMissingEnvfile } from './systemd-missing-envfile.js';
import { kubeletMissingFile } from './kubelet-missing-file.js';
import { yamlSyntax } from './yaml-syntax.js';
import { configUnknownField } from './config-unknown-field.js';
import { configDuplicateKey } from './config-duplicate-key.js';
import { configTypeError } from './config-type-error.js';
import { configInvalidApiversion } from './config-invalid-apiversion.js';
import { fileNotChecked } from './file-not-checked.js';
// Kubeconfig.
import { kubeconfigInsecureSkipTlsVerify } from './kubeconfig-insecure-skip-tls-verify.js';
import { kubeconfigSkipTlsWithCa } from './kubeconfig-skip-tls-with-ca.js';
import { kubeconfigHttpServer } from './kubeconfig-http-server.js';
import { kubeconfigBasicAuth } from './kubeconfig-basic-auth.js';
import { kubeconfigStaticToken } from './kubeconfig-static-token.js';
import { kubeconfigEmbeddedClientKey } from './kubeconfig-embedded-client-key.js';
import { kubeconfigRemovedAuthProvider } from './kubeconfig-removed-auth-provider.js';
import { kubeconfigExecApiRemoved } from './kubeconfig-exec-api-removed.js';
import { kubeconfigDanglingRef } from './kubeconfig-dangling-ref.js';
import { kubeconfigTypeError } from './kubeconfig-type-error.js';
import { kubeconfigCertExpiry } from './kubeconfig-cert-expiry.js';
import { kubeconfigWeakKey } from './kubeconfig-weak-key.js';
import { kubeconfigInvalidCert } from './kubeconfig-invalid-cert.js';

/** Every rule, in the order the README lists them. */
export const RULES: readonly Rule[] = [
  kubeletAnonymousAuth,
  kubeletAuthorizationMode,
  kubeletClientCaFile,
  kubeletReadOnlyPort,
  kubeletStreamingIdleTimeout,
  kubeletMakeIptablesUtilChains,
  kubeletHostnameOverride,
  kubeletEventQps,
  kubeletTlsCertKey,
  kubeletRotateCertificates,
  kubeletRotateServerCertGate,
  kubeletTlsCipherSuites,
  kubeletTlsMinVersion,
  kubeletPodPidsLimit,
  kubeletSeccompDefault,
  kubeletProtectKernelDefaults,
  kubeletTokenWebhook,
  kubeletBindAddress,
  kubeletRuntimeEndpoint,
  kubeletStaticPodPath,
  kubeletFilePermissions,
  kubeletRemovedFlag,
  kubeletDeprecatedFlag,
  kubeletUnknownFlag,
  kubeletPositionalArg,
  kubeletInvalidValue,
  kubeletDuplicateFlag,
  systemdLostLine,
  systemdMultipleExecstart,
  systemdMissingEnvfile,
  kubeletMissingFile,
  yamlSyntax,
  configUnknownField,
  configDuplicateKey,
  configTypeError,
  configInvalidApiversion,
  fileNotChecked,
  kubeconfigInsecureSkipTlsVerify,
  kubeconfigSkipTlsWithCa,
  kubeconfigHttpServer,
  kubeconfigBasicAuth,
  kubeconfigStaticToken,
  kubeconfigEmbeddedClientKey,
  kubeconfigRemovedAuthProvider,
  kubeconfigExecApiRemoved,
  kubeconfigDanglingRef,
  kubeconfigTypeError,
  kubeconfigCertExpiry,
  kubeconfigWeakKey,
  kubeconfigInvalidCert,
];

/** Rules the engine applies itself (suppression comments, the project file): ids for settings and reports. */
export const ENGINE_RULES: readonly RuleMeta[] = [UNUSED_SUPPRESSION_RULE, SUPPRESSION_WITHOUT_REASON_RULE, PROJECT_FILE_RULE];

/** Every rule id a user can name in `rules`, `--rule` or a suppression comment. */
export const ALL_RULES: readonly RuleMeta[] = [...RULES, ...ENGINE_RULES];

const byId = new Map(ALL_RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): RuleMeta | undefined {
  return byId.get(id);
}

/** Where the rules are documented (the README's rules section); `Diagnostic.codeDescription` links there. */
export const RULE_DOCS_BASE = 'https://github.com/kubelet-guard/kubelet-guard/blob/main/README.md';

export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE}#${id}`;
}
