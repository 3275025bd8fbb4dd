import type { Rule, RuleReport } from './rule.js';
import type { Fix } from '../findings/finding.js';
import { kubeconfigView, describeItemCapitalized, keyValueRange, valueRange, type KubeconfigList, type NamedItem } from '../parse/kubeconfig/kubeconfig-view.js';
import { goScalar, goString } from '../parse/kubeconfig/go-yaml-scalar.js';
import { replaceStringValue } from '../parse/kubeconfig/kubeconfig-edits.js';
import type { YamlEntry } from '../parse/yaml/yaml-file.js';

/**
 * References client-go cannot resolve: a context naming a cluster or user that is not in the file, a
 * current-context naming a missing context, and names given twice in one list (client-go refuses to
 * load a file with those).
 */
export const kubeconfigDanglingRef: Rule = {
  id: 'kubeconfig-dangling-ref',
  tier: 'correctness',
  title: 'Reference to a missing cluster, user or context',
  defaultSeverity: 'error',
  summary: 'A context names a cluster or user that does not exist, current-context names a missing context, or a name appears twice in a list: client-go fails to use the file.',
  fixable: true,
  scope: 'kubeconfig',
  check({ file, document }) {
    const reports: RuleReport[] = [];
    const view = kubeconfigView(document);
    const names = (list: KubeconfigList): string[] => view.items(list).flatMap((item) => (item.name === undefined || item.name === '' ? [] : [item.name]));
    const currentEntry = view.top('current-context');
    const current = currentEntry ? goString(currentEntry.valueNode) : undefined;

    const replaceFix = (entry: YamlEntry, candidates: readonly string[], kind: string): Fix[] => {
      const unique = [...new Set(candidates)];
      const only = unique.length === 1 ? unique[0] : undefined;
      if (only === undefined) return [];
      const edit = replaceStringValue(file.uri, entry, file.text, only);
      return edit ? [{ title: `Use the only ${kind}, ${JSON.stringify(only)}`, edits: [edit], preferred: true }] : [];
    };

    for (const context of view.items('contexts')) {
      const inUse = current !== undefined && context.name === current;
      const consequence = inUse ? 'it is the current context, so client-go cannot use this kubeconfig' : 'client-go fails whenever this context is selected';
      for (const kind of ['cluster', 'user'] as const) {
        const list: KubeconfigList = kind === 'cluster' ? 'clusters' : 'users';
        const entry = context.fields.get(`context.${kind}`);
        const scalar = entry ? goScalar(entry.valueNode) : undefined;
        if (entry && scalar?.kind !== 'string' && scalar?.kind !== 'null') continue; // a type error, reported elsewhere
        const value = scalar?.kind === 'string' ? scalar.value : '';
        const available = names(list);
        if (value !== '' && available.includes(value)) continue;
        if (!context.fields.has('context') && !entry) continue; // no context mapping at all: nothing to point at
        if (value === '') {
          const anchor = entry ?? context.fields.get('context');
          if (!anchor) continue;
          reports.push({
            span: { uri: file.uri, ...(entry ? keyValueRange(entry, file.text) : { start: anchor.keyStart, end: anchor.keyEnd }) },
            message: `${describeItemCapitalized(context)} names no ${kind}: ${consequence}.${hint(available, kind)}`,
            fixes: entry ? replaceFix(entry, available, kind) : [],
          });
          continue;
        }
        reports.push({
          span: { uri: file.uri, ...valueRange(entry as YamlEntry, file.text) },
          message: `${describeItemCapitalized(context)} names ${kind} ${JSON.stringify(value)}, which is not in this file's ${list}: ${consequence}.${hint(available, kind)}`,
          fixes: replaceFix(entry as YamlEntry, available, kind),
        });
      }
    }

    if (currentEntry && current !== undefined && current !== '') {
      const contexts = names('contexts');
      if (!contexts.includes(current)) {
        reports.push({
          span: { uri: file.uri, ...valueRange(currentEntry, file.text) },
          message: `current-context names context ${JSON.stringify(current)}, which is not in this file's contexts: client-go cannot use this kubeconfig without another context chosen explicitly.${hint(contexts, 'context')}`,
          fixes: replaceFix(currentEntry, contexts, 'context'),
        });
      }
    }

    for (const list of ['clusters', 'users', 'contexts'] as const) reports.push(...duplicates(file.uri, file.text, view.items(list), list));
    return reports;
  },
};

function hint(available: readonly string[], kind: string): string {
  if (available.length === 0) return ` The file defines no ${kind}.`;
  const shown = available.slice(0, 5).map((name) => JSON.stringify(name)).join(', ');
  return ` Defined: ${shown}${available.length > 5 ? ', ...' : ''}.`;
}

/** Later items whose name an earlier item of the same list already has: client-go refuses the whole file. */
function duplicates(uri: string, text: string, items: readonly NamedItem[], list: KubeconfigList): RuleReport[] {
  const seen = new Set<string>();
  const reports: RuleReport[] = [];
  for (const item of items) {
    if (item.name === undefined || !item.nameEntry) continue;
    if (seen.has(item.name)) {
      reports.push({
        span: { uri, ...valueRange(item.nameEntry, text) },
        message: `The name ${JSON.stringify(item.name)} appears more than once in ${list}: client-go refuses to load a kubeconfig with duplicate names in a list. Rename or remove one of them.`,
      });
    }
    seen.add(item.name);
  }
  return reports;
}
