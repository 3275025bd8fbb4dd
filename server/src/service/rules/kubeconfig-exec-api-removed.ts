import { isMap } from 'yaml';
import type { Rule, RuleReport } from './rule.js';
import type { Fix } from '../findings/finding.js';
import type { TextEdit } from '../text/span.js';
import { compareVersions } from '../data/facts.js';
import { kubeconfigView, describeItemCapitalized, keyValueRange, type NamedItem } from '../parse/kubeconfig/kubeconfig-view.js';
import { goString } from '../parse/kubeconfig/go-yaml-scalar.js';
import { appendToMapping, replaceStringValue } from '../parse/kubeconfig/kubeconfig-edits.js';
import type { YamlEntry } from '../parse/yaml/yaml-file.js';

const V1 = 'client.authentication.k8s.io/v1';
const V1BETA1 = 'client.authentication.k8s.io/v1beta1';
const V1ALPHA1 = 'client.authentication.k8s.io/v1alpha1';
const MODES = ['Never', 'IfAvailable', 'Always'];

/**
 * An exec credential plugin whose apiVersion client-go does not serve (v1alpha1 went in 1.24), or
 * that lacks one. With v1, interactiveMode is required too (only the beta versions default it), so the
 * fix to v1 adds `interactiveMode: IfAvailable`, the value the beta versions used.
 */
export const kubeconfigExecApiRemoved: Rule = {
  id: 'kubeconfig-exec-api-removed',
  tier: 'correctness',
  title: 'Exec credential plugin with an apiVersion client-go does not serve',
  defaultSeverity: 'error',
  summary: 'An exec credential plugin names an apiVersion that client-go no longer serves (v1alpha1 was removed in 1.24) or none at all, or v1 without the interactiveMode it requires.',
  fixable: true,
  scope: 'kubeconfig',
  check({ file, document, settings }) {
    const reports: RuleReport[] = [];
    const view = kubeconfigView(document);
    const version = settings.kubernetesVersion;
    const v1Served = compareVersions(version, '1.22') >= 0;
    for (const user of view.items('users')) {
      const exec = user.fields.get('user.exec');
      if (!exec || !isMap(exec.valueNode)) continue;
      const apiEntry = user.fields.get('user.exec.apiVersion');
      const apiVersion = apiEntry ? goString(apiEntry.valueNode) : undefined;
      if (apiEntry && apiVersion === undefined && !isEmpty(apiEntry)) continue; // a number or a mapping: kubeconfig-type-error
      const modeEntry = user.fields.get('user.exec.interactiveMode');
      const mode = modeEntry ? goString(modeEntry.valueNode) ?? '' : '';
      const who = describeItemCapitalized(user);
      const edits = (target: string): TextEdit[] | undefined => versionEdits(file.uri, file.text, view.entries, user, exec, apiEntry, target, mode === '');
      const versionFixes = (): Fix[] => {
        const fixes: Fix[] = [];
        const toV1 = v1Served ? edits(V1) : undefined;
        if (toV1) fixes.push({ title: `Use ${V1}${mode === '' ? ' with interactiveMode: IfAvailable' : ''}`, edits: toV1, preferred: true });
        const toBeta = edits(V1BETA1);
        if (toBeta) fixes.push({ title: `Use ${V1BETA1} (for a plugin that does not support v1)`, edits: toBeta, ...(toV1 ? {} : { preferred: true }) });
        return fixes;
      };
      const advice = v1Served
        ? `Use ${V1} if the plugin supports it (it must answer with the same apiVersion), otherwise ${V1BETA1}.`
        : `Use ${V1BETA1}.`;

      if (apiVersion === undefined || apiVersion === '') {
        const span = apiEntry ? keyValueRange(apiEntry, file.text) : { start: exec.keyStart, end: exec.keyEnd };
        reports.push({
          span: { uri: file.uri, ...span },
          message: `${who} runs an exec credential plugin without an apiVersion, which client-go requires: the kubeconfig is rejected when this user is used. ${advice}`,
          fixes: versionFixes(),
        });
        continue;
      }
      if (apiVersion !== V1 && apiVersion !== V1BETA1) {
        const stillServed = apiVersion === V1ALPHA1 && compareVersions(version, '1.24') < 0;
        const what =
          apiVersion === V1ALPHA1
            ? stillServed
              ? `${V1ALPHA1}, which is deprecated and removed from client-go in Kubernetes 1.24`
              : `${V1ALPHA1}, which client-go removed in Kubernetes 1.24: the plugin is never run and authentication fails`
            : `${JSON.stringify(apiVersion)}, which is not an exec credential version client-go serves: the plugin is never run and authentication fails`;
        reports.push({
          span: { uri: file.uri, ...keyValueRange(apiEntry ?? exec, file.text) },
          ...(stillServed ? { severity: 'warning' as const } : {}),
          message: `${who} runs an exec credential plugin with apiVersion ${what}. ${advice}`,
          fixes: versionFixes(),
        });
        continue;
      }
      if (apiVersion === V1 && mode === '' && apiEntry) {
        const edit = modeEdit(file.uri, file.text, view.entries, exec, modeEntry, 'IfAvailable');
        reports.push({
          span: { uri: file.uri, ...keyValueRange(apiEntry, file.text) },
          message: `${who} runs an exec credential plugin with ${V1} but no interactiveMode: v1 requires it (only the beta versions default it to IfAvailable), so the kubeconfig is rejected when this user is used. Set interactiveMode: Never for a plugin that never prompts, otherwise IfAvailable.`,
          fixes: edit ? [{ title: 'Add interactiveMode: IfAvailable', edits: [edit], preferred: true }] : [],
        });
        continue;
      }
      if (modeEntry && mode !== '' && !MODES.includes(mode)) {
        const match = MODES.find((m) => m.toLowerCase() === mode.toLowerCase());
        const edit = match ? replaceStringValue(file.uri, modeEntry, file.text, match) : undefined;
        reports.push({
          span: { uri: file.uri, ...keyValueRange(modeEntry, file.text) },
          message: `${who} sets interactiveMode ${JSON.stringify(mode)}, which client-go does not know (it accepts Never, IfAvailable or Always): the kubeconfig is rejected when this user is used.`,
          fixes: edit && match ? [{ title: `Use ${match}`, edits: [edit], preferred: true }] : [],
        });
      }
    }
    return reports;
  },
};

