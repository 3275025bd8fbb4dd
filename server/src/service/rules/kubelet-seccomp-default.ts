import type { Fix, Severity } from '../findings/finding.js';
import { setFlagValue, insertFlag } from '../fixes/command-line-edits.js';
import { insertYamlPath, setYamlValue } from '../fixes/yaml-edits.js';
import { effectiveSetting, type EffectiveSetting } from '../model/effective-setting.js';
import { decodeFlagValue } from '../model/flag-values.js';
import { lastFlag, type KubeletNode } from '../model/kubelet-node.js';
import type { TextEdit } from '../text/span.js';
import { describeOrigin } from './describe-origin.js';
import { absentSpan, spanOfFlag } from './kinds/setting-rule.js';
import type { NodeContext, Rule, RuleReport } from './rule.js';

const FIELD = 'seccompDefault';
const FLAG = 'seccomp-default';
const DESCRIBE = 'Containers that name no seccomp profile run unconfined (RuntimeDefault seccomp is off)';

/**
 * The config side alone: what the --config file, its fragments and the defaults say, as if the flag
 * were absent. The model puts the flag over the file, but for this setting the kubelet does not.
 */
function configSide(node: KubeletNode): EffectiveSetting {
  const withoutFlag: KubeletNode = { ...node, commandLine: { ...node.commandLine, flags: node.commandLine.flags.filter((flag) => flag.name !== FLAG) } };
  return effectiveSetting(withoutFlag, FIELD);
}

/**
 * CIS 4.2.14: the kubelet should give containers without a profile the runtime's default seccomp profile.
 * Trap: `--seccomp-default` is a KubeletFlags field that the kubelet OR-s with the config field
 * (`KubeletFlags.SeccompDefault || KubeletConfiguration.SeccompDefault`), so the flag cannot turn off
 * `seccompDefault: true` from the file; either one being true is enough.
 */
export const kubeletSeccompDefault: Rule = {
  id: 'kubelet-seccomp-default',
  tier: 'cis-level1',
  title: 'No default seccomp profile for containers',
  cis: '4.2.14',
  defaultSeverity: 'warning',
  summary: 'Neither seccompDefault nor --seccomp-default is true, so containers without a seccomp profile run unconfined (a hint when only the default applies).',
  fixable: true,
  settings: ['seccompDefault'],
  scope: 'node',
  check(context: NodeContext): RuleReport[] {
    const node = context.node;
    const flag = lastFlag(node, FLAG);
    if (flag) {
      const decoded = decodeFlagValue('bool', flag.value);
      // An undecodable value stops the kubelet: kubelet-invalid-value says so.
      if (!decoded.ok || decoded.value === true) return [];
    }
    const config = configSide(node);
    if (config.origin.kind === 'unknown' || config.value === true) return [];
    // A value of the wrong type makes the file fail to decode: config-type-error says so.
    if (typeof config.value !== 'boolean') return [];

    if (flag) {
      const span = spanOfFlag(flag);
      if (!span) return [];
      const also = config.origin.kind === 'config' ? `; the config file leaves it off too (${describeOrigin(config.origin, context)})` : '';
      const edit = setFlagValue(flag, 'true');
      return [report(span, `${DESCRIBE}: ${describeOrigin({ kind: 'flag', flag }, context)}${also}.`, 'warning', edit ? [{ title: `Set --${FLAG}=true`, edits: [edit], preferred: true }] : [])];
    }
    if (config.origin.kind === 'config') {
      const { source, entry } = config.origin;
      const span = { uri: source.uri, start: entry.keyStart, end: entry.valueEnd };
      const edit = setYamlValue(source.uri, entry, 'true');
      return [report(span, `${DESCRIBE}: ${describeOrigin(config.origin, context)}.`, 'warning', [{ title: `Set ${FIELD}: true`, edits: [edit], preferred: true }])];
    }
    const span = absentSpan(context);
    if (!span) return [];
    const fixes: Fix[] = [];
    const add = (edit: TextEdit | undefined, title: string): void => {
      if (edit) fixes.push({ title, edits: [edit], ...(fixes.length === 0 ? { preferred: true } : {}) });
    };
    const source = node.configSource;
    const file = source?.document ? context.file(source.uri) : undefined;
    if (source?.document && file) add(insertYamlPath(source.uri, file.text, source.document, FIELD, 'true'), `Add ${FIELD}: true to ${context.displayName(source.uri)}`);
    if (node.execStart) add(insertFlag(node, `--${FLAG}=true`), `Add --${FLAG}=true`);
    return [report(span, `${DESCRIBE}: ${describeOrigin(config.origin, context)}.`, 'hint', fixes)];
  },
};

function report(span: RuleReport['span'], message: string, severity: Severity, fixes: Fix[]): RuleReport {
  return { span, message, severity, fixes };
}
