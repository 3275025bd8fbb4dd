import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Severity } from '../findings/finding.js';
import { nearestNames } from '../text/edit-distance.js';
import { RULE_LEVELS, SETTINGS, settingSpec } from './catalogue.js';
import { checkSettingValue, readSettingsLayer, type UserSettings } from './user-settings.js';

/** Something wrong in `.kubelet-guard.yaml`, with the replacement that fixes it when one is clear. */
export interface ProjectFileProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly severity: Severity;
  readonly replacement?: { readonly title: string; readonly newText: string };
}

/** A top-level key and where its value is, for hover, completion and override notes. */
export interface ProjectFileKey {
  readonly key: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly valueStart: number;
  readonly valueEnd: number;
}

/** One `rules:` entry. */
export interface ProjectRuleEntry {
  readonly id: string;
  readonly idStart: number;
  readonly idEnd: number;
  readonly levelStart: number;
  readonly levelEnd: number;
}

export interface ProjectFile {
  /** The well-formed settings; a bad value is left out (and reported) so it never overrides a default. */
  readonly settings: UserSettings;
  readonly problems: readonly ProjectFileProblem[];
  readonly keys: readonly ProjectFileKey[];
  readonly rules: readonly ProjectRuleEntry[];
}

/** A project file holds a few settings; anything far larger is a mistake, not worth parsing on every keystroke. */
const MAX_PROJECT_FILE = 256 * 1024;

/** Common ways of writing a level that mean one of ours. */
const LEVEL_ALIASES: Readonly<Record<string, string>> = {
  information: 'info',
  informational: 'info',
  note: 'info',
  warn: 'warning',
  err: 'error',
  none: 'off',
  disabled: 'off',
  disable: 'off',
  false: 'off',
  suggestion: 'hint',
};

const range = (node: unknown): [number, number] | undefined => {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r ? [r[0], r[1]] : undefined;
};

/**
 * Reads `.kubelet-guard.yaml`: the same keys as the editor settings (without the `kubeletGuard.`
 * prefix), minus the editor-only switches. Read as YAML 1.2, so `off` is the string `off` and not a
 * boolean. Everything it cannot use is a problem with an exact range; nothing throws.
 */
