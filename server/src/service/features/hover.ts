import type { FileAnalysis, ServiceSettings } from '../language-service.js';
import type { SourceFiles } from '../model/source-files.js';
import type { KubeletNode } from '../model/kubelet-node.js';
import { effectiveSetting } from '../model/effective-setting.js';
import { configField, flagForConfigField, kubeconfigField, isFlagRemoved } from '../data/facts.js';
import type { KubeletFlagFact } from '../data/types.js';
import { KUBELET_FLAG_DOCS } from '../data/docs/kubelet-flag-docs.js';
import { KUBELET_CONFIG_DOCS } from '../data/docs/kubelet-config-docs.js';
import { KUBECONFIG_FIELD_DOCS } from '../data/docs/kubeconfig-docs.js';
import { MAP_KEY_DOCS } from '../data/docs/map-key-docs.js';
import { describeOrigin } from '../rules/describe-origin.js';
import { RULES, ruleById, ruleDocsUrl } from '../rules/registry.js';
import type { NodeContext } from '../rules/rule.js';
import type { Span } from '../text/span.js';
import type { VariableDefinition } from '../parse/exec/expand.js';
import { environmentAssignments } from '../model/unit-assembly.js';
import { certificateHover } from './certificate-hover.js';
import { FEATURE_GATES } from '../data/feature-gates.js';
import { spanContains } from '../text/span.js';

export interface HoverResult {
  readonly markdown: string;
  readonly span: Span;
}

export interface HoverEnvironment {
  readonly settings: ServiceSettings;
  readonly files: SourceFiles;
  displayName(uri: string): string;
}

function formatValue(value: unknown): string {
  if (value === undefined || value === null) return 'none';
  if (value === '') return '""';
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

function nodeContext(node: KubeletNode, env: HoverEnvironment): NodeContext {
  return {
    node,
    settings: env.settings,
    effective: (key) => effectiveSetting(node, key),
    file: (uri) => env.files.get(uri),
    displayName: (uri) => env.displayName(uri),
    stat: () => undefined,
  };
}

/**
 * The lines shared by a flag's and a field's hover: first what the operator asks at that moment (the
 * value this node runs with, and why), then what the setting is, its type, both defaults and status.
 */
function settingSection(key: string, flag: KubeletFlagFact | undefined, node: KubeletNode | undefined, env: HoverEnvironment): string[] {
  const field = configField(key);
  const lines: string[] = [];
  if (node && (field || flag)) {
    const setting = effectiveSetting(node, field ? key : flag?.name ?? key);
    const context = nodeContext(node, env);
    if (setting.origin.kind === 'unknown') lines.push(`**Effective on this node:** unknown: ${setting.origin.reason}.`);
    else {
      lines.push(`**Effective on this node:** ${formatValue(setting.value)}, ${describeOrigin(setting.origin, context)}`);
      for (const lower of setting.overridden) lines.push(`- overriding the value ${describeOrigin(lower, context)}`);
    }
    lines.push('');
  }
  // The field's description is the richer one; a flag without a field (or a removed one) has its own.
  const doc = (field ? KUBELET_CONFIG_DOCS[field.path] : undefined) ?? (flag ? KUBELET_FLAG_DOCS[flag.name] : undefined);
  if (doc) lines.push(doc, '');
  const type = field?.type ?? flag?.type;
  if (type) {
    const values = field?.enumValues ?? flag?.enumValues;
    lines.push(`- Type: \`${type}\`${values ? ` (one of ${values.map((v) => `\`${v}\``).join(', ')})` : ''}`);
  }
  if (flag) lines.push(`- Flag: \`--${flag.name}\`, default ${formatValue(flag.default)} (applies when no --config file is used)`);
  if (field) lines.push(`- Config field: \`${field.path}\`, default ${formatValue(field.default)} (applies when a --config file is used and does not set it)`);
  // The checks that judge this setting, with their CIS ids and pages.
  const checks = RULES.filter((rule) => rule.settings?.includes(field ? field.path : key) || (flag && rule.settings?.includes(flag.name)));
  if (checks.length > 0) lines.push(`- Checked by: ${checks.map((rule) => `[${rule.id}](${ruleDocsUrl(rule.id)})${rule.cis ? ` (CIS ${rule.cis})` : ''}`).join(', ')}`);
  if (flag) {
    if (isFlagRemoved(flag, env.settings.kubernetesVersion)) lines.push(`- Status: removed${flag.removedIn ? ` in ${flag.removedIn}` : ''}; kubelet ${env.settings.kubernetesVersion} will not start with it`);
    else if (flag.status === 'deprecated') lines.push(`- Status: flag deprecated${flag.deprecatedIn ? ` since ${flag.deprecatedIn}` : ''}${flag.configField ? `; set \`${flag.configField}\` in the config file instead` : ''}`);
  }
  return lines;
}

function findingSection(analysis: FileAnalysis, offset: number): string[] {
  const lines: string[] = [];
  for (const finding of analysis.findings) {
    if (!spanContains(finding.span, analysis.uri, offset)) continue;
    const rule = ruleById(finding.ruleId);
    const cis = rule?.cis ? ` (CIS ${rule.cis})` : '';
    if (lines.length > 0) lines.push('');
    lines.push(`**${rule?.title ?? finding.ruleId}**${cis}: [${finding.ruleId}](${ruleDocsUrl(finding.ruleId)})`);
    if (finding.fixes[0]) lines.push(`Fix: ${finding.fixes[0].title}.`);
  }
  return lines;
}

function lineOf(env: HoverEnvironment, uri: string, offset: number): string {
  const file = env.files.get(uri);
  return `${env.displayName(uri)}:${file ? file.lines.positionAt(offset).line + 1 : 0}`;
}

/** `$VAR` / `${VAR}` in the ExecStart= in force: the words it becomes, and every definition, the winner first. */
function variableHover(analysis: FileAnalysis, offset: number, env: HoverEnvironment): { title: string; body: string[]; span: Span } | undefined {
  for (const node of analysis.nodes) {
    const execStart = node.execStart;
    if (!execStart || execStart.uri !== analysis.uri) continue;
    const value = execStart.directive.value;
    const pattern = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
    for (let match = pattern.exec(value.text); match; match = pattern.exec(value.text)) {
      const start = value.offsets[match.index] ?? -1;
      const end = (value.offsets[match.index + match[0].length - 1] ?? -2) + 1;
      if (offset < start || offset > end) continue;
      const name = match[1] ?? match[2] ?? '';
      const braced = match[1] !== undefined;
      const winner = node.variables.get(name);
      const body: string[] = [];
      if (!winner) {
        const missing = node.environmentFiles.filter((f) => !f.file).map((f) => f.path);
        body.push(missing.length > 0 ? `Not defined in the workspace; it may come from ${missing.join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} not in the workspace.` : `Not defined: systemd expands it to ${braced ? 'an empty string' : 'nothing (the word disappears)'}.`);
      } else {
        const words = braced ? [winner.value.text] : winner.value.text.split(/\s+/).filter(Boolean);
        body.push(braced ? `Expands to one word: \`${winner.value.text}\`` : `Expands to ${words.length} word${words.length === 1 ? '' : 's'}: ${words.map((w) => `\`${w}\``).join(' ')}`, '');
        body.push(`- defined by ${winner.via === 'EnvironmentFile' ? 'the env file line' : 'Environment='} ${lineOf(env, winner.span.uri, winner.span.start)}${definitionsOf(node, name).length > 1 ? ' (this one wins)' : ''}`);
        for (const other of definitionsOf(node, name).filter((d) => d.span.uri !== winner.span.uri || d.span.start !== winner.span.start)) body.push(`- overriding ${other.via === 'EnvironmentFile' ? 'the env file line' : 'Environment='} ${lineOf(env, other.span.uri, other.span.start)}`);
      }
      return { title: `\`${match[0]}\``, body, span: { uri: analysis.uri, start, end } };
    }
  }
  return undefined;
}

