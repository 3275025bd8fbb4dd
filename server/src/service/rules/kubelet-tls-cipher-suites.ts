import { isScalar, isSeq, type Scalar } from 'yaml';
import type { Fix } from '../findings/finding.js';
import type { ConfigSource } from '../model/kubelet-node.js';
import type { FlagOccurrence } from '../parse/flags/command-line.js';
import type { YamlEntry } from '../parse/yaml/yaml-file.js';
import type { TextEdit } from '../text/span.js';
import { CIPHER_SUITES } from '../data/generated/tls.js';
import { removeFlag } from '../fixes/command-line-edits.js';
import { describeOrigin } from './describe-origin.js';
import { flagValueSpan, wholeFlagSpan } from './kinds/feature-gates.js';
import type { NodeContext, Rule, RuleReport } from './rule.js';

const INSECURE: ReadonlySet<string> = new Set(CIPHER_SUITES.filter((suite) => suite.insecure).map((suite) => suite.name));

/** Why Go puts a suite on its insecure list, in a few words. */
export function weakness(suite: string): string {
  if (suite.includes('_RC4_')) return 'RC4 is a broken stream cipher';
  if (suite.includes('_3DES_')) return '3DES has 64-bit blocks, open to birthday attacks such as Sweet32';
  if (suite.startsWith('TLS_RSA_')) return 'RSA key exchange gives no forward secrecy, so a leaked server key decrypts recorded traffic';
  if (suite.endsWith('_CBC_SHA256')) return 'CBC with HMAC-SHA256 has no constant-time protection against Lucky13-style timing attacks in Go';
  return 'Go marks it insecure';
}

function message(suite: string, where: string): string {
  return `The kubelet accepts ${suite}, a cipher suite Go lists as insecure (${weakness(suite)}): ${where}.`;
}

/** One item of a comma-separated flag value, with offsets into the value. */
interface Item {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function commaItems(value: string): Item[] {
  const items: Item[] = [];
  let start = 0;
  for (const text of value.split(',')) {
    items.push({ text, start, end: start + text.length });
    start += text.length + 1;
  }
  return items;
}

/** The suite named by one CSV field: a field in double quotes is read without them. */
function suiteName(item: Item): { name: string; start: number; end: number } {
  const quoted = /^"([^"]*)"$/.exec(item.text);
  return quoted ? { name: quoted[1] ?? '', start: item.start + 1, end: item.end - 1 } : { name: item.text, start: item.start, end: item.end };
}

function flagReports(flags: readonly FlagOccurrence[], context: NodeContext): RuleReport[] {
  const reports: RuleReport[] = [];
  for (const flag of flags) {
    const items = commaItems(flag.value);
    items.forEach((item, index) => {
      const suite = suiteName(item);
      if (!INSECURE.has(suite.name)) return;
      const exact = flagValueSpan(flag, suite.start, suite.end, context);
      const span = exact ?? wholeFlagSpan(flag);
      if (!span) return;
      const fixes: Fix[] = [];
      if (items.length === 1) {
        // removeFlag edits the file that holds the flag's raw words.
        const rawUri = flag.rawSpans[0]?.uri;
        const file = rawUri ? context.file(rawUri) : undefined;
        const edit = file ? removeFlag(flag, file.text) : undefined;
        if (edit) fixes.push({ title: `Remove --${flag.name}=${suite.name}`, edits: [edit], preferred: true });
      } else {
        // Take the comma after the item, or the one before it for the last item.
        const next = items[index + 1];
        const previous = items[index - 1];
        const [from, to] = next ? [item.start, next.start] : [(previous?.end ?? item.start), item.end];
        const cut = exact ? flagValueSpan(flag, from, to, context) : undefined;
        if (cut) fixes.push({ title: `Remove ${suite.name}`, edits: [{ ...cut, newText: '' }], preferred: true });
      }
      reports.push({ span, message: message(suite.name, describeOrigin({ kind: 'flag', flag }, context)), fixes });
    });
  }
  return reports;
}

function configReports(source: ConfigSource, entry: YamlEntry, context: NodeContext): RuleReport[] {
  const list = entry.valueNode;
  if (!isSeq(list)) return [];
  const file = context.file(source.uri);
  if (!file) return [];
  const text = file.text;
  const reports: RuleReport[] = [];
  const items = list.items;
  items.forEach((item, index) => {
    if (!isScalar(item) || typeof item.value !== 'string' || !INSECURE.has(item.value) || !item.range) return;
    const [start, end] = item.range;
    const line = file.lines.positionAt(start).line + 1;
    const place = `${source.fragment ? 'the --config-dir fragment ' : ''}${context.displayName(source.uri)}:${line}`;
    const edit = list.flow ? flowItemRemoval(source.uri, text, items, index) : blockItemRemoval(source.uri, text, start, end);
    reports.push({
      span: { uri: source.uri, start, end },
      message: message(item.value, `listed in \`${entry.path}\` in ${place}`),
      fixes: edit ? [{ title: `Remove ${item.value}`, edits: [edit], preferred: true }] : [],
    });
  });
  return reports;
}

/** Deletes a `- item` line (and a comment on it) when the item sits alone on its line. */
function blockItemRemoval(uri: string, text: string, start: number, end: number): TextEdit | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  if (!/^[ \t]*-[ \t]+$/.test(text.slice(lineStart, start))) return undefined;
  const rest = text.slice(end, lineEnd).replace(/\r$/, '').trim();
  if (rest !== '' && !rest.startsWith('#')) return undefined;
  return { uri, start: lineStart, end: Math.min(lineEnd + 1, text.length), newText: '' };
}

/** Deletes one item of a flow list (`[a, b]`) with the comma and blanks that separate it from the next or previous item. */
function flowItemRemoval(uri: string, text: string, items: readonly unknown[], index: number): TextEdit | undefined {
  const range = (node: unknown): [number, number] | undefined => {
    const r = (node as Scalar | null)?.range;
    return r ? [r[0], r[1]] : undefined;
  };
  const own = range(items[index]);
  if (!own) return undefined;
  const next = index + 1 < items.length ? range(items[index + 1]) : undefined;
  const previous = index > 0 ? range(items[index - 1]) : undefined;
  let start = own[0];
  let end = own[1];
  if (next) end = next[0];
  else if (previous) start = previous[1];
  const removed = text.slice(start, end);
  // Only blanks and one comma may go with the item: anything else (a comment, a line break) stays.
  const between = next ? text.slice(own[1], next[0]) : previous ? text.slice(previous[1], own[0]) : '';
  if (!/^[ \t]*,?[ \t]*$/.test(between) || removed.includes('#')) return undefined;
  return { uri, start, end, newText: '' };
}

/** CIS 4.2.12: the kubelet should offer only cipher suites Go considers secure. */
export const kubeletTlsCipherSuites: Rule = {
  id: 'kubelet-tls-cipher-suites',
  tier: 'cis-level1',
  title: 'Insecure TLS cipher suite allowed',
  cis: '4.2.12',
  defaultSeverity: 'warning',
  summary: 'The TLS cipher suites list includes a suite Go lists as insecure (one finding per suite).',
  fixable: true,
  settings: ['tlsCipherSuites'],
  scope: 'node',
  check(context) {
    // Every --tls-cipher-suites adds to the list, and any of them replaces the config file's list.
    const flags = context.node.commandLine.flags.filter((flag) => flag.name === 'tls-cipher-suites');
    if (flags.length > 0) return flagReports(flags, context);
    const setting = context.effective('tlsCipherSuites');
    if (setting.origin.kind !== 'config') return [];
    return configReports(setting.origin.source, setting.origin.entry, context);
  },
};
