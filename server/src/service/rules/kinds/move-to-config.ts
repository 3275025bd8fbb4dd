import { isMap, isScalar, parseDocument } from 'yaml';
import type { Fix } from '../../findings/finding.js';
import type { NodeContext } from '../rule.js';
import { configField, kubeletFlag } from '../../data/facts.js';
import type { KubeletFlagFact } from '../../data/types.js';
import { removeFlag } from '../../fixes/command-line-edits.js';
import { insertYamlPath, setYamlValue } from '../../fixes/yaml-edits.js';
import { ZERO_MEANS_DEFAULT, isZeroValue, mapFlagPairs } from '../../model/kubelet-decoding.js';
import { checkGoBool, checkGoDuration, checkGoFloat, checkGoInt, checkQuantity, isIntType } from '../../model/value-checks.js';
import type { FlagOccurrence } from '../../parse/flags/command-line.js';
import type { YamlEntry } from '../../parse/yaml/yaml-file.js';
import type { TextEdit } from '../../text/span.js';
import { flagAsWritten } from '../describe-origin.js';
import { flagValueReports } from './value-issues.js';

/* Moving a command-line flag into the --config file: the YAML for its value, and the edits that remove the flag and set the field. */

/** Path fields the kubelet resolves against the config file's folder (a flag's relative path is against its working directory). */
export const PATH_FIELDS = new Set(['staticPodPath', 'authentication.x509.clientCAFile', 'tlsCertFile', 'tlsPrivateKeyFile', 'resolvConf', 'volumePluginDir']);

/** True when YAML 1.1 (what the kubelet's YAML step uses) reads `text` back as exactly the string `value`. */
export function readsBackAs(text: string, value: string): boolean {
  try {
    const document = parseDocument(`k: ${text}\n`, { version: '1.1' });
    if (document.errors.length > 0) return false;
    const read: unknown = document.toJSON();
    return typeof read === 'object' && read !== null && (read as Record<string, unknown>).k === value;
  } catch {
    return false;
  }
}

/**
 * A string as a YAML scalar that reads back as exactly that string: plain when it can be, else
 * double-quoted (JSON escapes are valid YAML). `flow` is for items inside `[...]` or `{...}`.
 */