/** Every assignment of a variable in the node, in the order systemd applies them (later ones win). */
function definitionsOf(node: KubeletNode, name: string): VariableDefinition[] {
  const found: VariableDefinition[] = [];
  for (const unit of node.units) {
    for (const directive of unit.unit.directives) {
      if (directive.section === 'Service' && directive.key === 'Environment') found.push(...environmentAssignments(directive).filter((d) => d.name === name));
    }
  }
  for (const entry of node.environmentFiles) {
    for (const assignment of entry.file?.env.assignments ?? []) {
      if (assignment.name === name) found.push({ name, value: assignment.value, span: { uri: entry.file?.uri ?? '', start: assignment.start, end: assignment.end }, via: 'EnvironmentFile' });
    }
  }
  // Env files override Environment=; within each, later wins: the winner is the last one.
  return found.reverse();
}

/** A path the node refers to (EnvironmentFile=, --config, --kubeconfig...): which workspace file it is. */
function pathHover(analysis: FileAnalysis, offset: number, env: HoverEnvironment): { title: string; body: string[]; span: Span } | undefined {
  for (const node of analysis.nodes) {
    for (const entry of node.environmentFiles) {
      if (!entry.pathSpan || !spanContains(entry.pathSpan, analysis.uri, offset)) continue;
      const body = entry.file
        ? [`Resolves to the workspace file \`${env.displayName(entry.file.uri)}\`; its variables override Environment= ones.`]
        : [`No workspace file matches this path${entry.optional ? ' (optional: the unit starts without it)' : ' (the unit fails to start if it is missing on the node too)'}.`];
      return { title: `EnvironmentFile \`${entry.path}\``, body, span: entry.pathSpan };
    }
    for (const reference of [node.config, node.configDir, ...node.kubeconfigs]) {
      const span = reference?.flag.valueSpan;
      if (!reference || !span || !spanContains(span, analysis.uri, offset)) continue;
      const body = reference.uri
        ? [`Resolves to the workspace file \`${env.displayName(reference.uri)}\`.`]
        : ['No workspace file matches this path; set kubeletGuard.nodeRoot to the folder that mirrors the node\'s /.'];
      const flag = reference.flag.fact ? settingSection(reference.flag.fact.name, reference.flag.fact, undefined, env) : [];
      return { title: `\`--${reference.flag.name}\` ${reference.path}`, body: [...body, '', ...flag], span };
    }
  }
  return undefined;
}

