import { isAlias, isMap, isSeq } from 'yaml';
import type { Rule, RuleReport } from './rule.js';
import type { Fix } from '../findings/finding.js';
import { removeYamlLine } from '../fixes/yaml-edits.js';
import { isJsonConfig, checkableKubeletConfigs, visitKubeletConfig, type ConfigPair } from '../model/config-schema.js';
import type { SourceFile } from '../model/source-files.js';

const PREVIEW = 40;

/** The value as written, on one line, for messages; undefined for blocks. */
function preview(text: string, pair: ConfigPair): string | undefined {
  const value = pair.value;
  if (value === null || isMap(value) || isSeq(value)) return undefined;
  const range = (value as { range?: [number, number, number] }).range;
  if (!range) return undefined;
  const written = text.slice(range[0], range[1]);
  if (written.includes('\n')) return undefined;
  if (written === '') return 'empty';
  return written.length > PREVIEW ? `${written.slice(0, PREVIEW - 1)}…` : written;
}

function isBlock(pair: ConfigPair): boolean {
  return pair.value !== null && (isMap(pair.value) || isSeq(pair.value));
}

function valueEnd(pair: ConfigPair): number {
  const range = (pair.value as { range?: [number, number, number] } | null)?.range;
  return range && range[1] > pair.keyEnd ? range[1] : pair.keyEnd;
}

function report(file: SourceFile, json: boolean, name: string, earlier: ConfigPair, later: ConfigPair): RuleReport {
  const line = file.lines.positionAt(later.keyStart).line + 1;
  let consequence: string;
  if (json && earlier.value !== null && later.value !== null && isMap(earlier.value) && isMap(later.value)) {
    consequence = 'the kubelet decodes both objects in order, so keys given only here still apply and keys given in both take the later value.';
  } else if (isBlock(earlier)) {
    consequence = 'the kubelet keeps the later one whole, so nothing in this block takes effect.';
  } else {
    const shown = preview(file.text, earlier);
    consequence = `the kubelet keeps the later value, so this one${shown ? ` (${shown})` : ''} has no effect.`;
  }
  const fixes: Fix[] = [];
  if (!json && earlier.entry && !isBlock(earlier) && !isAlias(earlier.value)) {
    const edit = removeYamlLine(file.uri, earlier.entry, file.text);
    if (edit) fixes.push({ title: `Remove the ignored "${earlier.key}" line`, edits: [edit], preferred: true });
  }
  return {
    span: { uri: file.uri, start: earlier.keyStart, end: earlier.keyEnd },
    message: `"${name}" is set again on line ${line}: ${consequence}`,
    fixes,
    related: [{ span: { uri: file.uri, start: later.keyStart, end: valueEnd(later) }, message: `The "${earlier.key}" the kubelet uses.` }],
  };
}

/** A key given twice in one mapping: strict decoding fails, and the lenient retry keeps the later value. */
export const configDuplicateKey: Rule = {
  id: 'config-duplicate-key',
  tier: 'correctness',
  title: 'Key given twice in a KubeletConfiguration',
  defaultSeverity: 'warning',
  summary: 'A key set twice in the same mapping: the kubelet silently keeps the later value.',
  fixable: true,
  scope: 'file',
  check({ file }) {
    if (file.kind !== 'yaml') return [];
    const reports: RuleReport[] = [];
    const json = isJsonConfig(file.text);
    for (const document of checkableKubeletConfigs(file.yaml.documents, file.text)) {
      visitKubeletConfig(document, file.text, {
        mapping(visit) {
          // Mappings seen through an alias are checked where they are written; under unknown keys nothing counts.
          if (visit.via || visit.schema === undefined) return;
          const byKey = new Map<string, ConfigPair[]>();
          for (const pair of visit.pairs) {
            if (pair.merged) continue;
            const list = byKey.get(pair.key) ?? [];
            list.push(pair);
            byKey.set(pair.key, list);
          }
          for (const [key, list] of byKey) {
            const later = list[list.length - 1];
            if (list.length < 2 || !later) continue;
            const name = visit.path ? `${visit.path}.${key}` : key;
            for (const earlier of list.slice(0, -1)) reports.push(report(file, json, name, earlier, later));
          }
        },
      });
    }
    return reports;
  },
};