export function yamlString(value: string, flow = false): string {
  const plain = value !== '' && !/^\s|\s$/.test(value) && !/[#,[\]{}&*!|>'"%@`]/.test(value[0] ?? '') && !/: | #|\t/.test(value)
    && !(flow && /[,[\]{}:]/.test(value)) && readsBackAs(value, value);
  return plain ? value : JSON.stringify(value);
}

/** The config field a flag's value moves to, when a field holds the same thing. */
export function configReplacementOf(fact: KubeletFlagFact): string | undefined {
  const replacement = fact.replacement;
  if (!replacement) return undefined;
  if (replacement.startsWith('config:')) return replacement.slice('config:'.length);
  // "other-flag (config: field)": the value carries over when the new flag takes the same kind of value.
  const renamed = /^([a-z0-9-]+) \(config: ([A-Za-z0-9.]+)\)$/.exec(replacement);
  const target = renamed ? kubeletFlag(renamed[1] ?? '') : undefined;
  if (renamed && target && target.type === fact.type && target.configField === renamed[2]) return renamed[2];
  return undefined;
}

export type YamlValue = { readonly kind: 'scalar'; readonly text: string } | { readonly kind: 'map'; readonly pairs: readonly (readonly [string, string])[] };

/** The flag's value written as YAML for the field, or undefined when it cannot be converted exactly. */
export function yamlValueOf(fact: KubeletFlagFact, flags: readonly FlagOccurrence[]): YamlValue | undefined {
  const last = flags[flags.length - 1];
  if (!last) return undefined;
  const text = last.value;
  const type = fact.type;
  const scalar = (value: string): YamlValue => ({ kind: 'scalar', text: value });
  if (type === 'bool') {
    const checked = checkGoBool(text);
    return checked.ok ? scalar(String(checked.value)) : undefined;
  }
  if (isIntType(type)) {
    const checked = checkGoInt(text, type);
    return checked.ok ? scalar(String(checked.value)) : undefined;
  }
  if (type === 'float64') {
    const checked = checkGoFloat(text);
    return checked.ok && Number.isFinite(checked.value) ? scalar(String(checked.value)) : undefined;
  }
  if (type === 'duration') return checkGoDuration(text).ok ? scalar(yamlString(text)) : undefined;
  if (type === 'quantity') return checkQuantity(text).ok ? scalar(yamlString(text)) : undefined;
  if (type === 'string' || type === 'ip') return scalar(yamlString(text));
  if (type === 'stringSlice' || type === 'int32Slice') {
    // Repeats append; the kubelet reads each value as one CSV record (quotes would need CSV rules: not converted).
    const values = flags.flatMap((flag) => (flag.value === '' ? [] : flag.value.split(',')));
    if (flags.some((flag) => flag.value.includes('"'))) return undefined;
    if (type === 'int32Slice') {
      const numbers = values.map((value) => checkGoInt(value, 'int32'));
      return numbers.every((n) => n.ok) ? scalar(`[${numbers.map((n) => (n.ok ? String(n.value) : '')).join(', ')}]`) : undefined;
    }
    return scalar(`[${values.map((value) => yamlString(value, true)).join(', ')}]`);
  }
  if (type === 'mapStringBool' || type === 'mapStringString') {
    const pairs: [string, string][] = [];
    for (const flag of flags) {
      for (const [key, value] of mapFlagPairs(fact.name, flag.value)) {
        if (key === '') return undefined;
        let written: string;
        if (type === 'mapStringBool') {
          const checked = checkGoBool(value);
          if (!checked.ok) return undefined;
          written = String(checked.value);
        } else written = yamlString(value, true);
        const at = pairs.findIndex(([k]) => k === key);
        if (at >= 0) pairs.splice(at, 1);
        pairs.push([key, written]);
      }
    }
    return { kind: 'map', pairs };
  }
  return undefined;
}

/** Insertions at the same offset, in order, become one edit (so their order is kept). */
export function mergeInsertions(edits: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const edit of edits) {
    const previous = out[out.length - 1];
    if (previous && previous.uri === edit.uri && previous.start === previous.end && edit.start === edit.end && previous.start === edit.start) {
      out[out.length - 1] = { ...previous, newText: previous.newText + edit.newText };
    } else out.push(edit);
  }
  return out;
}

/**
 * A fix that moves a flag into the node's `--config` file: it removes the flag and sets the field to
 * the same value (inserting it, or replacing the value already there). Offered only when both edits
 * are exact: the config file is in the workspace and in block style, no `--config-dir` fragment sets
 * the field, the flag is the occurrence in force, its value converts to YAML without loss, and the
 * move does not change what the kubelet runs with (a zero the file's defaulting would replace, a
 * relative path the file would resolve differently).
 */
