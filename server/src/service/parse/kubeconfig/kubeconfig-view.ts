import { isSeq } from 'yaml';
import type { YamlDocumentInfo, YamlEntry } from '../yaml/yaml-file.js';
import { goString } from './go-yaml-scalar.js';

export type KubeconfigList = 'clusters' | 'users' | 'contexts';

const SINGULAR: Readonly<Record<KubeconfigList, string>> = { clusters: 'cluster', users: 'user', contexts: 'context' };

/** One entry of `clusters`, `users` or `contexts`. */
export interface NamedItem {
  readonly list: KubeconfigList;
  /** Offsets of the list item (its mapping) in the file. */
  readonly start: number;
  readonly end: number;
  /** The name as client-go reads it; undefined when absent or not a string. */
  readonly name: string | undefined;
  readonly nameEntry: YamlEntry | undefined;
  /** The item's keys that count (later duplicates win), by path below the item: `name`, `cluster.server`. */
  readonly fields: ReadonlyMap<string, YamlEntry>;
}

/** A kubeconfig document as client-go sees it: keys overridden by a later duplicate are dropped. */
export interface KubeconfigView {
  readonly document: YamlDocumentInfo;
  /** The entries that count, in document order. */
  readonly entries: readonly YamlEntry[];
  /** The top-level key that counts. */
  top(key: string): YamlEntry | undefined;
  items(list: KubeconfigList): readonly NamedItem[];
  /** The `clusters`/`users`/`contexts` item holding an entry. */
  itemOf(entry: YamlEntry): NamedItem | undefined;
}

const views = new WeakMap<YamlDocumentInfo, KubeconfigView>();

export function kubeconfigView(document: YamlDocumentInfo): KubeconfigView {
  let view = views.get(document);
  if (!view) {
    view = buildView(document);
    views.set(document, view);
  }
  return view;
}

function buildView(document: YamlDocumentInfo): KubeconfigView {
  const entries = effectiveEntries(document.entries);
  const tops = new Map<string, YamlEntry>();
  for (const entry of entries) if (entry.depth === 0) tops.set(entry.key, entry);
  const lists = new Map<KubeconfigList, NamedItem[]>();
  const items = (list: KubeconfigList): NamedItem[] => {
    let found = lists.get(list);
    if (!found) {
      found = collectItems(list, tops.get(list), entries);
      lists.set(list, found);
    }
    return found;
  };
  return {
    document,
    entries,
    top: (key) => tops.get(key),
    items,
    itemOf(entry) {
      for (const list of ['clusters', 'users', 'contexts'] as const) {
        if (!entry.path.startsWith(`${list}[].`)) continue;
        return items(list).find((item) => entry.keyStart >= item.start && entry.keyStart < item.end);
      }
      return undefined;
    },
  };
}

/**
 * Drops keys that a later key of the same mapping overrides (YAML decoding keeps the last one), and
 * everything nested under them.
 */
export function effectiveEntries(entries: readonly YamlEntry[]): YamlEntry[] {
  const identity = (entry: YamlEntry): string => `${entry.parentPath}\u0000${entry.itemStart}\u0000${entry.key}`;
  const last = new Map<string, YamlEntry>();
  for (const entry of entries) last.set(identity(entry), entry);
  const shadowed = entries.filter((entry) => last.get(identity(entry)) !== entry);
  if (shadowed.length === 0) return [...entries];
  return entries.filter(
    (entry) => !shadowed.includes(entry) && !shadowed.some((s) => s.valueNode !== null && entry.keyStart >= s.valueStart && entry.keyStart < s.valueEnd),
  );
}

function collectItems(list: KubeconfigList, top: YamlEntry | undefined, entries: readonly YamlEntry[]): NamedItem[] {
  if (!top || !isSeq(top.valueNode)) return [];
  const prefix = `${list}[].`;
  const result: NamedItem[] = [];
  for (const node of top.valueNode.items) {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (!range) continue;
    const [start, end] = range;
    const fields = new Map<string, YamlEntry>();
    for (const entry of entries) {
      if (entry.itemStart !== start || !entry.path.startsWith(prefix)) continue;
      const relative = entry.path.slice(prefix.length);
      if (relative.includes('[]')) continue;
      fields.set(relative, entry);
    }
    const nameEntry = fields.get('name');
    result.push({ list, start, end, name: nameEntry ? goString(nameEntry.valueNode) : undefined, nameEntry, fields });
  }
  return result;
}

/** `cluster "prod"`, or `an unnamed cluster`. */
export function describeItem(item: NamedItem | undefined, list?: KubeconfigList): string {
  const kind = SINGULAR[item?.list ?? list ?? 'clusters'];
  return item?.name ? `${kind} ${JSON.stringify(item.name)}` : `an unnamed ${kind}`;
}

/** Same as describeItem with a capital letter, to start a sentence. */
export function describeItemCapitalized(item: NamedItem | undefined, list?: KubeconfigList): string {
  const text = describeItem(item, list);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** End of a value without the line break and blank space a block value's range carries. */
export function trimmedValueEnd(entry: YamlEntry, text: string): number {
  if (entry.valueNode === null || entry.valueStart === entry.valueEnd) return entry.keyEnd;
  let end = entry.valueEnd;
  const floor = entry.valueStart;
  while (end > floor && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}

/** Offsets of `key: value` (the key alone when the value is missing). */
export function keyValueRange(entry: YamlEntry, text: string): { start: number; end: number } {
  return { start: entry.keyStart, end: Math.max(entry.keyEnd, trimmedValueEnd(entry, text)) };
}

/** Offsets of the value, without a block value's trailing line break. */
export function valueRange(entry: YamlEntry, text: string): { start: number; end: number } {
  if (entry.valueNode === null || entry.valueStart === entry.valueEnd) return { start: entry.keyStart, end: entry.keyEnd };
  return { start: entry.valueStart, end: trimmedValueEnd(entry, text) };
}
