import type { Fix } from '../../findings/finding.js';
import type { EffectiveSetting } from '../../model/effective-setting.js';
import { insertFlag, setFlagValue } from '../../fixes/command-line-edits.js';
import { setYamlValue } from '../../fixes/yaml-edits.js';
import { flagForConfigField } from '../../data/facts.js';
import { describeOrigin } from '../describe-origin.js';
import type { NodeContext, Rule, RuleMeta, RuleReport } from '../rule.js';

/** A rule about one kubelet setting whose effective value can be insecure. */
export interface SettingRuleSpec extends RuleMeta {
  /** KubeletConfiguration field the rule judges (its flag is derived from the data). */
  readonly field: string;
  /** True when the effective value is the problem. */
  readonly isInsecure: (value: unknown) => boolean;
  /** The message's first part, given the effective value; the origin is appended. */
  readonly describe: (value: unknown) => string;
  /** What the fix writes: on the command line, and in the config file. */
  readonly secureFlagValue: string;
  readonly secureConfigValue: string;
}

/**
 * Builds a rule from a declaration: the engine finds the effective value and its origin, reports it
 * where it was set (the flag, or the config field), or on `ExecStart=` when a default applies, and
 * offers the fix that edits that very place or inserts the flag.
 */
export function settingRule(spec: SettingRuleSpec): Rule {
  return {
    ...spec,
    scope: 'node',
    check(context: NodeContext): RuleReport[] {
      const setting = context.effective(spec.field);
      if (setting.origin.kind === 'unknown' || !spec.isInsecure(setting.value)) return [];
      const report = locate(spec, setting, context);
      return report ? [report] : [];
    },
  };
}

function locate(spec: SettingRuleSpec, setting: EffectiveSetting, context: NodeContext): RuleReport | undefined {
  const message = `${spec.describe(setting.value)}: ${describeOrigin(setting.origin, context)}.`;
  const flagName = flagForConfigField(spec.field)?.name ?? spec.field;
  const origin = setting.origin;
  const fix = (edit: Fix['edits'][number] | undefined, title: string): Fix[] => (edit ? [{ title, edits: [edit], preferred: true }] : []);
  switch (origin.kind) {
    case 'flag': {
      const span = origin.flag.valueForm === 'implicit' ? origin.flag.nameSpan : spanOfFlag(origin.flag);
      if (!span) return undefined;
      return { span, message, fixes: fix(setFlagValue(origin.flag, spec.secureFlagValue), `Set --${flagName}=${spec.secureFlagValue}`) };
    }
    case 'config': {
      const entry = origin.entry;
      const span = { uri: origin.source.uri, start: entry.keyStart, end: entry.valueEnd };
      return { span, message, fixes: fix(setYamlValue(origin.source.uri, entry, spec.secureConfigValue), `Set ${spec.field}: ${spec.secureConfigValue}`) };
    }
    case 'flag-default':
    case 'config-default': {
      const execStart = context.node.execStart;
      if (!execStart) return undefined;
      const span = { uri: execStart.uri, start: execStart.directive.keyStart, end: execStart.directive.keyEnd };
      // A config default is only insecure for fields whose config default is; offer the flag either way,
      // since it wins over any file.
      return { span, message, fixes: fix(insertFlag(context.node, `--${flagName}=${spec.secureFlagValue}`), `Add --${flagName}=${spec.secureFlagValue}`) };
    }
    default:
      return undefined;
  }
}

function spanOfFlag(flag: import('../../parse/flags/command-line.js').FlagOccurrence) {
  const name = flag.nameSpan;
  const value = flag.valueSpan;
  if (name && value && name.uri === value.uri && value.end >= name.start) return { uri: name.uri, start: name.start, end: value.end };
  return name;
}
