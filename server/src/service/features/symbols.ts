import type { SourceFile } from '../model/source-files.js';
import type { KubeletNode } from '../model/kubelet-node.js';
import type { YamlDocumentInfo, YamlEntry } from '../parse/yaml/yaml-file.js';
import type { Span } from '../text/span.js';

export type SymbolKind = 'section' | 'directive' | 'flag' | 'variable' | 'key' | 'list';

/** An outline entry, in offsets of its file. */
export interface OutlineSymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: SymbolKind;
  /** The whole construct, and the part to select (its name). */
  readonly start: number;
  readonly end: number;
  readonly selectionStart: number;
  readonly selectionEnd: number;
  readonly children: OutlineSymbol[];
}

function inFile(span: Span | undefined, uri: string): span is Span {
  return span !== undefined && span.uri === uri;
}

/**
 * The outline of a file: unit sections and directives, with each kubelet flag under the `ExecStart=` or
 * `Environment=` that holds it; env file variables with their flags; YAML keys, with kubeconfig list
 * items named by their `name`.
 */
export function outline(file: SourceFile, nodes: readonly KubeletNode[]): OutlineSymbol[] {
  const flags = nodes.flatMap((node) => node.commandLine.flags).filter((flag) => inFile(flag.nameSpan, file.uri));
  const flagSymbol = (flag: (typeof flags)[number]): OutlineSymbol => {
    const name = flag.nameSpan as Span;
    const value = inFile(flag.valueSpan, file.uri) && flag.valueSpan.end > name.end ? flag.valueSpan : name;
    return { name: flag.written, detail: flag.valueForm === 'implicit' ? 'true' : flag.value, kind: 'flag', start: name.start, end: value.end, selectionStart: name.start, selectionEnd: name.end, children: [] };
  };
  const within = (start: number, end: number): OutlineSymbol[] => flags.filter((f) => (f.nameSpan as Span).start >= start && (f.nameSpan as Span).end <= end).map(flagSymbol);

  if (file.kind === 'unit') {
    const sections: OutlineSymbol[] = [];
    const starts = file.unit.sections.map((section) => ({ section, start: file.lines.lineStart(section.line) }));
    starts.forEach(({ section, start }, i) => {
      const end = i + 1 < starts.length ? Math.max(start, (starts[i + 1]?.start ?? file.text.length) - 1) : file.text.length;
      const directives = file.unit.directives
        .filter((d) => d.start >= start && d.end <= end)
        .map((d) => ({ name: d.key, detail: d.value.text.length > 60 ? `${d.value.text.slice(0, 57)}...` : d.value.text, kind: 'directive' as const, start: d.start, end: d.end, selectionStart: d.keyStart, selectionEnd: d.keyEnd, children: within(d.start, d.end) }));
      sections.push({ name: `[${section.name}]`, detail: '', kind: 'section', start, end, selectionStart: section.nameStart, selectionEnd: section.nameEnd, children: directives });
    });
    return sections;
  }
  if (file.kind === 'env') {
    return file.env.assignments.map((a) => ({ name: a.name, detail: '', kind: 'variable' as const, start: a.start, end: a.end, selectionStart: a.nameStart, selectionEnd: a.nameEnd, children: within(a.start, a.end) }));
  }
  if (file.kind === 'yaml') return file.yaml.documents.filter((d) => d.kind !== 'other').flatMap((d) => yamlSymbols(d));
  return [];
}

function yamlSymbols(document: YamlDocumentInfo): OutlineSymbol[] {
  const build = (parentPath: string, itemStart: number | undefined): OutlineSymbol[] => {
    const entries = document.entries.filter((e) => e.parentPath === parentPath && (itemStart === undefined || e.itemStart === itemStart));
    return entries.map((entry) => entrySymbol(entry));
  };
  const entrySymbol = (entry: YamlEntry): OutlineSymbol => {
    const base = { start: entry.keyStart, end: Math.max(entry.valueEnd, entry.keyEnd), selectionStart: entry.keyStart, selectionEnd: entry.keyEnd };
    const isList = Array.isArray(entry.value);
    if (isList) {
      // List items: named by their `name` key when they have one (clusters, users, contexts).
      const itemStarts = [...new Set(document.entries.filter((e) => e.parentPath === `${entry.path}[]`).map((e) => e.itemStart))];
      const items = itemStarts.map((start, i) => {
        const keys = document.entries.filter((e) => e.parentPath === `${entry.path}[]` && e.itemStart === start);
        const name = keys.find((k) => k.key === 'name');
        const end = Math.max(...keys.map((k) => k.valueEnd));
        return { name: typeof name?.value === 'string' ? name.value : `[${i}]`, detail: '', kind: 'list' as const, start, end, selectionStart: name ? name.valueStart : start, selectionEnd: name ? name.valueEnd : start + 1, children: build(`${entry.path}[]`, start) };
      });
      return { name: entry.key, detail: `${items.length} item${items.length === 1 ? '' : 's'}`, kind: 'key', ...base, children: items };
    }
    const scalar = typeof entry.value !== 'object' || entry.value === null;
    return { name: entry.key, detail: scalar ? String(entry.value ?? '') : '', kind: 'key', ...base, children: scalar ? [] : build(entry.path, entry.itemStart >= 0 ? entry.itemStart : undefined) };
  };
  return build('', undefined);
}