function isEmpty(entry: YamlEntry): boolean {
  return entry.valueNode === null || entry.valueStart === entry.valueEnd || (entry.valueNode as { value?: unknown }).value === null;
}

/** Edits that set the exec apiVersion (inserting it when absent), adding interactiveMode for v1 when it lacks one. */
function versionEdits(
  uri: string,
  text: string,
  entries: readonly YamlEntry[],
  user: NamedItem,
  exec: YamlEntry,
  apiEntry: YamlEntry | undefined,
  target: string,
  modeMissing: boolean,
): TextEdit[] | undefined {
  const addMode = target === V1 && modeMissing;
  const modeEntry = user.fields.get('user.exec.interactiveMode');
  if (apiEntry) {
    const edit = replaceStringValue(uri, apiEntry, text, target);
    if (!edit) return undefined;
    if (!addMode) return [edit];
    const mode = modeEdit(uri, text, entries, exec, modeEntry, 'IfAvailable');
    return mode ? [edit, mode] : undefined;
  }
  const lines = [`apiVersion: ${target}`];
  if (addMode && !modeEntry) lines.push('interactiveMode: IfAvailable');
  const insert = appendToMapping(uri, text, entries, exec, lines);
  if (!insert) return undefined;
  if (addMode && modeEntry) {
    const mode = modeEdit(uri, text, entries, exec, modeEntry, 'IfAvailable');
    return mode ? [insert, mode] : undefined;
  }
  return [insert];
}

/** Sets interactiveMode: an empty one in place, a missing one appended to the exec mapping. */
function modeEdit(uri: string, text: string, entries: readonly YamlEntry[], exec: YamlEntry, modeEntry: YamlEntry | undefined, value: string): TextEdit | undefined {
  if (modeEntry) return replaceStringValue(uri, modeEntry, text, value);
  return appendToMapping(uri, text, entries, exec, [`interactiveMode: ${value}`]);
}