/** Hover content for a position: a flag on a command line, a config or kubeconfig key, plus findings there. */
export function hoverAt(analysis: FileAnalysis, offset: number, env: HoverEnvironment): HoverResult | undefined {
  const uri = analysis.uri;
  const file = analysis.file;
  if (!file) return undefined;
  let title: string | undefined;
  let body: string[] = [];
  let span: Span | undefined;

  const special = variableHover(analysis, offset, env) ?? pathHover(analysis, offset, env);
  if (special) ({ title, body, span } = special);

  for (const node of title ? [] : analysis.nodes) {
    for (const flag of node.commandLine.flags) {
      const nameSpan = flag.nameSpan;
      const valueSpan = flag.valueSpan;
      const hit = (nameSpan && spanContains(nameSpan, uri, offset)) || (valueSpan && spanContains(valueSpan, uri, offset));
      if (!hit || !flag.fact) continue;
      const key = flag.fact.configField && configField(flag.fact.configField) ? flag.fact.configField : flag.fact.name;
      title = `\`--${flag.fact.name}\``;
      body = settingSection(key, flag.fact, node, env);
      span = nameSpan && valueSpan && nameSpan.uri === valueSpan.uri && valueSpan.end >= nameSpan.start ? { uri, start: nameSpan.start, end: valueSpan.end } : nameSpan;
      break;
    }
    if (title) break;
  }

  if (!title && file.kind === 'yaml') {
    for (const document of file.yaml.documents) {
      if (document.kind !== 'kubeconfig' || offset < document.start || offset > document.end) continue;
      const certificate = certificateHover(document, offset);
      if (certificate) {
        title = certificate.title;
        body = certificate.body;
        span = { uri, start: certificate.start, end: certificate.end };
      }
    }
  }
  if (!title && file.kind === 'yaml') {
    for (const document of file.yaml.documents) {
      if (offset < document.start || offset > document.end) continue;
      const entry = [...document.entries].reverse().find((e) => (e.keyStart <= offset && offset <= e.keyEnd) || (e.valueNode !== null && e.valueStart <= offset && offset <= e.valueEnd && !isCollection(e.value)));
      if (!entry) continue;
      span = { uri, start: entry.keyStart, end: entry.keyEnd };
      if (document.kind === 'kubelet-config' && configField(entry.path)) {
        const node = analysis.nodes.find((n) => n.configSource?.uri === uri || n.configFragments.some((f) => f.uri === uri));
        title = `\`${entry.path}\``;
        body = settingSection(entry.path, flagForConfigField(entry.path), node, env);
      } else if (document.kind === 'kubelet-config' && entry.parentPath === 'featureGates') {
        const gate = FEATURE_GATES.find((g) => g.name === entry.key);
        title = `Feature gate \`${entry.key}\``;
        body = gate
          ? [`- Stage in Kubernetes 1.36: ${gate.stage.toLowerCase()}`, `- Default: \`${gate.default}\`${gate.lockToDefault ? ' (locked: the kubelet refuses any other value)' : ''}`]
          : ['Not a feature gate Kubernetes 1.36 knows: the kubelet refuses to start with an unrecognized gate.'];
      } else if (document.kind === 'kubelet-config' && MAP_KEY_DOCS[entry.parentPath]?.[entry.key]) {
        // A key inside a map field: an eviction signal, a reserved resource.
        title = `\`${entry.key}\` in \`${entry.parentPath}\``;
        body = [MAP_KEY_DOCS[entry.parentPath]?.[entry.key] ?? ''];
      } else if (document.kind === 'kubeconfig' && kubeconfigField(entry.path)) {
        const fact = kubeconfigField(entry.path);
        title = `\`${entry.key}\` (kubeconfig)`;
        const doc = KUBECONFIG_FIELD_DOCS[entry.path];
        body = [...(doc ? [doc, ''] : []), `- Type: \`${fact?.type}\`${fact?.enumValues ? ` (one of ${fact.enumValues.map((v) => `\`${v}\``).join(', ')})` : ''}`, `- Default: ${formatValue(fact?.default)}${fact?.required ? '; required in each entry' : ''}`];
      }
    }
  }

  const findings = findingSection(analysis, offset);
  if (!title && findings.length === 0) return undefined;
  if (!span) span = analysis.findings.find((f) => spanContains(f.span, uri, offset))?.span;
  if (!span) return undefined;
  const parts = [...(title ? [`### ${title}`, '', ...body] : []), ...(findings.length > 0 ? ['', '---', '', ...findings] : [])];
  return { markdown: parts.join('\n').trim(), span };
}

function isCollection(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