export function parseProjectFile(text: string, resolvePath: (path: string) => string, knownRuleIds: readonly string[]): ProjectFile {
  const problems: ProjectFileProblem[] = [];
  const keys: ProjectFileKey[] = [];
  const rules: ProjectRuleEntry[] = [];
  if (text.length > MAX_PROJECT_FILE) {
    return { settings: {}, problems: [{ start: 0, end: Math.min(text.indexOf('\n') >>> 0, text.length, 200), message: `This file is ${Math.round(text.length / 1024)} KiB: a project file holds a few settings, so it is not read (over ${MAX_PROJECT_FILE / 1024} KiB).`, severity: 'error' }], keys, rules };
  }
  let document;
  try {
    document = parseDocument(text, { version: '1.2', prettyErrors: false });
  } catch {
    return { settings: {}, problems: [{ start: 0, end: Math.min(1, text.length), message: 'This file could not be read as YAML.', severity: 'error' }], keys, rules };
  }
  for (const error of document.errors) {
    const start = Math.min(error.pos[0], text.length);
    problems.push({ start, end: Math.min(Math.max(error.pos[1], start + 1), text.length), message: `YAML syntax error: ${error.message.split('\n')[0] ?? error.message}`, severity: 'error' });
  }
  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { settings: {}, problems, keys, rules };
  if (!isMap(contents)) {
    const [start, end] = range(contents) ?? [0, text.length];
    problems.push({ start, end, message: 'A .kubelet-guard.yaml holds a map of settings, such as `profile: cis-level1`.', severity: 'error' });
    return { settings: {}, problems, keys, rules };
  }
  const editorOnly = SETTINGS.filter((s) => !s.inProjectFile).map((s) => s.key);
  const projectKeys = SETTINGS.filter((s) => s.inProjectFile).map((s) => s.key);
  for (const pair of contents.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const [keyStart, keyEnd] = range(pair.key) ?? [0, 0];
    const [valueStart, valueEnd] = range(pair.value) ?? [keyEnd, keyEnd];
    keys.push({ key, keyStart, keyEnd, valueStart, valueEnd });
    const bare = key.replace(/^kubeletGuard\./, '');
    const spec = settingSpec(bare);
    if (bare !== key && spec?.inProjectFile) {
      problems.push({ start: keyStart, end: keyEnd, message: `Write \`${bare}\` without the \`kubeletGuard.\` prefix: .kubelet-guard.yaml keys are the setting names alone.`, severity: 'warning', replacement: { title: `Change to \`${bare}\``, newText: bare } });
      continue;
    }
    if (editorOnly.includes(key)) {
      problems.push({ start: keyStart, end: keyEnd, message: `\`${key}\` is an editor setting only: set \`kubeletGuard.${key}\` in the editor settings; .kubelet-guard.yaml ignores it.`, severity: 'warning' });
      continue;
    }
    if (!spec) {
      const [near] = nearestNames(key, projectKeys);
      problems.push({
        start: keyStart,
        end: keyEnd,
        message: `Unknown setting \`${key}\`${near ? `: did you mean \`${near}\`?` : '.'} The keys are ${projectKeys.join(', ')}.`,
        severity: 'warning',
        ...(near ? { replacement: { title: `Change to \`${near}\``, newText: near } } : {}),
      });
      continue;
    }
    const value = (pair.value as Node | null)?.toJSON?.() ?? null;
    if (value === null) continue;
    const checked = checkSettingValue(spec, value);
    if (!checked.ok) {
      problems.push({ start: valueStart, end: Math.max(valueEnd, valueStart), message: checked.message, severity: 'error' });
      continue;
    }
    if (spec.type.kind === 'rule-levels' && isMap(pair.value)) checkRuleLevels(pair.value.items, knownRuleIds, problems, rules);
    if (spec.type.kind === 'string-list' && isSeq(pair.value)) {
      for (const item of pair.value.items) {
        if (isScalar(item) && typeof item.value === 'string' && item.value.trim() === '') {
          const [start, end] = range(item) ?? [valueStart, valueEnd];
          problems.push({ start, end, message: `An empty entry in \`${key}\` means nothing and is ignored.`, severity: 'warning' });
        }
      }
    }
  }
  let json: unknown;
  try {
    json = document.toJSON();
  } catch {
    json = {};
  }
  return { settings: readSettingsLayer(json, resolvePath, true), problems, keys, rules };
}

function checkRuleLevels(items: readonly unknown[], knownRuleIds: readonly string[], problems: ProjectFileProblem[], rules: ProjectRuleEntry[]): void {
  const levels = RULE_LEVELS.map((level) => level.value);
  for (const pair of items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const id = String(pair.key.value);
    const [idStart, idEnd] = range(pair.key) ?? [0, 0];
    const [levelStart, levelEnd] = range(pair.value) ?? [idEnd, idEnd];
    rules.push({ id, idStart, idEnd, levelStart, levelEnd });
    if (!knownRuleIds.includes(id)) {
      const [near] = nearestNames(id, knownRuleIds);
      problems.push({
        start: idStart,
        end: idEnd,
        message: `Unknown rule \`${id}\`${near ? `: did you mean \`${near}\`?` : '.'}`,
        severity: 'warning',
        ...(near ? { replacement: { title: `Change to \`${near}\``, newText: near } } : {}),
      });
    }
    const level = isScalar(pair.value) ? pair.value.value : undefined;
    if (typeof level === 'string' && (levels as readonly string[]).includes(level)) continue;
    const alias = LEVEL_ALIASES[String(level).toLowerCase()] ?? (typeof level === 'string' && (levels as readonly string[]).includes(level.toLowerCase()) ? level.toLowerCase() : undefined);
    problems.push({
      start: levelStart,
      end: Math.max(levelEnd, levelStart),
      message: `A rule's level is one of ${levels.join(', ')}${level === undefined || level === null ? '' : `, not \`${String(level)}\``}.`,
      severity: 'error',
      ...(alias ? { replacement: { title: `Change to \`${alias}\``, newText: alias } } : {}),
    });
  }
}