export function moveToConfigFix(context: NodeContext, flag: FlagOccurrence, field: string): Fix | undefined {
  const { node } = context;
  const fact = flag.fact;
  const config = node.configSource;
  const document = config?.document;
  const configFile = config ? context.file(config.uri) : undefined;
  const fieldFact = configField(field);
  if (!fact || !config || !document || !configFile || !fieldFact) return undefined;
  if (!isMap(document.document.contents) || document.document.contents.flow) return undefined;
  const all = node.commandLine.flags.filter((f) => f.name === flag.name);
  const merging = fact.type.endsWith('Slice') || fact.type.startsWith('map');
  if (all[all.length - 1] !== flag || (merging && all.length > 1)) return undefined;
  // `--anonymous-auth false`: the word after it is a stray argument, and the flag means true; fix that first.
  if (node.commandLine.problems.some((p) => p.kind === 'positional' && p.afterBoolean === flag)) return undefined;
  const setByFragment = node.configFragments.some((fragment) =>
    fragment.document?.entries.some((e) => e.path === field || (field.startsWith(`${e.path}.`) && !isMap(e.valueNode))));
  if (setByFragment) return undefined;
  // A flag replaces the eviction map after the kubelet merged its defaults in; in the file, that merge would still happen.
  if (field === 'evictionHard' && document.entries.some((e) => e.path === 'mergeDefaultEvictionSettings' && e.value === true)) return undefined;
  // A value the kubelet rejects would only move the problem into the file.
  if (all.some((f) => flagValueReports(context, f).length > 0)) return undefined;
  const value = yamlValueOf(fact, all);
  if (!value) return undefined;
  if (value.kind === 'scalar') {
    const decoded: unknown = parseDocument(`k: ${value.text}\n`, { version: '1.1' }).toJSON()?.k;
    if (ZERO_MEANS_DEFAULT.has(field) && isZeroValue(decoded, fieldFact.type)) return undefined;
    if (PATH_FIELDS.has(field) && typeof decoded === 'string' && decoded !== '' && !decoded.startsWith('/')) return undefined;
  }
  const flagSpan = flag.rawSpans[0];
  const flagFile = flagSpan ? context.file(flagSpan.uri) : undefined;
  const removal = flagFile ? removeFlag(flag, flagFile.text) : undefined;
  if (!removal) return undefined;
  const entries = document.entries.filter((e) => e.path === field);
  const existing: YamlEntry | undefined = entries[entries.length - 1];
  const text = configFile.text;
  const yamlEdits: TextEdit[] = [];
  if (value.kind === 'scalar') {
    if (existing) {
      if (existing.valueNode !== null && !isScalar(existing.valueNode)) return undefined;
      yamlEdits.push(setYamlValue(config.uri, existing, value.text));
    } else {
      const edit = insertYamlPath(config.uri, text, document, field, value.text);
      if (!edit) return undefined;
      yamlEdits.push(edit);
    }
  } else {
    const simple = value.pairs.every(([key]) => /^[A-Za-z0-9_-]+$/.test(key));
    const empty = !existing || existing.valueNode === null || (isScalar(existing.valueNode) && existing.valueNode.value === null);
    if (!empty) {
      // Only feature gates merge with the file's map; any other map flag replaces the file's whole map.
      if (field !== 'featureGates' || !existing || !isMap(existing.valueNode) || existing.valueNode.flow || !simple) return undefined;
      for (const [key, written] of value.pairs) {
        const children = document.entries.filter((e) => e.parentPath === field && e.key === key && e.keyStart >= existing.valueStart && e.keyStart < existing.valueEnd);
        const child = children[children.length - 1];
        const edit = child ? setYamlValue(config.uri, child, written) : insertYamlPath(config.uri, text, document, `${field}.${key}`, written);
        if (!edit) return undefined;
        yamlEdits.push(edit);
      }
    } else if (simple && (existing || value.pairs.length === 1)) {
      // One key, or a `featureGates:` left empty: block lines under the key.
      for (const [key, written] of value.pairs) {
        const edit = insertYamlPath(config.uri, text, document, `${field}.${key}`, written);
        if (!edit) return undefined;
        yamlEdits.push(edit);
      }
    } else if (!existing) {
      const edit = insertYamlPath(config.uri, text, document, field, `{${value.pairs.map(([k, v]) => `${yamlString(k, true)}: ${v}`).join(', ')}}`);
      if (!edit) return undefined;
      yamlEdits.push(edit);
    } else return undefined;
  }
  return {
    title: `Move ${flagAsWritten(flag)} to ${field} in ${context.displayName(config.uri)}`,
    edits: [removal, ...mergeInsertions(yamlEdits)],
    preferred: true,
  };
}

export function sentence(fact: KubeletFlagFact): string {
  const replacement = fact.replacement;
  if (!replacement) return '';
  if (replacement.startsWith('config:')) return '';
  if (/^[a-z0-9-]+$/.test(replacement)) return ` Use --${replacement} instead.`;
  return ` Instead: ${replacement}.`;
}
