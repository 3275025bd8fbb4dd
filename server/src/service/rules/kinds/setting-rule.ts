import type { Fix, Severity } from '../../findings/finding.js';
import type { EffectiveSetting } from '../../model/effective-setting.js';
import type { FlagOccurrence } from '../../parse/flags/command-line.js';
import type { Span, TextEdit } from '../../text/span.js';
import { insertFlag, setFlagValue } from '../../fixes/command-line-edits.js';
import { insertYamlPath, setYamlValue } from '../../fixes/yaml-edits.js';
import { configField, flagForConfigField, kubeletFlag } from '../../data/facts.js';
import { describeOrigin } from '../describe-origin.js';
import type { NodeContext, Rule, RuleMeta, RuleReport } from '../rule.js';

/** A rule about one kubelet setting whose effective value can be insecure. */
export interface SettingRuleSpec extends RuleMeta {
  /** KubeletConfiguration field the rule judges, or a flag name for a flag without a field. */
  readonly field: string;
  /** True when the effective value is the problem. */
  readonly isInsecure: (value: unknown, setting: EffectiveSetting, context: NodeContext) => boolean;
  /** The message's first part, given the effective value; the origin is appended. */
  readonly describe: (value: unknown, setting: EffectiveSetting) => string;
  /**
   * The severity for this case, when it differs from the default: several rules only hint when a
   * default applies and warn when the value was written down.
   */
  readonly severityOf?: (setting: EffectiveSetting) => Severity | undefined;
  /** What the fix writes, on the command line and in the config file; no fix when omitted. */
  readonly secureFlagValue?: string;
  readonly secureConfigValue?: string;
}

/** True when the setting's value comes from a default rather than from something written down. */
export function isDefaulted(setting: EffectiveSetting): boolean {
  return setting.origin.kind === 'flag-default' || setting.origin.kind === 'config-default';
}

/**
 * Builds a rule from a declaration: the engine finds the effective value and its origin and reports it
 * where it was set (the flag, or the config field); when a default applies, on `ExecStart=` (or on the
 * config file's first line for a node known only from that file). The fixes edit that very place, or
 * insert the setting: into the --config file when there is one in the workspace, else as a flag.
 */
export function settingRule(spec: SettingRuleSpec): Rule {
  return {
    id: spec.id,
    title: spec.title,
    tier: spec.tier,
    ...(spec.cis !== undefined ? { cis: spec.cis } : {}),
    defaultSeverity: spec.defaultSeverity,
    summary: spec.summary,
    fixable: spec.fixable,
    settings: [spec.field, ...(spec.settings ?? [])],
    scope: 'node',
    check(context: NodeContext): RuleReport[] {
      const setting = context.effective(spec.field);
      if (setting.origin.kind === 'unknown' || !spec.isInsecure(setting.value, setting, context)) return [];
      const report = locate(spec, setting, context);
      if (!report) return [];
      const severity = spec.severityOf?.(setting);
      return [severity ? { ...report, severity } : report];
    },
  };
}

function flagNameOf(field: string): string {
  return configField(field) ? flagForConfigField(field)?.name ?? field : kubeletFlag(field)?.name ?? field;
}

function locate(spec: SettingRuleSpec, setting: EffectiveSetting, context: NodeContext): RuleReport | undefined {
  const message = `${spec.describe(setting.value, setting)}: ${describeOrigin(setting.origin, context)}.`;
  const flagName = flagNameOf(spec.field);
  const origin = setting.origin;
  const fixes: Fix[] = [];
  const add = (edit: TextEdit | undefined, title: string): void => {
    if (edit) fixes.push({ title, edits: [edit], ...(fixes.length === 0 ? { preferred: true } : {}) });
  };
  switch (origin.kind) {
    case 'flag': {
      const span = origin.flag.valueForm === 'implicit' ? origin.flag.nameSpan : spanOfFlag(origin.flag);
      if (!span) return undefined;
      if (spec.secureFlagValue !== undefined) add(setFlagValue(origin.flag, spec.secureFlagValue), `Set --${flagName}=${spec.secureFlagValue}`);
      return { span, message, fixes };
    }
    case 'config': {
      const entry = origin.entry;
      const span = { uri: origin.source.uri, start: entry.keyStart, end: entry.valueEnd };
      if (spec.secureConfigValue !== undefined) add(setYamlValue(origin.source.uri, entry, spec.secureConfigValue), `Set ${spec.field}: ${spec.secureConfigValue}`);
      return { span, message, fixes };
    }
    case 'flag-default':
    case 'config-default': {
      const span = absentSpan(context);
      if (!span) return undefined;
      const config = context.node.configSource;
      if (spec.secureConfigValue !== undefined && config?.document && configField(spec.field)) {
        const file = context.file(config.uri);
        if (file) add(insertYamlPath(config.uri, file.text, config.document, spec.field, spec.secureConfigValue), `Add ${spec.field}: ${spec.secureConfigValue} to ${context.displayName(config.uri)}`);
      }
      if (spec.secureFlagValue !== undefined && context.node.execStart) add(insertFlag(context.node, `--${flagName}=${spec.secureFlagValue}`), `Add --${flagName}=${spec.secureFlagValue}`);
      return { span, message, fixes };
    }
    default:
      return undefined;
  }
}

/** Where an absent setting is reported: the `ExecStart=` key, else the config document's first line. */
export function absentSpan(context: NodeContext): Span | undefined {
  const execStart = context.node.execStart;
  if (execStart) return { uri: execStart.uri, start: execStart.directive.keyStart, end: execStart.directive.keyEnd };
  const config = context.node.configSource;
  if (config?.document) {
    const file = context.file(config.uri);
    const start = config.document.start;
    const end = file ? file.lines.lineEnd(file.lines.positionAt(start).line) : start;
    return { uri: config.uri, start, end };
  }
  return undefined;
}

/** From the flag's name to the end of its value, when both sit in one file; else the words as written. */
export function spanOfFlag(flag: FlagOccurrence): Span | undefined {
  const name = flag.nameSpan;
  const value = flag.valueSpan;
  if (name && value && value !== name && name.uri === value.uri && value.end > name.end) return { uri: name.uri, start: name.start, end: value.end };
  // An empty value (`--client-ca-file=`, `--x=""`) or one built from a variable: the raw words it used.
  const raw = flag.rawSpans.filter((span) => name === undefined || span.uri === name.uri);
  const first = raw[0];
  if (first) return { uri: first.uri, start: Math.min(...raw.map((s) => s.start)), end: Math.max(...raw.map((s) => s.end)) };
  return name;
}
