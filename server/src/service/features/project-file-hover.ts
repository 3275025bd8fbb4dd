import type { HoverResult } from './hover.js';
import type { ProjectFile } from '../settings/project-file.js';
import type { ServiceSettings } from '../settings/user-settings.js';
import { describeValues, settingSpec } from '../settings/catalogue.js';
import { ruleById, ruleDocsUrl } from '../rules/registry.js';
import { ruleVerdict } from '../settings/rule-policy.js';

const TIER_LABEL = { correctness: 'correctness (on in every profile)', 'cis-level1': 'CIS level 1', 'cis-level2': 'CIS level 2', hardening: 'hardening (on in the `all` profile)' } as const;

/** Hover in `.kubelet-guard.yaml`: what a key means, what a rule id checks, and which value is in force. */
export function projectFileHover(uri: string, project: ProjectFile, offset: number, settings: ServiceSettings): HoverResult | undefined {
  const entry = project.rules.find((rule) => rule.idStart <= offset && offset <= rule.idEnd);
  if (entry) {
    const rule = ruleById(entry.id);
    if (!rule) return undefined;
    const verdict = ruleVerdict(rule, rule.id, settings);
    const inForce = verdict === 'off' ? 'off' : verdict ?? `${rule.defaultSeverity} (its own choice)`;
    const lines = [
      `**${rule.id}**: ${rule.title}`,
      '',
      rule.summary,
      '',
      `Default severity: ${rule.defaultSeverity}. Tier: ${TIER_LABEL[rule.tier]}.${rule.cis ? ` CIS ${rule.cis}.` : ''}`,
      '',
      `In force here: ${inForce}.`,
    ];
    const note = settings.overridden.get(`rules.${rule.id}`);
    if (note) lines.push('', note);
    lines.push('', `[Documentation](${ruleDocsUrl(rule.id)})`);
    return { markdown: lines.join('\n'), span: { uri, start: entry.idStart, end: entry.idEnd } };
  }
  const key = project.keys.find((k) => k.keyStart <= offset && offset <= k.keyEnd);
  if (!key) return undefined;
  const spec = settingSpec(key.key);
  if (!spec) return undefined;
  const lines = [`**${spec.key}** (editor setting \`kubeletGuard.${spec.key}\`)`, '', spec.description, '', `Values: ${describeValues(spec, true)}. Default: \`${JSON.stringify(spec.default)}\`.`];
  const note = settings.overridden.get(spec.key);
  if (note) lines.push('', note);
  return { markdown: lines.join('\n'), span: { uri, start: key.keyStart, end: key.keyEnd } };
}
