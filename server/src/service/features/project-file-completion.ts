import type { CompletionEntry } from './completion.js';
import { yamlCursor } from './yaml-cursor.js';
import { RULE_LEVELS, SETTINGS, firstSentence, settingSpec } from '../settings/catalogue.js';
import { ALL_RULES } from '../rules/registry.js';

const entry = (label: string, detail: string, insertText: string, snippet: boolean, replaceStart: number, replaceEnd: number, kind: CompletionEntry['kind']): CompletionEntry => ({
  label,
  kind,
  detail,
  insertText,
  snippet,
  replaceStart,
  replaceEnd,
  deprecated: false,
  sortText: label,
});

/** Completion in `.kubelet-guard.yaml`: its keys, rule ids under `rules:`, and the values each takes. */
export function projectFileCompletion(text: string, offset: number): CompletionEntry[] {
  const cursor = yamlCursor(text, offset);
  const start = cursor.prefixStart;
  const present = (pattern: RegExp): Set<string> => new Set([...text.matchAll(pattern)].map((m) => m[1] ?? ''));
  if (cursor.parentPath === 'rules') {
    if (cursor.valueOf !== undefined) return RULE_LEVELS.map((level) => entry(level.value, level.description, level.value, false, start, offset, 'value'));
    const written = present(/^[ \t]+([a-z0-9-]+)[ \t]*:/gm);
    return ALL_RULES.filter((rule) => !written.has(rule.id)).map((rule) =>
      entry(rule.id, `${rule.title} (default ${rule.defaultSeverity})`, `${rule.id}: \${1|${RULE_LEVELS.map((l) => l.value).join(',')}|}`, true, start, offset, 'field'),
    );
  }
  if (cursor.parentPath !== '') return [];
  if (cursor.valueOf !== undefined) {
    const spec = settingSpec(cursor.valueOf);
    if (!spec) return [];
    if (spec.type.kind === 'enum') return spec.type.values.map((v) => entry(v.value, v.description, v.value, false, start, offset, 'value'));
    if (spec.type.kind === 'boolean') return ['true', 'false'].map((v) => entry(v, spec.key, v, false, start, offset, 'value'));
    if (spec.key === 'kubernetesVersion' && spec.example) return [entry(spec.example, 'the release the rule data describes', spec.example, false, start, offset, 'value')];
    return [];
  }
  const written = present(/^([A-Za-z.]+)[ \t]*:/gm);
  return SETTINGS.filter((spec) => spec.inProjectFile && !written.has(spec.key)).map((spec) => {
    const insert =
      spec.type.kind === 'rule-levels' ? `${spec.key}:\n  \${1:rule-id}: \${2|${RULE_LEVELS.map((l) => l.value).join(',')}|}`
      : spec.type.kind === 'string-list' ? `${spec.key}:\n  - \${1}`
      : spec.type.kind === 'enum' ? `${spec.key}: \${1|${spec.type.values.map((v) => v.value).join(',')}|}`
      : spec.type.kind === 'boolean' ? `${spec.key}: \${1|true,false|}`
      : `${spec.key}: \${1:${spec.example ?? ''}}`;
    return entry(spec.key, firstSentence(spec.description), insert, true, start, offset, 'field');
  });
}
