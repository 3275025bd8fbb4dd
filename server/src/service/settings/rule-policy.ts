import type { Finding, Severity } from '../findings/finding.js';
import type { RuleMeta, RuleTier } from '../rules/rule.js';
import type { SuppressedFinding } from '../suppress/apply-suppressions.js';
import type { Profile, RuleLevel } from './catalogue.js';

/** The tiers each profile turns on; a level in `rules` turns any rule on whatever its tier. */
const PROFILE_TIERS: Readonly<Record<Profile, readonly RuleTier[]>> = {
  all: ['correctness', 'cis-level1', 'cis-level2', 'hardening'],
  'cis-level1': ['correctness', 'cis-level1'],
  'cis-level2': ['correctness', 'cis-level1', 'cis-level2'],
};

const LEVEL_SEVERITY: Readonly<Record<Exclude<RuleLevel, 'off'>, Severity>> = { hint: 'hint', info: 'information', warning: 'warning', error: 'error' };

export interface PolicySettings {
  readonly profile: Profile;
  readonly rules: Readonly<Record<string, RuleLevel>>;
}

/**
 * What a rule reports under the settings: `off`, a severity that replaces every severity the rule
 * would choose, or `undefined` for the rule's own choice (which can differ by case, as with defaults).
 */
export function ruleVerdict(rule: Pick<RuleMeta, 'id' | 'tier'> | undefined, ruleId: string, settings: PolicySettings): 'off' | Severity | undefined {
  const level = settings.rules[ruleId];
  if (level === 'off') return 'off';
  if (level !== undefined) return LEVEL_SEVERITY[level];
  if (rule && !PROFILE_TIERS[settings.profile].includes(rule.tier)) return 'off';
  return undefined;
}

/** Drops the findings of rules that are off and gives the others the severity the settings ask for. */
export function applyPolicy<T extends Finding>(findings: readonly T[], settings: PolicySettings, ruleOf: (id: string) => RuleMeta | undefined): T[] {
  const out: T[] = [];
  for (const finding of findings) {
    const verdict = ruleVerdict(ruleOf(finding.ruleId), finding.ruleId, settings);
    if (verdict === 'off') continue;
    out.push(verdict === undefined || verdict === finding.severity ? finding : { ...finding, severity: verdict });
  }
  return out;
}

/** The same for suppressed findings, so reports list only what a rule that is on would have said. */
export function applyPolicyToSuppressed(suppressed: readonly SuppressedFinding[], settings: PolicySettings, ruleOf: (id: string) => RuleMeta | undefined): SuppressedFinding[] {
  const out: SuppressedFinding[] = [];
  for (const entry of suppressed) {
    const [finding] = applyPolicy([entry.finding], settings, ruleOf);
    if (finding) out.push(finding === entry.finding ? entry : { ...entry, finding });
  }
  return out;
}
