import type { Finding, Fix, RelatedInfo, Severity } from '../findings/finding.js';
import type { KubeletNode } from '../model/kubelet-node.js';
import type { EffectiveSetting } from '../model/effective-setting.js';
import type { SourceFile } from '../model/source-files.js';
import type { YamlSource } from '../model/kubelet-node.js';
import type { YamlDocumentInfo } from '../parse/yaml/yaml-file.js';
import type { Span } from '../text/span.js';
import type { FileStat } from '../workspace/workspace.js';

export type RuleTier = 'correctness' | 'cis-level1' | 'cis-level2' | 'hardening';

/** What every rule declares about itself: the public, stable part. */
export interface RuleMeta {
  /** Stable id: used in CLI output, settings and suppression comments. */
  readonly id: string;
  readonly title: string;
  /** CIS Kubernetes Benchmark recommendation, when one applies. */
  readonly cis?: string;
  /**
   * Which profile turns the rule on: `correctness` rules (what the kubelet, systemd or client-go refuse
   * or drop) are on in every profile; `cis-level1` and `cis-level2` follow the CIS benchmark's levels;
   * `hardening` rules go beyond the benchmark and are on only in the `all` profile.
   */
  readonly tier: RuleTier;
  readonly defaultSeverity: Severity;
  /** One sentence on what the rule finds, for the README and the rule page. */
  readonly summary: string;
  /** Whether the rule offers a quick fix. */
  readonly fixable: boolean;
  /** KubeletConfiguration fields (or flag names) the rule judges: hovers on them link to the rule. */
  readonly settings?: readonly string[];
}

/** What a rule's check reports; the engine adds the rule id and the default severity. */
export interface RuleReport {
  readonly span: Span;
  readonly message: string;
  readonly severity?: Severity;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedInfo[];
}

export interface RuleSettings {
  /** Kubernetes minor release the node runs, such as `1.36`. */
  readonly kubernetesVersion: string;
  /** Absolute paths of folders that mirror a node's `/`. */
  readonly nodeRoots: readonly string[];
  /** Report suppression comments that give no reason (kubeletGuard.requireSuppressionReason). */
  readonly requireSuppressionReason?: boolean;
}

/** A rule's window on a node: the model, the effective values, and the sources for building fixes. */
export interface NodeContext {
  readonly node: KubeletNode;
  readonly settings: RuleSettings;
  effective(key: string): EffectiveSetting;
  file(uri: string): SourceFile | undefined;
  /** A short name for a file in messages (its path under the workspace folder). */
  displayName(uri: string): string;
  /** Permission bits and owner of a file on disk, when the host can tell. */
  stat(uri: string): FileStat | undefined;
}

/** A rule's window on one kubeconfig document. */
export interface KubeconfigContext {
  readonly file: YamlSource;
  readonly document: YamlDocumentInfo;
  readonly settings: RuleSettings;
}

/** A rule's window on one file, whatever its node (syntax, files the service could not read). */
export interface FileContext {
  readonly file: SourceFile;
  readonly settings: RuleSettings;
}

export type Rule =
  | (RuleMeta & { readonly scope: 'node'; check(context: NodeContext): readonly RuleReport[] })
  | (RuleMeta & { readonly scope: 'kubeconfig'; check(context: KubeconfigContext): readonly RuleReport[] })
  | (RuleMeta & { readonly scope: 'file'; check(context: FileContext): readonly RuleReport[] });

export function toFinding(rule: RuleMeta, report: RuleReport): Finding {
  return {
    ruleId: rule.id,
    severity: report.severity ?? rule.defaultSeverity,
    message: report.message,
    span: report.span,
    fixes: report.fixes ?? [],
    related: report.related ?? [],
  };
}
